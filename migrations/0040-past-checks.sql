-- Claims already checked elsewhere: published ClaimReview imported into the
-- workspace, and the user's decisions to link or dismiss a suggested match.

CREATE TABLE past_checks (
  id            TEXT PRIMARY KEY,
  claim         TEXT NOT NULL,                 -- claimReviewed, as the fact-checker worded it
  claimant      TEXT,
  claim_date    TEXT,
  verdict       TEXT,                          -- as published (alternateName or name)
  verdict_class TEXT CHECK (verdict_class IS NULL OR verdict_class IN ('false','misleading','mixed','true','unproven')),
  rating_value  REAL,
  rating_best   REAL,
  rating_worst  REAL,
  review_url    TEXT,
  review_title  TEXT,
  reviewer      TEXT,
  review_date   TEXT,
  language      TEXT,
  appearances   TEXT NOT NULL DEFAULT '[]',    -- JSON array of URLs
  imported_at   TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX past_checks_unique ON past_checks(coalesce(review_url, ''), claim);

CREATE VIRTUAL TABLE past_checks_fts USING fts5(
  claim, claimant, content='past_checks', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER past_checks_fts_insert AFTER INSERT ON past_checks BEGIN
  INSERT INTO past_checks_fts(rowid, claim, claimant) VALUES (new.rowid, new.claim, coalesce(new.claimant, ''));
END;
CREATE TRIGGER past_checks_fts_delete AFTER DELETE ON past_checks BEGIN
  INSERT INTO past_checks_fts(past_checks_fts, rowid, claim, claimant) VALUES ('delete', old.rowid, old.claim, coalesce(old.claimant, ''));
END;

-- What the user decided about a suggested match: reuse it (linked) or not (dismissed).
CREATE TABLE claim_matches (
  claim_id    TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  target_kind TEXT NOT NULL CHECK (target_kind IN ('claim','claimreview')),
  target_id   TEXT NOT NULL,
  state       TEXT NOT NULL CHECK (state IN ('linked','dismissed')),
  decided_at  TEXT NOT NULL,
  PRIMARY KEY (claim_id, target_kind, target_id)
) STRICT;
