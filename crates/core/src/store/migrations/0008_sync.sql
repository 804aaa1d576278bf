-- Why: a newsroom shares one library on PostgreSQL, and this file stays each
-- desktop's working copy (search and edits work offline). To exchange work
-- with the shared library the local one must know: which articles changed
-- since they were last sent (`sync_dirty`), the shared id an article has
-- there (`shared_id`; local ids differ from machine to machine), which
-- changes were sent or received and where they sit in the shared order
-- (`shared_seq`), who made a change on which machine (`author`, `machine`;
-- NULL for changes made here), which quotes two people changed at once
-- (`needs_review`), and this machine's id and how far it has pulled
-- (`sync_state`).

-- Not 0 for every article that exists now: a first sync sends them all. New
-- rows get 1 from the default; the trigger below counts up on re-imports,
-- new versions and re-extractions (each sets `updated_at` or the version),
-- so a sync that read the article at count n marks it sent only if the
-- count is still n (an edit made during the sync is sent next time).
ALTER TABLE articles ADD COLUMN sync_dirty INTEGER NOT NULL DEFAULT 1;
ALTER TABLE articles ADD COLUMN shared_id TEXT;
CREATE UNIQUE INDEX articles_shared_id ON articles(shared_id);
CREATE INDEX articles_sync_dirty ON articles(sync_dirty);

CREATE TRIGGER sync_article_dirty
AFTER UPDATE OF updated_at, current_version_id, deleted_at ON articles
BEGIN
    UPDATE articles SET sync_dirty = OLD.sync_dirty + 1 WHERE id = NEW.id;
END;

ALTER TABLE changes ADD COLUMN author TEXT;
ALTER TABLE changes ADD COLUMN machine TEXT;
ALTER TABLE changes ADD COLUMN shared_seq INTEGER;
-- Serve "changes not sent yet" and "the last shared change of this quote".
CREATE INDEX changes_shared_seq ON changes(shared_seq);

-- Set when the shared library received edits of the same fields of this
-- quote from two people who had not seen each other's (see README, sharing).
ALTER TABLE quotes ADD COLUMN needs_review INTEGER NOT NULL DEFAULT 0;
-- The review queue lists these first; they are few, so a partial index.
CREATE INDEX quotes_needs_review ON quotes(id) WHERE needs_review <> 0;

CREATE TABLE sync_state (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO sync_state (key, value) VALUES ('machine_id', lower(hex(randomblob(8))));
