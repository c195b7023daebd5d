-- Whether a claim's speaker is a person or an organisation (issue 13): the
-- detector knows it from how the article names the speaker ("M. Kim", "the
-- county council"), and ClaimReview's itemReviewed.author needs it to be a
-- Person or an Organization. NULL: no speaker, or a speaker typed by hand
-- whose kind nobody gave. Twin of postgres/0140-speaker-kind.sql.
ALTER TABLE claims ADD COLUMN speaker_kind TEXT CHECK (speaker_kind IN ('person', 'organisation'));
