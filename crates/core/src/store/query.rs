//! Reading the library: quotes by filter, one quote, its other sources, one
//! article, the speakers.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use rusqlite::types::Value;
use rusqlite::{params_from_iter, OptionalExtension, Row};

use super::{
    normalize, ArticleRecord, Library, QuoteFilter, QuoteGroup, QuoteRecord, QuoteStatus, RoleSeen,
    SpeakerSummary, StoreError,
};
use crate::model::{ArticleMeta, ExtractedQuote, QuoteKind, SpeakerKind};

/// The effective quote: edits applied, the speaker's name after merges.
const QUOTE_SELECT: &str = "SELECT q.id, q.text, q.start, q.\"end\", q.kind, r.name,
        q.speaker_mention,
        CASE WHEN q.edit_role IS NULL THEN q.role ELSE NULLIF(q.edit_role, '') END,
        q.eff_date,
        CASE WHEN q.edit_venue IS NULL THEN q.venue ELSE NULLIF(q.edit_venue, '') END,
        q.cue, q.confidence, q.paragraph, q.status, q.note,
        a.id, a.title, a.outlet, a.wire, a.url, a.published,
        q.speaker_kind, q.edit_speaker, q.paragraph_start, q.paragraph_end, q.version_id,
        q.present, q.needs_review
    FROM quotes q
    JOIN articles a ON a.id = q.article_id
    LEFT JOIN speakers s ON s.id = q.speaker_id
    LEFT JOIN speakers r ON r.id = s.root_id";

/// Only what the user has not deleted.
const LIVE: &str = "q.deleted_at IS NULL AND a.deleted_at IS NULL";

/// The date a quote is filed under: said, or else published.
const FILED_DATE: &str = "COALESCE(q.eff_date, a.published)";

/// The earlier of two dates, an unknown one aside.
fn earliest(a: Option<NaiveDate>, b: Option<NaiveDate>) -> Option<NaiveDate> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

fn date(s: Option<String>) -> Option<NaiveDate> {
    s.and_then(|d| d.parse().ok())
}

/// The kind of the effective speaker: the extractor's, unless the user typed
/// another name (then read from how that name is written), or none.
fn speaker_kind(
    speaker: Option<String>,
    extracted: Option<String>,
    edited_name: Option<String>,
) -> Option<SpeakerKind> {
    let speaker = speaker?;
    match (
        edited_name,
        extracted.as_deref().and_then(SpeakerKind::parse),
    ) {
        (None, Some(kind)) => Some(kind),
        _ => Some(SpeakerKind::of_name(&speaker)),
    }
}

/// A quote row and the article version it was extracted from (its paragraph
/// is filled from that version's text by [`Library::with_paragraphs`]).
type QuoteRow = (QuoteRecord, Option<i64>);

fn row_to_quote(r: &Row) -> rusqlite::Result<QuoteRow> {
    let record = QuoteRecord {
        id: r.get(0)?,
        quote: ExtractedQuote {
            text: r.get(1)?,
            start: r.get::<_, i64>(2)?.max(0) as usize,
            end: r.get::<_, i64>(3)?.max(0) as usize,
            kind: QuoteKind::parse(&r.get::<_, String>(4)?).unwrap_or(QuoteKind::Direct),
            speaker: r.get(5)?,
            speaker_mention: r.get(6)?,
            role: r.get(7)?,
            date: date(r.get(8)?),
            venue: r.get(9)?,
            cue: r.get(10)?,
            confidence: r.get::<_, f64>(11)? as f32,
            paragraph_start: r.get::<_, Option<i64>>(23)?.unwrap_or(0).max(0) as usize,
            paragraph_end: r.get::<_, Option<i64>>(24)?.unwrap_or(0).max(0) as usize,
            speaker_kind: speaker_kind(r.get(5)?, r.get(21)?, r.get(22)?),
        },
        paragraph: r.get(12)?,
        present: r.get(26)?,
        status: QuoteStatus::parse(&r.get::<_, String>(13)?).unwrap_or_default(),
        note: r.get(14)?,
        needs_review: r.get::<_, i64>(27)? != 0,
        article_id: r.get(15)?,
        title: r.get(16)?,
        outlet: r.get(17)?,
        wire: r.get(18)?,
        url: r.get(19)?,
        published: date(r.get(20)?),
    };
    Ok((record, r.get(25)?))
}

/// True when every word of `query` begins some word of `name`.
fn words_begin(query: &[String], name: &str) -> bool {
    let name = normalize::name(name);
    let words: Vec<&str> = name.split(' ').collect();
    query
        .iter()
        .all(|q| words.iter().any(|w| w.starts_with(q.as_str())))
}

impl Library {
    /// The records of `rows`, each with its paragraph: the stored copy of a
    /// quote stored before migration 0006, else cut from its version's text.
    fn with_paragraphs(&self, rows: Vec<QuoteRow>) -> Result<Vec<QuoteRecord>, StoreError> {
        let (mut quotes, versions): (Vec<QuoteRecord>, Vec<Option<i64>>) = rows.into_iter().unzip();
        super::paragraphs::fill(&self.conn, &mut quotes, &versions).map_err(|e| self.err(e))?;
        Ok(quotes)
    }

    /// The quotes matching `filter`, by date (said, else published), then by
    /// article and position.
    pub fn quotes(&self, filter: &QuoteFilter) -> Result<Vec<QuoteRecord>, StoreError> {
        let mut sql = format!("{QUOTE_SELECT} WHERE {LIVE}");
        let mut args: Vec<Value> = Vec::new();
        if let Some(name) = filter.speaker.as_deref() {
            let roots = self.speakers_matching(name)?;
            let list = serde_json::to_string(&roots).expect("ids serialise");
            sql.push_str(" AND s.root_id IN (SELECT value FROM json_each(?))");
            args.push(Value::Text(list));
        }
        if let Some(from) = filter.from {
            sql.push_str(&format!(" AND {FILED_DATE} >= ?"));
            args.push(Value::Text(from.to_string()));
        }
        if let Some(to) = filter.to {
            sql.push_str(&format!(" AND {FILED_DATE} <= ?"));
            args.push(Value::Text(to.to_string()));
        }
        if let Some(outlet) = filter.outlet.as_deref() {
            // Word beginnings, as search's `outlet:` and `--outlet` match.
            let names = self.outlets_matching(outlet)?;
            let list = serde_json::to_string(&names).expect("names serialise");
            sql.push_str(
                " AND (a.outlet IN (SELECT value FROM json_each(?)) \
                 OR a.wire IN (SELECT value FROM json_each(?)))",
            );
            args.push(Value::Text(list.clone()));
            args.push(Value::Text(list));
        }
        if let Some(status) = filter.status {
            sql.push_str(" AND q.status = ?");
            args.push(Value::Text(status.as_str().to_string()));
        }
        if let Some(article) = filter.article_id {
            sql.push_str(" AND q.article_id = ?");
            args.push(Value::Integer(article));
        }
        let mut sql = format!(
            "{sql} ORDER BY {FILED_DATE} IS NULL, {FILED_DATE}, q.article_id, q.start, q.id"
        );
        if filter.limit.is_some() || filter.offset.is_some() {
            let limit = filter.limit.map(|l| l as i64).unwrap_or(-1);
            let offset = filter.offset.unwrap_or(0) as i64;
            sql.push_str(&format!(" LIMIT {limit} OFFSET {offset}"));
        }
        let mut stmt = self.conn.prepare(&sql).map_err(|e| self.err(e))?;
        let quotes = stmt
            .query_map(params_from_iter(args), row_to_quote)
            .and_then(|rows| rows.collect())
            .map_err(|e| self.err(e))?;
        self.with_paragraphs(quotes)
    }

    /// The review queue: quotes two people changed at once in a shared
    /// library first (they need a person's eye whatever their status), then
    /// unverified quotes, the least certain first, so a new import is
    /// checked where the extractor most likely erred.
    pub fn review_queue(&self, limit: usize) -> Result<Vec<QuoteRecord>, StoreError> {
        // Two queries, not one with OR: each has an index that serves it
        // (the conflicts' partial index, and status with confidence).
        let conflicts = format!(
            "{QUOTE_SELECT} WHERE {LIVE} AND q.needs_review <> 0 ORDER BY q.id DESC LIMIT ?"
        );
        let unverified = format!(
            "{QUOTE_SELECT} WHERE {LIVE} AND q.status = 'unverified' AND q.needs_review = 0 \
             ORDER BY q.confidence, q.id DESC LIMIT ?"
        );
        let mut quotes = Vec::new();
        for sql in [conflicts, unverified] {
            let left = limit.saturating_sub(quotes.len());
            if left == 0 {
                break;
            }
            let mut stmt = self.conn.prepare_cached(&sql).map_err(|e| self.err(e))?;
            let rows: Vec<QuoteRow> = stmt
                .query_map([left as i64], row_to_quote)
                .and_then(|rows| rows.collect())
                .map_err(|e| self.err(e))?;
            quotes.extend(rows);
        }
        self.with_paragraphs(quotes)
    }

    /// The quotes matching `filter`, the same words printed in several
    /// articles listed once with all their sources (earliest published
    /// first). Groups come in the order of their first quote in the listing.
    pub fn quote_groups(&self, filter: &QuoteFilter) -> Result<Vec<QuoteGroup>, StoreError> {
        let mut order: Vec<String> = Vec::new();
        let mut groups: HashMap<String, Vec<QuoteRecord>> = HashMap::new();
        for quote in self.quotes(filter)? {
            let key = normalize::quote_text(&quote.quote.text);
            let members = groups.entry(key.clone()).or_default();
            if members.is_empty() {
                order.push(key);
            }
            members.push(quote);
        }
        Ok(order
            .into_iter()
            .filter_map(|key| groups.remove(&key))
            .map(|mut sources| {
                sources.sort_by(|a, b| {
                    (a.published.is_none(), a.published, a.id).cmp(&(
                        b.published.is_none(),
                        b.published,
                        b.id,
                    ))
                });
                QuoteGroup {
                    quote: sources[0].clone(),
                    sources,
                }
            })
            .collect())
    }

    /// One quote, deleted or not (so `show` and `history` can still find it).
    pub fn quote(&self, id: i64) -> Result<QuoteRecord, StoreError> {
        let sql = format!("{QUOTE_SELECT} WHERE q.id = ?1");
        let row = self
            .conn
            .query_row(&sql, [id], row_to_quote)
            .optional()
            .map_err(|e| self.err(e))?
            .ok_or(StoreError::NotFound {
                what: "quote",
                id: id.to_string(),
            })?;
        Ok(self.with_paragraphs(vec![row])?.remove(0))
    }

    /// The quotes with these ids, in the order given, in one query (a search
    /// result page); ids that no longer exist are left out.
    pub fn quotes_by_ids(&self, ids: &[i64]) -> Result<Vec<QuoteRecord>, StoreError> {
        let quotes = self.quote_rows_by_ids(ids)?;
        self.with_paragraphs(quotes)
    }

    /// [`Self::quotes_by_ids`] without the paragraphs of quotes stored since
    /// migration 0006 (left empty): cutting one reads its article's whole
    /// text, and a list of quotes shows none (only the quote opened does).
    pub fn quotes_by_ids_for_listing(&self, ids: &[i64]) -> Result<Vec<QuoteRecord>, StoreError> {
        Ok(self
            .quote_rows_by_ids(ids)?
            .into_iter()
            .map(|(record, _version)| record)
            .collect())
    }

    fn quote_rows_by_ids(&self, ids: &[i64]) -> Result<Vec<QuoteRow>, StoreError> {
        let list = serde_json::to_string(ids).expect("ids serialise");
        let sql = format!(
            "{QUOTE_SELECT} JOIN json_each(?1) AS wanted ON wanted.value = q.id \
             WHERE {LIVE} ORDER BY wanted.key"
        );
        let mut stmt = self.conn.prepare_cached(&sql).map_err(|e| self.err(e))?;
        stmt.query_map([list], row_to_quote)
            .and_then(|rows| rows.collect())
            .map_err(|e| self.err(e))
    }

    /// The same words in every article that has them (this quote included),
    /// earliest published first: one quote with many sources.
    pub fn quote_sources(&self, id: i64) -> Result<Vec<QuoteRecord>, StoreError> {
        let sql = format!(
            "{QUOTE_SELECT} WHERE {LIVE}
               AND q.norm_key = (SELECT norm_key FROM quotes WHERE id = ?1)
               AND q.norm_text = (SELECT norm_text FROM quotes WHERE id = ?1)
             ORDER BY a.published IS NULL, a.published, a.imported_at, q.id"
        );
        let mut stmt = self.conn.prepare(&sql).map_err(|e| self.err(e))?;
        let quotes = stmt
            .query_map([id], row_to_quote)
            .and_then(|rows| rows.collect())
            .map_err(|e| self.err(e))?;
        self.with_paragraphs(quotes)
    }

    /// An article as last imported.
    pub fn article(&self, id: i64) -> Result<ArticleRecord, StoreError> {
        self.conn
            .query_row(
                "SELECT a.id, a.title, a.outlet, a.wire, a.url, a.byline, a.published,
                    a.source_path, v.text, v.content_hash, a.imported_at,
                    (SELECT count(*) FROM article_versions WHERE article_id = a.id)
                 FROM articles a JOIN article_versions v ON v.id = a.current_version_id
                 WHERE a.id = ?1",
                [id],
                |r| {
                    Ok(ArticleRecord {
                        id: r.get(0)?,
                        meta: ArticleMeta {
                            title: r.get(1)?,
                            outlet: r.get(2)?,
                            wire: r.get(3)?,
                            url: r.get(4)?,
                            byline: r.get(5)?,
                            published: date(r.get(6)?),
                            source_path: r.get(7)?,
                        },
                        text: r.get(8)?,
                        content_hash: r.get(9)?,
                        imported_at: r.get(10)?,
                        versions: r.get(11)?,
                    })
                },
            )
            .optional()
            .map_err(|e| self.err(e))?
            .ok_or(StoreError::NotFound {
                what: "article",
                id: id.to_string(),
            })
    }

    /// The ids of the speakers (after merges) a `--speaker` query names.
    fn speakers_matching(&self, query: &str) -> Result<Vec<i64>, StoreError> {
        let words = normalize::name_words(query);
        if words.is_empty() {
            return Ok(Vec::new());
        }
        let mut stmt = self
            .conn
            .prepare("SELECT root_id, name FROM speakers")
            .map_err(|e| self.err(e))?;
        let names: Vec<(i64, String)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .and_then(|rows| rows.collect())
            .map_err(|e| self.err(e))?;
        let roots: HashSet<i64> = names
            .into_iter()
            .filter(|(_, name)| words_begin(&words, name))
            .map(|(root, _)| root)
            .collect();
        Ok(roots.into_iter().collect())
    }

    /// The outlet and wire service names every word of `query` begins a
    /// word of ("daily" finds "China Daily").
    fn outlets_matching(&self, query: &str) -> Result<Vec<String>, StoreError> {
        let words = normalize::name_words(query);
        if words.is_empty() {
            return Ok(Vec::new());
        }
        let mut stmt = self
            .conn
            .prepare(
                "SELECT outlet FROM articles WHERE outlet IS NOT NULL
                 UNION SELECT wire FROM articles WHERE wire IS NOT NULL",
            )
            .map_err(|e| self.err(e))?;
        let names: Vec<String> = stmt
            .query_map([], |r| r.get(0))
            .and_then(|rows| rows.collect())
            .map_err(|e| self.err(e))?;
        Ok(names
            .into_iter()
            .filter(|name| words_begin(&words, name))
            .collect())
    }

    /// Every speaker with quotes, most quoted first: aliases, roles with the
    /// dates they were seen, and the range of dates.
    pub fn speakers(&self) -> Result<Vec<SpeakerSummary>, StoreError> {
        let err = |e| self.err(e);
        let mut summaries: Vec<SpeakerSummary> = Vec::new();
        let mut index: HashMap<i64, usize> = HashMap::new();
        {
            // One pass over the quotes, grouped by speaker and role: each
            // speaker's count and date range are the sums and bounds of its
            // groups (two passes, one per grouping, took twice as long).
            let sql = format!(
                "SELECT r.id, r.name,
                    CASE WHEN q.edit_role IS NULL THEN q.role ELSE NULLIF(q.edit_role, '') END
                        AS seen_role,
                    count(*), min({FILED_DATE}), max({FILED_DATE})
                 FROM quotes q JOIN articles a ON a.id = q.article_id
                 JOIN speakers s ON s.id = q.speaker_id JOIN speakers r ON r.id = s.root_id
                 WHERE {LIVE} GROUP BY r.id, seen_role"
            );
            let mut stmt = self.conn.prepare(&sql).map_err(err)?;
            let mut rows = stmt.query([]).map_err(err)?;
            while let Some(row) = rows.next().map_err(err)? {
                let root: i64 = row.get(0).map_err(err)?;
                let role: Option<String> = row.get(2).map_err(err)?;
                let count = row.get::<_, i64>(3).map_err(err)?.max(0) as u64;
                let first = date(row.get(4).map_err(err)?);
                let last = date(row.get(5).map_err(err)?);
                let i = match index.get(&root) {
                    Some(&i) => i,
                    None => {
                        index.insert(root, summaries.len());
                        summaries.push(SpeakerSummary {
                            id: root,
                            name: row.get(1).map_err(err)?,
                            aliases: Vec::new(),
                            quote_count: 0,
                            roles: Vec::new(),
                            first,
                            last,
                        });
                        summaries.len() - 1
                    }
                };
                let summary = &mut summaries[i];
                summary.quote_count += count;
                summary.first = earliest(summary.first, first);
                summary.last = summary.last.max(last);
                if let Some(role) = role {
                    summary.roles.push(RoleSeen { role, first, last });
                }
            }
        }
        for summary in &mut summaries {
            summary
                .roles
                .sort_by(|a, b| (a.first, &a.role).cmp(&(b.first, &b.role)));
        }
        summaries.sort_by(|a, b| {
            b.quote_count
                .cmp(&a.quote_count)
                .then_with(|| a.name.cmp(&b.name))
        });
        index = summaries
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id, i))
            .collect();
        {
            let mut stmt = self
                .conn
                .prepare("SELECT root_id, name FROM speakers WHERE id <> root_id ORDER BY name")
                .map_err(err)?;
            let rows = stmt
                .query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))
                .map_err(err)?;
            for row in rows {
                let (root, name) = row.map_err(err)?;
                if let Some(&i) = index.get(&root) {
                    summaries[i].aliases.push(name);
                }
            }
        }
        Ok(summaries)
    }
}
