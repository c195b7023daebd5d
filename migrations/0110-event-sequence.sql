-- Events carry a sequence number: the order in which their transactions
-- committed, so a desk that lost its event stream for a while asks for what
-- came after the last number it saw (Last-Event-ID) and gets exactly that.
-- SQLite: `seq` is the rowid (INTEGER PRIMARY KEY): a writer holds the write
-- lock from BEGIN IMMEDIATE to COMMIT, so numbers follow the commits; events
-- are never deleted, so a number is never handed out twice.
-- The table is rebuilt to make `seq` its key; nothing points at events.
-- Twin of postgres/0110-event-sequence.sql.
CREATE TABLE events_by_seq (
  seq         INTEGER PRIMARY KEY,
  id          TEXT NOT NULL,
  at          TEXT NOT NULL,
  actor       TEXT NOT NULL,
  entity      TEXT NOT NULL,
  entity_id   TEXT NOT NULL,
  article_id  TEXT,
  action      TEXT NOT NULL,
  before      TEXT,
  after       TEXT
) STRICT;
INSERT INTO events_by_seq (id, at, actor, entity, entity_id, article_id, action, before, after)
  SELECT id, at, actor, entity, entity_id, article_id, action, before, after FROM events ORDER BY rowid;
DROP TABLE events;
ALTER TABLE events_by_seq RENAME TO events;
CREATE UNIQUE INDEX events_by_id ON events(id);
CREATE INDEX events_by_entity ON events(entity, entity_id, at);
CREATE INDEX events_by_article ON events(article_id, at);
CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
  BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events
  BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
