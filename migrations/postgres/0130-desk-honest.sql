-- The desk keeps verdicts honest (issue 15): a claim whose words changed under
-- its verdict waits for a re-check; articles can be deleted (with undo) and
-- carry a corrections log; sources need not be web pages.
-- Twin of ../0130-desk-honest.sql.

-- Needs re-check: set when the words of a claim with a verdict changed (a new
-- version of the article, an edit, a re-attachment). The verdict then given is
-- kept here with the words it was given for, until someone confirms or changes it.
ALTER TABLE claims ADD COLUMN recheck_since timestamptz;
ALTER TABLE claims ADD COLUMN previous_text text;
ALTER TABLE claims ADD COLUMN previous_verdict text;

-- Deleting an article from the desk hides it at once and keeps it a day, so the
-- deletion can be undone; it is then purged with its claims.
ALTER TABLE articles ADD COLUMN deleted_at timestamptz;
CREATE INDEX articles_by_deleted ON articles(deleted_at) WHERE deleted_at IS NOT NULL;
-- An import of a story already in the workspace is found by its address.
CREATE INDEX articles_by_canonical_url ON articles(canonical_url);
CREATE INDEX articles_by_url ON articles(url);

-- What the newsroom corrected after publishing its review, in its own words:
-- the report's Corrections section.
CREATE TABLE article_corrections (
  id            uuid PRIMARY KEY,
  article_id    uuid NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  corrected_at  text NOT NULL,     -- the date of the correction, as the user gives it (YYYY-MM-DD)
  text          text NOT NULL,
  author        text NOT NULL,
  created_at    timestamptz NOT NULL,
  updated_at    timestamptz NOT NULL
);
CREATE INDEX article_corrections_by_article ON article_corrections(article_id, corrected_at);

-- Sources a newsroom uses that are not web pages (an interview, an email, a
-- document, a dataset, a statement): `url` is then '' and the source has a
-- contact, or a file kept as its snapshot (`file_name` is its name). A public
-- archive link (Wayback Machine, archive.today) stands beside the local copy.
ALTER TABLE sources ADD COLUMN contact text NOT NULL DEFAULT '';
ALTER TABLE sources ADD COLUMN archive_url text;
ALTER TABLE sources ADD COLUMN file_name text;
