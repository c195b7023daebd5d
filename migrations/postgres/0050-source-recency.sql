-- The source library opens on the most recently used sources. Twin of ../0050-source-recency.sql.
CREATE INDEX sources_by_recency ON sources(updated_at DESC, id DESC);
