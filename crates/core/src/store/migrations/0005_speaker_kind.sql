-- Why: a speaker is a person, an organisation (a ministry's statement, a
-- court's ruling) or a source the article only describes ("a spokeswoman").
-- The extractor now says which (`speaker_kind`), so listings can tell a
-- person's words from an institution's and the review queue can flag
-- unnamed sources. NULL for quotes with no speaker, and for quotes stored
-- before this migration until they are re-extracted (readers then judge the
-- kind from how the name is written).
ALTER TABLE quotes ADD COLUMN speaker_kind TEXT;

-- Where the quote's paragraph stands in the article version's text (UTF-8
-- byte offsets), as the extractor now reports it instead of a copy of the
-- paragraph. NULL for quotes stored before this migration.
ALTER TABLE quotes ADD COLUMN paragraph_start INTEGER;
ALTER TABLE quotes ADD COLUMN paragraph_end INTEGER;
