-- Why: the search index lives in memory (and in a file beside the library)
-- and must stay correct when another process writes, such as the CLI
-- importing while the app runs. Triggers log every write that changes what
-- search sees (a quote's text, speaker, date, outlet or deletion) with an
-- ever-growing sequence number; an index records the last number it
-- includes and applies the rest on its next query. One small row per write.
CREATE TABLE search_changes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    quote_id INTEGER,
    article_id INTEGER,
    speaker_id INTEGER
);

-- Identifies this library to a saved index file, and remembers how far the
-- log was pruned (an index older than that must be rebuilt).
CREATE TABLE search_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO search_meta (key, value) VALUES ('library_id', lower(hex(randomblob(16))));
INSERT INTO search_meta (key, value) VALUES ('pruned_through', '0');

CREATE TRIGGER search_quote_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO search_changes (quote_id) VALUES (NEW.id);
END;
CREATE TRIGGER search_quote_update AFTER UPDATE OF text, speaker_id, date, edit_date, deleted_at, article_id ON quotes BEGIN
    INSERT INTO search_changes (quote_id) VALUES (NEW.id);
END;
CREATE TRIGGER search_quote_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO search_changes (quote_id) VALUES (OLD.id);
END;
CREATE TRIGGER search_article_update AFTER UPDATE OF outlet, wire, published, deleted_at ON articles BEGIN
    INSERT INTO search_changes (article_id) VALUES (NEW.id);
END;
-- A merge, split or rename changes the name and aliases of every quote of
-- the speakers involved: before and after the change.
CREATE TRIGGER search_speaker_update AFTER UPDATE OF name, merged_into, root_id ON speakers BEGIN
    INSERT INTO search_changes (speaker_id) VALUES (NEW.id), (OLD.root_id), (NEW.root_id);
END;
