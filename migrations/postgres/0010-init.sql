-- Factbench schema, version 10, for PostgreSQL: the twin of ../0010-init.sql
-- (same tables, columns, keys and indexes; see ../README.md for the lockstep
-- rule). Applied by src/node/db/postgres/migrate.ts inside one transaction.
-- PostgreSQL's own types where they fit: uuid ids, timestamptz for the times
-- the app stamps, jsonb, boolean, bytea; dates read from articles and
-- ClaimReview stay text (they are partial: «2023-09-13T09:27»). Text compared
-- or ordered by the API uses the "C" collation, SQLite's code-point order.

-- Accent-insensitive search: unaccent is a trusted extension (PostgreSQL 13+),
-- so a database owner without superuser rights may create it.
CREATE EXTENSION IF NOT EXISTS unaccent;

-- Three text search configurations, each with unaccent as a filtering
-- dictionary in front of its own: words as written (search as you type) and
-- French and English stems (full words in either language).
CREATE TEXT SEARCH CONFIGURATION factbench_simple (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION factbench_simple ALTER MAPPING FOR word, hword, hword_part WITH unaccent, simple;
CREATE TEXT SEARCH CONFIGURATION factbench_french (COPY = french);
ALTER TEXT SEARCH CONFIGURATION factbench_french ALTER MAPPING FOR word, hword, hword_part WITH unaccent, french_stem;
CREATE TEXT SEARCH CONFIGURATION factbench_english (COPY = english);
ALTER TEXT SEARCH CONFIGURATION factbench_english ALTER MAPPING FOR word, hword, hword_part WITH unaccent, english_stem;

-- The vector of a searched table's generated column. A generated column needs
-- an immutable expression: to_tsvector with a named configuration is one
-- (unaccent() alone is only stable, hence the configurations above). A
-- tsvector holds at most 1 MB, so only the first 100,000 characters are
-- indexed (about 15,000 words, longer than any news story).
CREATE FUNCTION factbench_search_vector(t text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN to_tsvector('factbench_simple', left(t, 100000))
      || to_tsvector('factbench_french', left(t, 100000))
      || to_tsvector('factbench_english', left(t, 100000));

CREATE TABLE articles (
  id            uuid PRIMARY KEY,
  title         text NOT NULL DEFAULT '',
  kicker        text,
  url           text,
  canonical_url text,
  outlet        text,
  byline        text,
  published_at  text,
  modified_at   text,
  language      text,
  body          text NOT NULL,
  blocks        jsonb NOT NULL DEFAULT '[]',
  original      text NOT NULL,
  snapshot      bytea,
  warnings      jsonb NOT NULL DEFAULT '[]',
  imported_at   timestamptz NOT NULL,
  updated_at    timestamptz NOT NULL,
  search        tsvector GENERATED ALWAYS AS (factbench_search_vector(title || ' ' || coalesce(outlet, '') || ' ' || body)) STORED
);
CREATE INDEX articles_search ON articles USING gin (search);

CREATE TABLE article_lines (
  id          uuid PRIMARY KEY,
  article_id  uuid NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  kind        text NOT NULL,
  text        text NOT NULL,
  position    integer NOT NULL CHECK (position >= 0),
  ord         integer NOT NULL DEFAULT 0,
  inline      boolean NOT NULL DEFAULT false
);
CREATE INDEX article_lines_by_article ON article_lines(article_id, position, ord);

CREATE TABLE claims (
  id               uuid PRIMARY KEY,
  article_id       uuid NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  text             text NOT NULL,
  type             text NOT NULL DEFAULT 'other'
                   CHECK (type IN ('quote','statistic','event','prediction','attribution','other')),
  speaker          text COLLATE "C",
  speaker_evidence text,
  score            double precision NOT NULL DEFAULT 0 CHECK (score >= 0 AND score <= 1),
  reasons          jsonb NOT NULL DEFAULT '[]',
  origin           text NOT NULL DEFAULT 'auto' CHECK (origin IN ('auto','manual')),
  review           text NOT NULL DEFAULT 'suggested' CHECK (review IN ('suggested','accepted','dismissed')),
  status           text NOT NULL DEFAULT 'unchecked' CHECK (status IN ('unchecked','in-progress','checked')),
  verdict          text COLLATE "C",
  rationale        text NOT NULL DEFAULT '',
  tags             jsonb NOT NULL DEFAULT '[]',
  assignee         text COLLATE "C",
  related_to       uuid REFERENCES claims(id) ON DELETE SET NULL,
  position         integer NOT NULL DEFAULT 0,
  created_at       timestamptz NOT NULL,
  updated_at       timestamptz NOT NULL,
  search           tsvector GENERATED ALWAYS AS (factbench_search_vector(text || ' ' || rationale || ' ' || coalesce(speaker, ''))) STORED
);
CREATE INDEX claims_by_article ON claims(article_id, position);
CREATE INDEX claims_search ON claims USING gin (search);

CREATE TABLE claim_anchors (
  id              uuid PRIMARY KEY,
  claim_id        uuid NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  start           integer NOT NULL CHECK (start >= 0),
  "end"           integer NOT NULL CHECK ("end" >= start),
  exact           text NOT NULL,
  prefix          text NOT NULL DEFAULT '',
  suffix          text NOT NULL DEFAULT '',
  orphaned        boolean NOT NULL DEFAULT false,
  folded_line_id  uuid REFERENCES article_lines(id) ON DELETE SET NULL
);
CREATE INDEX claim_anchors_by_claim ON claim_anchors(claim_id);

CREATE TABLE sources (
  id              uuid PRIMARY KEY,
  url             text NOT NULL,
  title           text NOT NULL DEFAULT '',
  publisher       text NOT NULL DEFAULT '',
  author          text NOT NULL DEFAULT '',
  published_at    text,
  accessed_at     text,
  kind            text NOT NULL DEFAULT 'web',
  snapshot        bytea,
  snapshot_sha256 text,
  snapshot_at     text,
  created_at      timestamptz NOT NULL,
  updated_at      timestamptz NOT NULL,
  -- The address's words are searchable too: its punctuation becomes spaces (PostgreSQL's parser would keep «example.org/a/b» whole).
  search          tsvector GENERATED ALWAYS AS (factbench_search_vector(title || ' ' || publisher || ' ' || translate(url, '/:.?=&#_-+%~', '            ') || ' ' || author)) STORED
);
CREATE INDEX sources_by_url ON sources(url);
CREATE INDEX sources_search ON sources USING gin (search);

CREATE TABLE claim_sources (
  claim_id   uuid NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  source_id  uuid NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  stance     text NOT NULL DEFAULT 'context' CHECK (stance IN ('supports','refutes','context')),
  excerpt    text NOT NULL DEFAULT '',
  note       text NOT NULL DEFAULT '',
  ord        integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (claim_id, source_id)
);
CREATE INDEX claim_sources_by_source ON claim_sources(source_id);

-- Append-only audit trail: who changed what, when, before and after.
CREATE TABLE events (
  id          uuid PRIMARY KEY,
  at          timestamptz NOT NULL,
  actor       text NOT NULL,
  entity      text NOT NULL,
  entity_id   text NOT NULL,     -- a uuid, or a name ('workspace', 'scale.custom')
  article_id  uuid,
  action      text NOT NULL,
  before      jsonb,
  after       jsonb
);
CREATE INDEX events_by_entity ON events(entity, entity_id, at);
CREATE INDEX events_by_article ON events(article_id, at);
CREATE FUNCTION factbench_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'events are append-only';
END;
$$;
CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON events FOR EACH ROW EXECUTE FUNCTION factbench_events_append_only();
CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events FOR EACH STATEMENT EXECUTE FUNCTION factbench_events_append_only();

CREATE TABLE settings (
  key   text PRIMARY KEY,
  value jsonb NOT NULL
);
