-- Claims already checked elsewhere: published ClaimReview imported into the
-- workspace, and the user's decisions to link or dismiss a suggested match.
-- Twin of ../0040-past-checks.sql.

CREATE TABLE past_checks (
  id            uuid PRIMARY KEY,
  claim         text NOT NULL,
  claimant      text,
  claim_date    text,
  verdict       text,
  verdict_class text CHECK (verdict_class IS NULL OR verdict_class IN ('false','misleading','mixed','true','unproven')),
  rating_value  double precision,
  rating_best   double precision,
  rating_worst  double precision,
  review_url    text,
  review_title  text,
  reviewer      text,
  review_date   text,
  language      text,
  appearances   jsonb NOT NULL DEFAULT '[]',
  imported_at   timestamptz NOT NULL,
  search        tsvector GENERATED ALWAYS AS (factbench_search_vector(claim || ' ' || coalesce(claimant, ''))) STORED
);
CREATE UNIQUE INDEX past_checks_unique ON past_checks(coalesce(review_url, ''), claim);
CREATE INDEX past_checks_search ON past_checks USING gin (search);

CREATE TABLE claim_matches (
  claim_id    uuid NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  target_kind text NOT NULL CHECK (target_kind IN ('claim','claimreview')),
  target_id   uuid NOT NULL,
  state       text NOT NULL CHECK (state IN ('linked','dismissed')),
  decided_at  timestamptz NOT NULL,
  PRIMARY KEY (claim_id, target_kind, target_id)
);
