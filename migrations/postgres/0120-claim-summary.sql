-- A claim's short summary, as ClaimReview publishes it (`claimReviewed`) and
-- the reports show it. NULL until a fact-checker edits it: the summary is then
-- made from the claim's text (src/core/claim-summary.ts). At most 75
-- characters (length() counts characters on both engines).
-- Twin of ../0120-claim-summary.sql.
ALTER TABLE claims ADD COLUMN summary text CHECK (summary IS NULL OR (length(summary) BETWEEN 1 AND 75));
