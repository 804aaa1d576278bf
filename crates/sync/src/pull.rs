//! Receiving: everything the shared library committed after this library's
//! cursors, up to the newest committed number read at the start (rows sent
//! meanwhile wait for the next sync). Articles first, then quotes (which
//! name them), then changes (which name both), each in batches that the
//! library writes together with the cursor: a sync cut off anywhere resumes
//! where the last batch ended.

use std::collections::{BTreeMap, HashMap};

use postgres::binary_copy::BinaryCopyOutIter;
use postgres::fallible_iterator::FallibleIterator;
use quotebook_core::store::SharedVersion;
use quotebook_core::store::{Library, SharedArticle, SharedChange, SharedQuote, SharedTarget};

use crate::push::{QUOTE_COLUMNS, QUOTE_TYPES};
use crate::{Progress, Shared, Stage, SyncError, SyncReport};

const ARTICLE_BATCH: i64 = 500;
/// Quotes per COPY and per library transaction.
const QUOTE_BATCH: i64 = 50_000;
const CHANGE_BATCH: i64 = 2_000;

pub(crate) fn pull(
    shared: &mut Shared,
    library: &mut Library,
    report: &mut SyncReport,
    progress: &mut dyn FnMut(&Progress),
) -> Result<(), SyncError> {
    let machine = library.machine_id()?;
    let upto: i64 = shared
        .client
        .query_one("SELECT committed_seq FROM sync_clock", &[])
        .map_err(|e| shared.pg(e))?
        .get(0);
    let cursors = library.pull_cursors()?;
    let count = |shared: &mut Shared, table: &str, from: i64, own: bool| {
        let own = if own {
            "AND machine <> $3"
        } else {
            "AND $3 <> ''"
        };
        shared
            .client
            .query_one(
                &format!("SELECT count(*) FROM {table} WHERE seq > $1 AND seq <= $2 {own}"),
                &[&from, &upto, &machine],
            )
            .map(|r| r.get::<_, i64>(0).max(0) as u64)
            .map_err(|e| shared.pg(e))
    };

    let total = count(shared, "articles", cursors.articles, true)?;
    let mut from = cursors.articles;
    while from < upto {
        let (batch, last) = articles_after(shared, from, upto, &machine)?;
        let Some(last) = last else { break };
        library.apply_shared_articles(&batch, last)?;
        report.received_articles += batch.len() as u64;
        from = last;
        progress(&Progress {
            stage: Stage::ReceiveArticles,
            done: report.received_articles,
            total,
        });
    }

    let total = count(shared, "quotes", cursors.quotes, true)?;
    let mut from = cursors.quotes;
    while from < upto {
        let (batch, last) = quotes_after(shared, from, upto, &machine)?;
        let Some(last) = last else { break };
        library.apply_shared_quotes(&batch, last)?;
        report.received_quotes += batch.len() as u64;
        from = last;
        progress(&Progress {
            stage: Stage::ReceiveQuotes,
            done: report.received_quotes,
            total,
        });
    }

    let total = count(shared, "changes", cursors.changes, false)?;
    let mut done = 0;
    let mut from = cursors.changes;
    while from < upto {
        let (batch, last) = changes_after(shared, from, upto)?;
        let Some(last) = last else { break };
        library.apply_shared_changes(&batch, last)?;
        done += batch.len() as u64;
        report.received_changes += batch.iter().filter(|c| c.machine != machine).count() as u64;
        report.conflicts += batch
            .iter()
            .filter(|c| c.conflict && c.machine != machine)
            .count() as u64;
        from = last;
        progress(&Progress {
            stage: Stage::ReceiveChanges,
            done,
            total,
        });
    }
    Ok(())
}

/// A batch and the number the cursor moves to (`None`: nothing left).
type Batch<T> = (Vec<T>, Option<i64>);

fn articles_after(
    shared: &mut Shared,
    from: i64,
    upto: i64,
    machine: &str,
) -> Result<Batch<SharedArticle>, SyncError> {
    let rows = shared
        .client
        .query(
            "SELECT shared_id, seq, title, outlet, wire, url, byline, published, source_path,
                url_key, outlet_title_key, imported_at, updated_at, deleted_at, current_hash,
                machine
             FROM articles WHERE seq > $1 AND seq <= $2 ORDER BY seq LIMIT $3",
            &[&from, &upto, &ARTICLE_BATCH],
        )
        .map_err(|e| shared.pg(e))?;
    let last = rows.last().map(|r| r.get::<_, i64>(1));
    // This machine's own rows are only skipped (the cursor passes them).
    let mut articles: Vec<SharedArticle> = rows
        .iter()
        .filter(|r| r.get::<_, &str>(15) != machine)
        .map(|r| SharedArticle {
            shared_id: Some(r.get(0)),
            title: r.get(2),
            outlet: r.get(3),
            wire: r.get(4),
            url: r.get(5),
            byline: r.get(6),
            published: r.get(7),
            source_path: r.get(8),
            url_key: r.get(9),
            outlet_title_key: r.get(10),
            imported_at: r.get(11),
            updated_at: r.get(12),
            deleted_at: r.get(13),
            current_hash: r.get(14),
            versions: Vec::new(),
        })
        .collect();
    let ids: Vec<&str> = articles
        .iter()
        .filter_map(|a| a.shared_id.as_deref())
        .collect();
    let mut versions: HashMap<String, Vec<SharedVersion>> = HashMap::new();
    if !ids.is_empty() {
        let rows = shared
            .client
            .query(
                "SELECT article, content_hash, text, source_path, imported_at
                 FROM article_versions WHERE article = ANY($1) ORDER BY imported_at",
                &[&ids],
            )
            .map_err(|e| shared.pg(e))?;
        for r in rows {
            versions.entry(r.get(0)).or_default().push(SharedVersion {
                content_hash: r.get(1),
                text: r.get(2),
                source_path: r.get(3),
                imported_at: r.get(4),
            });
        }
    }
    for a in &mut articles {
        if let Some(v) = a.shared_id.as_ref().and_then(|id| versions.remove(id)) {
            a.versions = v;
        }
    }
    Ok((articles, last))
}

/// One batch of quotes by binary COPY (the bulk of a first sync).
fn quotes_after(
    shared: &mut Shared,
    from: i64,
    upto: i64,
    machine: &str,
) -> Result<Batch<SharedQuote>, SyncError> {
    // COPY takes no parameters: the numbers are integers and the machine id
    // is checked to be hex before it is written into the statement.
    let machine = if machine.chars().all(|c| c.is_ascii_hexdigit()) {
        machine
    } else {
        ""
    };
    let sql = format!(
        "COPY (SELECT {QUOTE_COLUMNS}, seq, machine = '{machine}' FROM quotes
               WHERE seq > {from} AND seq <= {upto} ORDER BY seq LIMIT {QUOTE_BATCH})
         TO STDOUT (FORMAT binary)"
    );
    let mut types = QUOTE_TYPES.to_vec();
    types.push(postgres::types::Type::INT8);
    types.push(postgres::types::Type::BOOL);
    let server = shared.server.clone();
    let role = shared.role.clone();
    let pg = |e| crate::error::from_pg(&server, &role, e);
    let reader = shared.client.copy_out(&sql).map_err(pg)?;
    let mut rows = BinaryCopyOutIter::new(reader, &types);
    let mut quotes = Vec::new();
    let mut last = None;
    while let Some(r) = rows.next().map_err(pg)? {
        last = Some(r.get::<i64>(20));
        if r.get::<bool>(21) {
            continue;
        }
        quotes.push(SharedQuote {
            article: r.get(0),
            norm_text: r.get(1),
            occurrence: r.get(2),
            text: r.get(3),
            start: r.get(4),
            end: r.get(5),
            kind: r.get(6),
            speaker: r.get(7),
            speaker_mention: r.get(8),
            speaker_kind: r.get(9),
            role: r.get(10),
            date: r.get(11),
            venue: r.get(12),
            cue: r.get(13),
            confidence: r.get(14),
            paragraph: r.get(15),
            paragraph_start: r.get(16),
            paragraph_end: r.get(17),
            version_hash: r.get(18),
            present: r.get(19),
        });
    }
    Ok((quotes, last))
}

fn changes_after(
    shared: &mut Shared,
    from: i64,
    upto: i64,
) -> Result<Batch<SharedChange>, SyncError> {
    let rows = shared
        .client
        .query(
            "SELECT seq, machine, local_id, author, at, action, summary, target_kind, article,
                norm_text, occurrence, speaker, fields, base_seq, conflict
             FROM changes WHERE seq > $1 AND seq <= $2 ORDER BY seq LIMIT $3",
            &[&from, &upto, &CHANGE_BATCH],
        )
        .map_err(|e| shared.pg(e))?;
    let last = rows.last().map(|r| r.get::<_, i64>(0));
    let changes = rows
        .iter()
        .map(|r| {
            let kind: &str = r.get(7);
            let target = match kind {
                "quote" => SharedTarget::Quote {
                    article: r.get::<_, Option<String>>(8).unwrap_or_default(),
                    norm_text: r.get::<_, Option<String>>(9).unwrap_or_default(),
                    occurrence: r.get::<_, Option<i64>>(10).unwrap_or_default(),
                },
                "article" => SharedTarget::Article {
                    article: r.get::<_, Option<String>>(8).unwrap_or_default(),
                },
                _ => SharedTarget::Speaker {
                    name: r.get::<_, Option<String>>(11).unwrap_or_default(),
                },
            };
            let fields: serde_json::Value = r.get(12);
            let fields: BTreeMap<String, Option<String>> =
                serde_json::from_value(fields).unwrap_or_default();
            SharedChange {
                seq: r.get(0),
                machine: r.get(1),
                local_id: r.get(2),
                author: r.get(3),
                at: r.get(4),
                action: r.get(5),
                summary: r.get(6),
                target,
                fields,
                base_seq: r.get(13),
                conflict: r.get(14),
            }
        })
        .collect();
    Ok((changes, last))
}
