-- Deleting an article deletes its claims and folded lines, and SQLite then
-- looks for rows that point at each of them (ON DELETE SET NULL). Without an
-- index on the pointing column every deleted row scanned the whole table:
-- deleting an article of 20,000 claims took 257 s (0.42 s with these).
CREATE INDEX claims_by_related ON claims(related_to);
CREATE INDEX claim_anchors_by_folded_line ON claim_anchors(folded_line_id);
