-- Why: the first schema of a newsroom's shared library. Each desktop keeps
-- its own SQLite library as the working copy and exchanges three things
-- here: articles (with every text they have had), the quotes the extractor
-- found in them, and the append-only log of everyone's changes (edits,
-- verifications, disputes, deletions, merges). Every row carries `seq`, a
-- number from one sequence that only grows, so a desktop asks for "what
-- came after the last number I have" and a later sync moves only what
-- changed. Rows are named by keys every machine agrees on (an article's
-- shared id, a quote's normalised text and occurrence, a speaker's name),
-- never by a desktop's own row ids.

CREATE SEQUENCE shared_seq;

-- The newest `seq` whose transaction has committed. Writers take one lock
-- (see the sync crate's push) and raise this last, so a reader that pulls
-- up to it never skips a row a slower writer commits later.
CREATE TABLE sync_clock (
    one boolean PRIMARY KEY DEFAULT true CHECK (one),
    committed_seq bigint NOT NULL
);
INSERT INTO sync_clock (committed_seq) VALUES (0);

CREATE TABLE articles (
    shared_id text PRIMARY KEY,
    seq bigint NOT NULL,
    title text,
    outlet text,
    wire text,
    url text,
    byline text,
    published text,
    source_path text,
    -- The import's identity keys: the same article sent from two machines
    -- is found by them (and by its texts' hashes) and becomes one.
    url_key text,
    outlet_title_key text,
    imported_at text NOT NULL,
    updated_at text NOT NULL,
    -- Set when the article was first sent already deleted; later deletions
    -- travel as changes.
    deleted_at text,
    current_hash text,
    -- Who last sent it, from which machine (a desktop skips its own rows).
    sent_by text NOT NULL,
    machine text NOT NULL
);
CREATE INDEX articles_seq ON articles (seq);
CREATE INDEX articles_url_key ON articles (url_key);
CREATE INDEX articles_outlet_title_key ON articles (outlet_title_key);

CREATE TABLE article_versions (
    content_hash text PRIMARY KEY,
    article text NOT NULL REFERENCES articles (shared_id),
    text text NOT NULL,
    source_path text,
    imported_at text NOT NULL
);
CREATE INDEX article_versions_article ON article_versions (article);

-- What the extractor found; the user's corrections are in `changes`.
CREATE TABLE quotes (
    article text NOT NULL REFERENCES articles (shared_id),
    norm_text text NOT NULL,
    occurrence bigint NOT NULL,
    seq bigint NOT NULL,
    text text NOT NULL,
    start_offset bigint NOT NULL,
    end_offset bigint NOT NULL,
    kind text NOT NULL,
    speaker text,
    speaker_mention text,
    speaker_kind text,
    role text,
    date text,
    venue text,
    cue text,
    confidence double precision NOT NULL,
    paragraph text NOT NULL,
    paragraph_start bigint,
    paragraph_end bigint,
    version_hash text,
    present boolean NOT NULL,
    machine text NOT NULL,
    PRIMARY KEY (article, norm_text, occurrence)
);
CREATE INDEX quotes_seq ON quotes (seq);

-- Append-only, as on each desktop. `fields` holds what the change set
-- (a field's new value, null to clear it). `conflict` is set when the change
-- and an earlier one by someone else, made without seeing each other, set
-- the same fields of the same thing: both stay, the later one wins, and
-- the quote is flagged for review.
CREATE TABLE changes (
    seq bigint PRIMARY KEY,
    machine text NOT NULL,
    local_id bigint NOT NULL,
    author text NOT NULL,
    at text NOT NULL,
    action text NOT NULL,
    summary text NOT NULL,
    target_kind text NOT NULL CHECK (target_kind IN ('quote', 'article', 'speaker')),
    article text,
    norm_text text,
    occurrence bigint,
    speaker text,
    fields jsonb NOT NULL,
    base_seq bigint NOT NULL,
    conflict boolean NOT NULL DEFAULT false,
    received_at timestamptz NOT NULL DEFAULT now(),
    -- Sending a change twice (a sync cut off before the desktop heard the
    -- answer) stores it once.
    UNIQUE (machine, local_id)
);
CREATE INDEX changes_quote ON changes (article, norm_text, occurrence, seq)
    WHERE target_kind = 'quote';
CREATE INDEX changes_other ON changes (target_kind, article, speaker, seq)
    WHERE target_kind <> 'quote';
