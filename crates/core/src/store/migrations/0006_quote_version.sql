-- Why: a quote no longer stores a copy of its paragraph (one copy per quote
-- made a quote-dense article's import quadratic in memory, and a library
-- stored each paragraph once per quote in it). Readers cut the paragraph out
-- of the text of the version the quote was extracted from, by
-- paragraph_start/paragraph_end (migration 0005); this column says which
-- version. NULL for quotes stored before, which keep their copy in
-- quotes.paragraph (new rows leave that column empty).
ALTER TABLE quotes ADD COLUMN version_id INTEGER REFERENCES article_versions(id);
