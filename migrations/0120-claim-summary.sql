-- A claim's short summary, as ClaimReview publishes it (`claimReviewed`) and
-- the reports show it. NULL until a fact-checker edits it: the summary is then
-- made from the claim's text (src/core/claim-summary.ts), so it follows edits,
-- merges and splits of the text. Google shows it in a search result: at most
-- 75 characters.
-- Twin of postgres/0120-claim-summary.sql.
ALTER TABLE claims ADD COLUMN summary TEXT CHECK (summary IS NULL OR (length(summary) BETWEEN 1 AND 75));
