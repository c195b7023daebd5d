-- The source library opens on the most recently used sources: an index keeps
-- that query instant with 100,000 sources (it sorted the whole table before).
CREATE INDEX sources_by_recency ON sources(updated_at DESC, id DESC);
