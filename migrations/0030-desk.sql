-- The verification desk: evidence attachments, archived page snapshots' type.
-- Applied by src/node/db/migrate.ts inside one transaction; no BEGIN/COMMIT here.

-- Evidence a fact-checker attaches to a claim (screenshots, documents), kept in
-- the workspace file so the evidence travels with it. `mime` is sniffed from the
-- bytes, never taken from the file name; `sha256` proves the bytes did not change.
CREATE TABLE attachments (
  id          TEXT PRIMARY KEY,
  claim_id    TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  name        TEXT NOT NULL,
  mime        TEXT NOT NULL,
  size        INTEGER NOT NULL CHECK (size >= 0),
  sha256      TEXT NOT NULL,
  data        BLOB NOT NULL,
  note        TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL
) STRICT;
CREATE INDEX attachments_by_claim ON attachments(claim_id, created_at);

-- An archived snapshot is stored as fetched; its type is needed to give it back.
ALTER TABLE sources ADD COLUMN snapshot_mime TEXT;
-- Where the snapshot was finally fetched from (after redirects).
ALTER TABLE sources ADD COLUMN snapshot_url TEXT;

-- Speakers are looked up per article (pick, rename, merge).
CREATE INDEX claims_by_article_speaker ON claims(article_id, speaker);
