-- Why: import often gets an article's title, outlet, authors, date or URL
-- wrong, and a journalist must be able to correct them for citations. Like
-- quote edits, corrections are kept beside what was imported: the article's
-- columns show the corrected values (so listings, search and citations use
-- them with no change of their own), the imported values are kept here, and
-- a trigger puts the corrections back whenever a re-import or a new version
-- rewrites the columns. The article's identity (url_key, outlet_title_key)
-- stays with what was imported, so a corrected URL never merges or splits
-- articles.
CREATE TABLE article_edits (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    -- The corrections: NULL = not corrected, '' = cleared by the user.
    title TEXT,
    outlet TEXT,
    byline TEXT,
    published TEXT,
    url TEXT,
    -- What the latest import said, shown beside a correction and restored
    -- when it is undone.
    imported_title TEXT,
    imported_outlet TEXT,
    imported_byline TEXT,
    imported_published TEXT,
    imported_url TEXT
);

-- An import that rewrites a corrected column: remember what it said, then put
-- the correction back. (Triggers do not fire themselves again: SQLite's
-- recursive_triggers is off.)
CREATE TRIGGER article_edits_outlive_reimport
AFTER UPDATE OF title, outlet, byline, published, url ON articles
WHEN EXISTS (SELECT 1 FROM article_edits WHERE article_id = NEW.id)
BEGIN
    UPDATE article_edits SET
        imported_title = CASE WHEN title IS NOT NULL AND NEW.title IS NOT NULLIF(title, '')
            THEN NEW.title ELSE imported_title END,
        imported_outlet = CASE WHEN outlet IS NOT NULL AND NEW.outlet IS NOT NULLIF(outlet, '')
            THEN NEW.outlet ELSE imported_outlet END,
        imported_byline = CASE WHEN byline IS NOT NULL AND NEW.byline IS NOT NULLIF(byline, '')
            THEN NEW.byline ELSE imported_byline END,
        imported_published = CASE WHEN published IS NOT NULL
            AND NEW.published IS NOT NULLIF(published, '')
            THEN NEW.published ELSE imported_published END,
        imported_url = CASE WHEN url IS NOT NULL AND NEW.url IS NOT NULLIF(url, '')
            THEN NEW.url ELSE imported_url END
    WHERE article_id = NEW.id;
    UPDATE articles SET
        title = (SELECT CASE WHEN e.title IS NULL THEN NEW.title ELSE NULLIF(e.title, '') END
            FROM article_edits e WHERE e.article_id = NEW.id),
        outlet = (SELECT CASE WHEN e.outlet IS NULL THEN NEW.outlet ELSE NULLIF(e.outlet, '') END
            FROM article_edits e WHERE e.article_id = NEW.id),
        byline = (SELECT CASE WHEN e.byline IS NULL THEN NEW.byline ELSE NULLIF(e.byline, '') END
            FROM article_edits e WHERE e.article_id = NEW.id),
        published = (SELECT CASE WHEN e.published IS NULL THEN NEW.published
            ELSE NULLIF(e.published, '') END FROM article_edits e WHERE e.article_id = NEW.id),
        url = (SELECT CASE WHEN e.url IS NULL THEN NEW.url ELSE NULLIF(e.url, '') END
            FROM article_edits e WHERE e.article_id = NEW.id)
    WHERE id = NEW.id;
END;
