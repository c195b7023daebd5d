-- Whether a claim's speaker is a person or an organisation (issue 13): the
-- detector knows it from how the article names the speaker, and ClaimReview's
-- itemReviewed.author needs a Person or an Organization. NULL: no speaker, or
-- a speaker typed by hand whose kind nobody gave. Twin of ../0140-speaker-kind.sql.
ALTER TABLE claims ADD COLUMN speaker_kind text CHECK (speaker_kind IN ('person', 'organisation'));
