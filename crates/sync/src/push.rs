//! Sending: articles imported or changed here (with their texts and the
//! quotes found in them), then the changes made here. Each batch is one
//! transaction on the server; the library marks what the server committed.
//! A sync cut off between the two sends the batch again, and the server
//! stores it once (articles by identity, quotes by key, changes by machine
//! and local id).

use postgres::binary_copy::BinaryCopyInWriter;
use postgres::types::Type;
use postgres::Transaction;
use quotebook_core::store::{same_article_body, Library, PendingArticle, SharedChange};
use quotebook_core::store::{SharedQuote, SharedTarget};

use crate::schema::{self, WRITE_LOCK};
use crate::{Progress, Shared, Stage, SyncError, SyncReport};

/// Articles per transaction: small enough that an interrupted send loses
/// little, big enough that the per-transaction cost does not dominate.
const ARTICLE_BATCH: usize = 200;
const CHANGE_BATCH: usize = 500;

pub(crate) fn push(
    shared: &mut Shared,
    library: &mut Library,
    author: &str,
    report: &mut SyncReport,
    progress: &mut dyn FnMut(&Progress),
) -> Result<(), SyncError> {
    let machine = library.machine_id()?;
    let total = library.local_sync_state()?;
    loop {
        let batch = library.pending_articles(ARTICLE_BATCH)?;
        if batch.is_empty() {
            break;
        }
        let sent = push_articles(shared, library, &batch, author, &machine)?;
        for (pending, shared_id, quotes) in sent {
            library.mark_article_sent(pending.local_id, pending.dirty, &shared_id)?;
            report.sent_articles += 1;
            report.sent_quotes += quotes;
        }
        progress(&Progress {
            stage: Stage::SendArticles,
            done: report.sent_articles,
            total: total.pending_articles,
        });
    }
    loop {
        let batch = library.pending_changes(CHANGE_BATCH, author)?;
        if batch.is_empty() {
            break;
        }
        let sent = push_changes(shared, &batch)?;
        report.conflicts += sent.iter().filter(|s| s.2).count() as u64;
        report.sent_changes += sent.len() as u64;
        library.mark_changes_sent(&sent, author)?;
        progress(&Progress {
            stage: Stage::SendChanges,
            done: report.sent_changes,
            total: total.pending_changes,
        });
    }
    Ok(())
}

/// One write transaction: the write lock taken, the schema checked again
/// (a migration may have run since connecting).
fn write_tx(shared: &mut Shared) -> Result<Transaction<'_>, SyncError> {
    let server = shared.server.clone();
    let role = shared.role.clone();
    let pg = |e| crate::error::from_pg(&server, &role, e);
    let mut tx = shared.client.transaction().map_err(pg)?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&WRITE_LOCK])
        .map_err(pg)?;
    schema::check(&mut tx, &server, &role)?;
    Ok(tx)
}

/// Makes what this transaction wrote visible to readers (see `sync_clock`).
fn publish(tx: &mut Transaction) -> Result<(), postgres::Error> {
    tx.execute(
        "UPDATE sync_clock SET committed_seq = (SELECT last_value FROM shared_seq)",
        &[],
    )?;
    Ok(())
}

type SentArticle<'a> = (&'a PendingArticle, String, u64);

fn push_articles<'a>(
    shared: &mut Shared,
    library: &Library,
    batch: &'a [PendingArticle],
    author: &str,
    machine: &str,
) -> Result<Vec<SentArticle<'a>>, SyncError> {
    let server = shared.server.clone();
    let role = shared.role.clone();
    let pg = |e| crate::error::from_pg(&server, &role, e);
    let mut tx = write_tx(shared)?;
    let mut sent = Vec::new();
    let mut quotes: Vec<SharedQuote> = Vec::new();
    for pending in batch {
        let shared_id = resolve(&mut tx, pending).map_err(pg)?;
        upsert_article(&mut tx, pending, &shared_id, author, machine).map_err(pg)?;
        let found = library.article_quotes(pending.local_id, &shared_id)?;
        sent.push((pending, shared_id, found.len() as u64));
        quotes.extend(found);
    }
    upsert_quotes(&mut tx, &quotes, machine).map_err(pg)?;
    publish(&mut tx).map_err(pg)?;
    tx.commit().map_err(pg)?;
    Ok(sent)
}

/// The shared id of a pending article: the one it has; else that of the
/// shared article holding one of its texts; else the import's identity rule
/// (same URL; or same outlet and title with the same body); else a new one.
fn resolve(tx: &mut Transaction, pending: &PendingArticle) -> Result<String, postgres::Error> {
    let a = &pending.article;
    if let Some(id) = &a.shared_id {
        return Ok(id.clone());
    }
    let hashes: Vec<&str> = a.versions.iter().map(|v| v.content_hash.as_str()).collect();
    if let Some(row) = tx.query_opt(
        "SELECT article FROM article_versions WHERE content_hash = ANY($1) LIMIT 1",
        &[&hashes],
    )? {
        return Ok(row.get(0));
    }
    if let Some(key) = &a.url_key {
        if let Some(row) = tx.query_opt(
            "SELECT shared_id FROM articles WHERE url_key = $1 ORDER BY seq LIMIT 1",
            &[key],
        )? {
            return Ok(row.get(0));
        }
    }
    if let Some(key) = &a.outlet_title_key {
        let text = a
            .versions
            .iter()
            .find(|v| Some(&v.content_hash) == a.current_hash.as_ref())
            .map(|v| v.text.as_str())
            .unwrap_or_default();
        let rows = tx.query(
            "SELECT a.shared_id, a.url_key, v.text FROM articles a
             JOIN article_versions v ON v.content_hash = a.current_hash
             WHERE a.outlet_title_key = $1 ORDER BY a.seq DESC LIMIT 20",
            &[key],
        )?;
        for row in rows {
            let other_url: Option<String> = row.get(1);
            if a.url_key.is_some() && other_url.is_some() {
                continue; // two different URLs: two articles
            }
            if same_article_body(text, row.get(2)) {
                return Ok(row.get(0));
            }
        }
    }
    Ok(crate::random_id())
}

fn upsert_article(
    tx: &mut Transaction,
    pending: &PendingArticle,
    shared_id: &str,
    author: &str,
    machine: &str,
) -> Result<(), postgres::Error> {
    let a = &pending.article;
    // Re-sending an unchanged article takes no new number, so nobody pulls
    // it again. Deletion is a change of its own, not overwritten here.
    tx.execute(
        "INSERT INTO articles (shared_id, seq, title, outlet, wire, url, byline, published,
            source_path, url_key, outlet_title_key, imported_at, updated_at, deleted_at,
            current_hash, sent_by, machine)
         VALUES ($1, nextval('shared_seq'), $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13,
            $14, $15, $16)
         ON CONFLICT (shared_id) DO UPDATE SET
            seq = excluded.seq, title = excluded.title, outlet = excluded.outlet,
            wire = excluded.wire, url = excluded.url, byline = excluded.byline,
            published = excluded.published, source_path = excluded.source_path,
            url_key = COALESCE(excluded.url_key, articles.url_key),
            outlet_title_key = COALESCE(excluded.outlet_title_key, articles.outlet_title_key),
            updated_at = excluded.updated_at, current_hash = excluded.current_hash,
            sent_by = excluded.sent_by, machine = excluded.machine
         WHERE (articles.title, articles.outlet, articles.wire, articles.url, articles.byline,
                articles.published, articles.source_path, articles.current_hash)
            IS DISTINCT FROM (excluded.title, excluded.outlet, excluded.wire, excluded.url,
                excluded.byline, excluded.published, excluded.source_path,
                excluded.current_hash)",
        &[
            &shared_id,
            &a.title,
            &a.outlet,
            &a.wire,
            &a.url,
            &a.byline,
            &a.published,
            &a.source_path,
            &a.url_key,
            &a.outlet_title_key,
            &a.imported_at,
            &a.updated_at,
            &a.deleted_at,
            &a.current_hash,
            &author,
            &machine,
        ],
    )?;
    let insert = tx.prepare(
        "INSERT INTO article_versions (content_hash, article, text, source_path, imported_at)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (content_hash) DO NOTHING",
    )?;
    for v in &a.versions {
        tx.execute(
            &insert,
            &[
                &v.content_hash,
                &shared_id,
                &v.text,
                &v.source_path,
                &v.imported_at,
            ],
        )?;
    }
    Ok(())
}

/// The columns of a quote as sent and pulled, in COPY order.
pub(crate) const QUOTE_COLUMNS: &str = "article, norm_text, occurrence, text, start_offset, \
    end_offset, kind, speaker, speaker_mention, speaker_kind, role, date, venue, cue, \
    confidence, paragraph, paragraph_start, paragraph_end, version_hash, present";

pub(crate) const QUOTE_TYPES: [Type; 20] = [
    Type::TEXT,
    Type::TEXT,
    Type::INT8,
    Type::TEXT,
    Type::INT8,
    Type::INT8,
    Type::TEXT,
    Type::TEXT,
    Type::TEXT,
    Type::TEXT,
    Type::TEXT,
    Type::TEXT,
    Type::TEXT,
    Type::TEXT,
    Type::FLOAT8,
    Type::TEXT,
    Type::INT8,
    Type::INT8,
    Type::TEXT,
    Type::BOOL,
];

/// Sends quotes with one binary COPY into a staging table, then one upsert:
/// an unchanged quote keeps its number (nobody pulls it again).
pub(crate) fn upsert_quotes(
    tx: &mut Transaction,
    quotes: &[SharedQuote],
    machine: &str,
) -> Result<(), postgres::Error> {
    if quotes.is_empty() {
        return Ok(());
    }
    tx.batch_execute(
        "CREATE TEMP TABLE IF NOT EXISTS quotes_in (
            article text, norm_text text, occurrence bigint, text text, start_offset bigint,
            end_offset bigint, kind text, speaker text, speaker_mention text,
            speaker_kind text, role text, date text, venue text, cue text,
            confidence double precision, paragraph text, paragraph_start bigint,
            paragraph_end bigint, version_hash text, present boolean
         ) ON COMMIT DELETE ROWS",
    )?;
    let sink = tx.copy_in(&format!(
        "COPY quotes_in ({QUOTE_COLUMNS}) FROM STDIN (FORMAT binary)"
    ))?;
    let mut writer = BinaryCopyInWriter::new(sink, &QUOTE_TYPES);
    for q in quotes {
        writer.write(&[
            &q.article,
            &q.norm_text,
            &q.occurrence,
            &q.text,
            &q.start,
            &q.end,
            &q.kind,
            &q.speaker,
            &q.speaker_mention,
            &q.speaker_kind,
            &q.role,
            &q.date,
            &q.venue,
            &q.cue,
            &q.confidence,
            &q.paragraph,
            &q.paragraph_start,
            &q.paragraph_end,
            &q.version_hash,
            &q.present,
        ])?;
    }
    writer.finish()?;
    tx.execute(
        &format!(
            "INSERT INTO quotes ({QUOTE_COLUMNS}, seq, machine)
             SELECT DISTINCT ON (article, norm_text, occurrence) {QUOTE_COLUMNS},
                nextval('shared_seq'), $1
             FROM quotes_in ORDER BY article, norm_text, occurrence
             ON CONFLICT (article, norm_text, occurrence) DO UPDATE SET
                seq = excluded.seq, machine = excluded.machine, text = excluded.text,
                start_offset = excluded.start_offset, end_offset = excluded.end_offset,
                kind = excluded.kind, speaker = excluded.speaker,
                speaker_mention = excluded.speaker_mention,
                speaker_kind = excluded.speaker_kind, role = excluded.role,
                date = excluded.date, venue = excluded.venue, cue = excluded.cue,
                confidence = excluded.confidence, paragraph = excluded.paragraph,
                paragraph_start = excluded.paragraph_start,
                paragraph_end = excluded.paragraph_end, version_hash = excluded.version_hash,
                present = excluded.present
             WHERE (quotes.text, quotes.start_offset, quotes.end_offset, quotes.kind,
                    quotes.speaker, quotes.speaker_mention, quotes.speaker_kind, quotes.role,
                    quotes.date, quotes.venue, quotes.cue, quotes.confidence,
                    quotes.paragraph_start, quotes.paragraph_end, quotes.version_hash,
                    quotes.present)
                IS DISTINCT FROM (excluded.text, excluded.start_offset, excluded.end_offset,
                    excluded.kind, excluded.speaker, excluded.speaker_mention,
                    excluded.speaker_kind, excluded.role, excluded.date, excluded.venue,
                    excluded.cue, excluded.confidence, excluded.paragraph_start,
                    excluded.paragraph_end, excluded.version_hash, excluded.present)"
        ),
        &[&machine],
    )?;
    Ok(())
}

/// Sends changes; returns (local id, seq, conflict) for each.
fn push_changes(
    shared: &mut Shared,
    batch: &[SharedChange],
) -> Result<Vec<(i64, i64, bool)>, SyncError> {
    let server = shared.server.clone();
    let role = shared.role.clone();
    let pg = |e| crate::error::from_pg(&server, &role, e);
    let mut tx = write_tx(shared)?;
    let known = tx
        .prepare("SELECT seq, conflict FROM changes WHERE machine = $1 AND local_id = $2")
        .map_err(pg)?;
    let clash = tx
        .prepare(
            "SELECT EXISTS (SELECT 1 FROM changes
             WHERE target_kind = 'quote' AND article = $1 AND norm_text = $2
               AND occurrence = $3 AND seq > $4 AND machine <> $5 AND fields ?| $6)",
        )
        .map_err(pg)?;
    let insert = tx
        .prepare(
            "INSERT INTO changes (seq, machine, local_id, author, at, action, summary,
                target_kind, article, norm_text, occurrence, speaker, fields, base_seq,
                conflict)
             VALUES (nextval('shared_seq'), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12,
                $13, $14)
             RETURNING seq",
        )
        .map_err(pg)?;
    let mut sent = Vec::with_capacity(batch.len());
    for c in batch {
        if let Some(row) = tx
            .query_opt(&known, &[&c.machine, &c.local_id])
            .map_err(pg)?
        {
            sent.push((c.local_id, row.get(0), row.get(1)));
            continue;
        }
        let (kind, article, norm_text, occurrence, speaker) = match &c.target {
            SharedTarget::Quote {
                article,
                norm_text,
                occurrence,
            } => (
                "quote",
                Some(article),
                Some(norm_text),
                Some(*occurrence),
                None,
            ),
            SharedTarget::Article { article } => ("article", Some(article), None, None, None),
            SharedTarget::Speaker { name } => ("speaker", None, None, None, Some(name)),
        };
        let field_names: Vec<&str> = c.fields.keys().map(String::as_str).collect();
        let conflict = kind == "quote"
            && !field_names.is_empty()
            && tx
                .query_one(
                    &clash,
                    &[
                        &article,
                        &norm_text,
                        &occurrence,
                        &c.base_seq,
                        &c.machine,
                        &field_names,
                    ],
                )
                .map_err(pg)?
                .get::<_, bool>(0);
        let fields = serde_json::to_value(&c.fields).unwrap_or_default();
        let seq: i64 = tx
            .query_one(
                &insert,
                &[
                    &c.machine,
                    &c.local_id,
                    &c.author,
                    &c.at,
                    &c.action,
                    &c.summary,
                    &kind,
                    &article,
                    &norm_text,
                    &occurrence,
                    &speaker,
                    &fields,
                    &c.base_seq,
                    &conflict,
                ],
            )
            .map_err(pg)?
            .get(0);
        sent.push((c.local_id, seq, conflict));
    }
    publish(&mut tx).map_err(pg)?;
    tx.commit().map_err(pg)?;
    Ok(sent)
}
