-- Why: the version lookup of every import (`url_key = ?`, `outlet_title_key = ?`)
-- used partial indexes (`WHERE ... IS NOT NULL`), which make SQLite re-prepare
-- the lookup for every bound value: 6% of a 10k-article import in a profile.
-- Plain indexes serve the same lookups without that.
DROP INDEX IF EXISTS articles_url_key;
DROP INDEX IF EXISTS articles_outlet_title_key;
CREATE INDEX articles_url_key ON articles(url_key);
CREATE INDEX articles_outlet_title_key ON articles(outlet_title_key);
