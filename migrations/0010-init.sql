-- Factbench schema, version 10. Applied by src/node/db/migrate.ts inside one
-- transaction; no BEGIN/COMMIT here. Ids are time-ordered UUIDv7 text so that
-- workspaces can one day be merged or synced; every change is also an event.

CREATE TABLE articles (
  id            TEXT PRIMARY KEY,
  title         TEXT NOT NULL DEFAULT '',
  kicker        TEXT,
  url           TEXT,
  canonical_url TEXT,
  outlet        TEXT,
  byline        TEXT,
  published_at  TEXT,
  modified_at   TEXT,
  language      TEXT,
  body          TEXT NOT NULL,                 -- cleaned text; every offset indexes into it
  blocks        TEXT NOT NULL DEFAULT '[]',    -- JSON: [{kind,start,end,level?}]
  original      TEXT NOT NULL,                 -- the import, verbatim (decoded)
  snapshot      BLOB,                          -- raw bytes of a fetched page or file
  warnings      TEXT NOT NULL DEFAULT '[]',    -- JSON array of strings
  imported_at   TEXT NOT NULL,
  updated_at    TEXT NOT NULL
) STRICT;

-- Scraped noise folded out of the body: nothing is thrown away.
CREATE TABLE article_lines (
  id          TEXT PRIMARY KEY,
  article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  kind        TEXT NOT NULL,
  text        TEXT NOT NULL,
  position    INTEGER NOT NULL CHECK (position >= 0),
  ord         INTEGER NOT NULL DEFAULT 0,
  inline      INTEGER NOT NULL DEFAULT 0 CHECK (inline IN (0,1)) -- cut from inside a block, restored with a space
) STRICT;
CREATE INDEX article_lines_by_article ON article_lines(article_id, position, ord);

CREATE TABLE claims (
  id               TEXT PRIMARY KEY,
  article_id       TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  text             TEXT NOT NULL,
  type             TEXT NOT NULL DEFAULT 'other'
                   CHECK (type IN ('quote','statistic','event','prediction','attribution','other')),
  speaker          TEXT,
  speaker_evidence TEXT,
  score            REAL NOT NULL DEFAULT 0 CHECK (score >= 0 AND score <= 1),
  reasons          TEXT NOT NULL DEFAULT '[]',  -- JSON: [{code,evidence,weight}]
  origin           TEXT NOT NULL DEFAULT 'auto' CHECK (origin IN ('auto','manual')),
  review           TEXT NOT NULL DEFAULT 'suggested' CHECK (review IN ('suggested','accepted','dismissed')),
  status           TEXT NOT NULL DEFAULT 'unchecked' CHECK (status IN ('unchecked','in-progress','checked')),
  verdict          TEXT,
  rationale        TEXT NOT NULL DEFAULT '',
  tags             TEXT NOT NULL DEFAULT '[]',  -- JSON array of strings
  assignee         TEXT,
  related_to       TEXT REFERENCES claims(id) ON DELETE SET NULL,
  position         INTEGER NOT NULL DEFAULT 0,  -- first anchor's start, for ordering
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL
) STRICT;
CREATE INDEX claims_by_article ON claims(article_id, position);

-- Position + quote selectors (W3C Web Annotation style); a repeated claim has several.
CREATE TABLE claim_anchors (
  id              TEXT PRIMARY KEY,
  claim_id        TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  start           INTEGER NOT NULL CHECK (start >= 0),
  "end"           INTEGER NOT NULL CHECK ("end" >= start),
  exact           TEXT NOT NULL,
  prefix          TEXT NOT NULL DEFAULT '',
  suffix          TEXT NOT NULL DEFAULT '',
  orphaned        INTEGER NOT NULL DEFAULT 0 CHECK (orphaned IN (0,1)),
  folded_line_id  TEXT REFERENCES article_lines(id) ON DELETE SET NULL
) STRICT;
CREATE INDEX claim_anchors_by_claim ON claim_anchors(claim_id);

CREATE TABLE sources (
  id              TEXT PRIMARY KEY,
  url             TEXT NOT NULL,
  title           TEXT NOT NULL DEFAULT '',
  publisher       TEXT NOT NULL DEFAULT '',
  author          TEXT NOT NULL DEFAULT '',
  published_at    TEXT,
  accessed_at     TEXT,
  kind            TEXT NOT NULL DEFAULT 'web',
  snapshot        BLOB,
  snapshot_sha256 TEXT,
  snapshot_at     TEXT,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
) STRICT;
CREATE INDEX sources_by_url ON sources(url);

CREATE TABLE claim_sources (
  claim_id   TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  source_id  TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  stance     TEXT NOT NULL DEFAULT 'context' CHECK (stance IN ('supports','refutes','context')),
  excerpt    TEXT NOT NULL DEFAULT '',
  note       TEXT NOT NULL DEFAULT '',
  ord        INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  PRIMARY KEY (claim_id, source_id)
) STRICT;
CREATE INDEX claim_sources_by_source ON claim_sources(source_id);

-- Append-only audit trail: who changed what, when, before and after.
CREATE TABLE events (
  id          TEXT PRIMARY KEY,
  at          TEXT NOT NULL,
  actor       TEXT NOT NULL,
  entity      TEXT NOT NULL,     -- 'article' | 'claim' | 'source' | 'claim_source' | 'settings'
  entity_id   TEXT NOT NULL,
  article_id  TEXT,
  action      TEXT NOT NULL,     -- 'create' | 'update' | 'delete' | …
  before      TEXT,              -- JSON
  after       TEXT               -- JSON
) STRICT;
CREATE INDEX events_by_entity ON events(entity, entity_id, at);
CREATE INDEX events_by_article ON events(article_id, at);
CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
  BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events
  BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;

CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL          -- JSON
) STRICT;

-- Full-text search (external content tables kept in step by triggers).
CREATE VIRTUAL TABLE claims_fts USING fts5(
  text, rationale, speaker,
  content='claims', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
  INSERT INTO claims_fts(rowid, text, rationale, speaker) VALUES (new.rowid, new.text, new.rationale, coalesce(new.speaker, ''));
END;
CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
  INSERT INTO claims_fts(claims_fts, rowid, text, rationale, speaker) VALUES ('delete', old.rowid, old.text, old.rationale, coalesce(old.speaker, ''));
END;
CREATE TRIGGER claims_fts_update AFTER UPDATE OF text, rationale, speaker ON claims BEGIN
  INSERT INTO claims_fts(claims_fts, rowid, text, rationale, speaker) VALUES ('delete', old.rowid, old.text, old.rationale, coalesce(old.speaker, ''));
  INSERT INTO claims_fts(rowid, text, rationale, speaker) VALUES (new.rowid, new.text, new.rationale, coalesce(new.speaker, ''));
END;

CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, body, outlet,
  content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, body, outlet) VALUES (new.rowid, new.title, new.body, coalesce(new.outlet, ''));
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, body, outlet) VALUES ('delete', old.rowid, old.title, old.body, coalesce(old.outlet, ''));
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body, outlet ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, body, outlet) VALUES ('delete', old.rowid, old.title, old.body, coalesce(old.outlet, ''));
  INSERT INTO articles_fts(rowid, title, body, outlet) VALUES (new.rowid, new.title, new.body, coalesce(new.outlet, ''));
END;

CREATE VIRTUAL TABLE sources_fts USING fts5(
  title, publisher, url, author,
  content='sources', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER sources_fts_insert AFTER INSERT ON sources BEGIN
  INSERT INTO sources_fts(rowid, title, publisher, url, author) VALUES (new.rowid, new.title, new.publisher, new.url, new.author);
END;
CREATE TRIGGER sources_fts_delete AFTER DELETE ON sources BEGIN
  INSERT INTO sources_fts(sources_fts, rowid, title, publisher, url, author) VALUES ('delete', old.rowid, old.title, old.publisher, old.url, old.author);
END;
CREATE TRIGGER sources_fts_update AFTER UPDATE OF title, publisher, url, author ON sources BEGIN
  INSERT INTO sources_fts(sources_fts, rowid, title, publisher, url, author) VALUES ('delete', old.rowid, old.title, old.publisher, old.url, old.author);
  INSERT INTO sources_fts(rowid, title, publisher, url, author) VALUES (new.rowid, new.title, new.publisher, new.url, new.author);
END;
