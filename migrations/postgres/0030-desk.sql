-- The verification desk: evidence attachments, archived page snapshots' type.
-- Twin of ../0030-desk.sql.

CREATE TABLE attachments (
  id          uuid PRIMARY KEY,
  claim_id    uuid NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  name        text NOT NULL,
  mime        text NOT NULL,
  size        integer NOT NULL CHECK (size >= 0),
  sha256      text NOT NULL,
  data        bytea NOT NULL,
  note        text NOT NULL DEFAULT '',
  created_at  timestamptz NOT NULL
);
CREATE INDEX attachments_by_claim ON attachments(claim_id, created_at);

ALTER TABLE sources ADD COLUMN snapshot_mime text;
ALTER TABLE sources ADD COLUMN snapshot_url text;

CREATE INDEX claims_by_article_speaker ON claims(article_id, speaker);
