-- Why: the first schema. Articles (with every version of their text), the
-- speakers quoted in them, the quotes with the user's edits kept beside the
-- extracted values, and an append-only log of every change so it can be undone.
-- Times are RFC 3339 UTC text; dates are ISO `YYYY-MM-DD` text.

-- One row per article, however many versions of it were imported. The
-- metadata is that of the latest version.
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    title TEXT,
    outlet TEXT,
    -- The wire service credited ("Xinhua"), kept apart from the outlet because
    -- citations name both.
    wire TEXT,
    url TEXT,
    byline TEXT,
    published TEXT,
    source_path TEXT,
    -- Normalised canonical URL, and normalised "outlet|title": an article seen
    -- again under either key is a new version of this one, not a new article.
    url_key TEXT,
    outlet_title_key TEXT,
    current_version_id INTEGER,
    imported_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    -- Soft delete, so `undo` can bring an article back with its quotes.
    deleted_at TEXT
);
-- Serve the version lookup of every import.
CREATE INDEX articles_url_key ON articles(url_key) WHERE url_key IS NOT NULL;
CREATE INDEX articles_outlet_title_key ON articles(outlet_title_key)
    WHERE outlet_title_key IS NOT NULL;

-- Every text an article has had. The content hash makes import idempotent.
CREATE TABLE article_versions (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    content_hash TEXT NOT NULL UNIQUE,
    text TEXT NOT NULL,
    source_path TEXT,
    imported_at TEXT NOT NULL
);
CREATE INDEX article_versions_article ON article_versions(article_id);

-- A speaker is a normalised name. Merging never rewrites quotes: the merged
-- speaker points at the one it was merged into (`merged_into`), its name
-- becomes an alias of it, and `root_id` (the end of that chain, kept up to
-- date on merge, split and undo) is what listings group by. A split or an undo
-- only has to clear `merged_into`.
CREATE TABLE speakers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    norm_name TEXT NOT NULL UNIQUE,
    merged_into INTEGER REFERENCES speakers(id),
    root_id INTEGER NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX speakers_root ON speakers(root_id);

CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    -- The quote's identity, stable across re-extraction and new versions of
    -- the article: its normalised text and which occurrence of it this is.
    norm_text TEXT NOT NULL,
    occurrence INTEGER NOT NULL,
    -- The effective speaker (from the edit if there is one, else extracted).
    speaker_id INTEGER REFERENCES speakers(id),
    -- What the extractor found (rewritten by every re-extraction).
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    kind TEXT NOT NULL,
    speaker TEXT,
    speaker_mention TEXT,
    role TEXT,
    date TEXT,
    venue TEXT,
    cue TEXT,
    confidence REAL NOT NULL,
    paragraph TEXT NOT NULL,
    -- The user's corrections (never touched by re-extraction). NULL means "not
    -- edited"; the empty string means "the user cleared this value".
    edit_speaker TEXT,
    edit_role TEXT,
    edit_date TEXT,
    edit_venue TEXT,
    status TEXT NOT NULL DEFAULT 'unverified'
        CHECK (status IN ('unverified', 'verified', 'disputed')),
    note TEXT,
    -- 0 when the latest extraction no longer finds this quote; it is kept
    -- because the user edited, verified or annotated it.
    present INTEGER NOT NULL DEFAULT 1,
    deleted_at TEXT,
    -- The effective date, indexed for `--from/--to`.
    eff_date TEXT GENERATED ALWAYS AS (
        CASE WHEN edit_date IS NULL THEN date ELSE NULLIF(edit_date, '') END
    ) VIRTUAL,
    UNIQUE (article_id, norm_text, occurrence)
);
-- Serve `quotes --speaker`, `quotes --from/--to` and "the same quote in
-- several articles".
CREATE INDEX quotes_speaker ON quotes(speaker_id);
CREATE INDEX quotes_eff_date ON quotes(eff_date);
CREATE INDEX quotes_norm_text ON quotes(norm_text);

-- Append-only: rows are only ever inserted. An undo is itself a change that
-- names the change it reverts (`reverts`); `undo_data` is the JSON needed to
-- put things back as they were.
CREATE TABLE changes (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    action TEXT NOT NULL,
    quote_id INTEGER,
    article_id INTEGER,
    speaker_id INTEGER,
    summary TEXT NOT NULL,
    undo_data TEXT NOT NULL,
    reverts INTEGER REFERENCES changes(id)
);
CREATE INDEX changes_quote ON changes(quote_id) WHERE quote_id IS NOT NULL;
