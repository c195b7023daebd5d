-- An index on every foreign key, so deleting an article does not scan the
-- pointing tables for each deleted row. Twin of ../0060-delete-indexes.sql.
CREATE INDEX claims_by_related ON claims(related_to);
CREATE INDEX claim_anchors_by_folded_line ON claim_anchors(folded_line_id);
