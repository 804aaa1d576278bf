-- Why: three things made every quote's INSERT several times dearer than the
-- row itself. Profiled on a 2k-article import, the first two were over a
-- third of the import's instructions; the third doubled a 10k-article
-- import's time on disk.
--
-- 1. The trigger that logged every inserted quote for the search index
-- (`search_quote_insert`, migration 0002) made each INSERT a statement that
-- writes several tables, and SQLite gives such a statement a journal of its
-- own: every page it touched (the quote's table and index pages, the change
-- log, sqlite_sequence) was copied again for each quote. The store now logs
-- the article once when it inserts quotes into it (`search_changes.article_id`,
-- which the index already expands to all the article's quotes), in the same
-- transaction: the same quotes are re-read, with one log row per article
-- instead of one per quote. Updates and deletes are still logged by triggers.
DROP TRIGGER IF EXISTS search_quote_insert;

-- 2. `CHECK (status IN ('unverified', 'verified', 'disputed'))` built a
-- temporary table of the three values for every inserted quote (SQLite does
-- so for an IN list of more than two values). The same check written with
-- `=` and `OR` costs three comparisons. SQLite cannot alter a CHECK, so the
-- table is rebuilt with the same columns (and `norm_key`, see 3), ids,
-- indexes and triggers; the rows are copied as they are, so no trigger fires
-- and the search index needs nothing re-read. (The copy made before migrating keeps the old file.)
-- 3. The index on `norm_text` (the same words in several articles) held the
-- whole normalised text. Its entries land at random places, so every batch
-- of imported quotes dirtied most of its pages and each commit wrote them to
-- the WAL again: a 10k-article import wrote several hundred MB and took
-- twice as long as without the index. It is replaced by an index on
-- `norm_key`, the first 8 bytes of the text's BLAKE3 hash (computed by the
-- store, see `normalize::text_key`; filled for existing rows right after this
-- migration): one sixth of the size, so far fewer pages per batch. Lookups
-- compare the text as well, so a collision cannot join two quotes.
CREATE TABLE quotes_rebuilt (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    -- The quote's identity, stable across re-extraction and new versions of
    -- the article: its normalised text and which occurrence of it this is.
    norm_text TEXT NOT NULL,
    occurrence INTEGER NOT NULL,
    -- `normalize::text_key(norm_text)`: the indexed form of `norm_text`.
    norm_key INTEGER,
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
        CHECK (status = 'unverified' OR status = 'verified' OR status = 'disputed'),
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
INSERT INTO quotes_rebuilt (id, article_id, norm_text, occurrence, speaker_id, text, start,
    "end", kind, speaker, speaker_mention, role, date, venue, cue, confidence, paragraph,
    edit_speaker, edit_role, edit_date, edit_venue, status, note, present, deleted_at)
SELECT id, article_id, norm_text, occurrence, speaker_id, text, start,
    "end", kind, speaker, speaker_mention, role, date, venue, cue, confidence, paragraph,
    edit_speaker, edit_role, edit_date, edit_venue, status, note, present, deleted_at
FROM quotes ORDER BY id;
-- Dropping the old table drops its indexes and triggers too (no trigger
-- fires for the drop); they are made again below exactly as before.
DROP TABLE quotes;
ALTER TABLE quotes_rebuilt RENAME TO quotes;

-- As in migration 0001: serve `quotes --speaker` and `quotes --from/--to`;
-- and (3 above) "the same quote in several articles".
CREATE INDEX quotes_speaker ON quotes(speaker_id);
CREATE INDEX quotes_eff_date ON quotes(eff_date);
CREATE INDEX quotes_norm_key ON quotes(norm_key);

-- As in migration 0002 (the insert trigger stays dropped, see above).
CREATE TRIGGER search_quote_update AFTER UPDATE OF text, speaker_id, date, edit_date, deleted_at, article_id ON quotes BEGIN
    INSERT INTO search_changes (quote_id) VALUES (NEW.id);
END;
CREATE TRIGGER search_quote_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO search_changes (quote_id) VALUES (OLD.id);
END;
