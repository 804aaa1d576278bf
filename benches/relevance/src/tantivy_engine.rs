//! tantivy over the same quotes, queried two ways: BM25 over the words as
//! typed (any word may match), and fuzzy terms with BM25 (each word as typed
//! scored by BM25, or within one edit, two for words of eight letters or
//! more, the last word also as a prefix).

use quotebook_core::search::SearchDoc;
use tantivy::query::{BooleanQuery, BoostQuery, FuzzyTermQuery, Occur, Query, TermQuery};
use tantivy::schema::{Field, IndexRecordOption, Schema, Value, INDEXED, STORED, TEXT};
use tantivy::{collector::TopDocs, doc, Index, IndexReader, TantivyDocument, Term};

use crate::queries;

/// How tantivy is asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Variant {
    Bm25,
    FuzzyBm25,
}

impl Variant {
    pub const ALL: [Variant; 2] = [Variant::Bm25, Variant::FuzzyBm25];

    pub fn name(self) -> &'static str {
        match self {
            Variant::Bm25 => "tantivy BM25",
            Variant::FuzzyBm25 => "tantivy fuzzy+BM25",
        }
    }
}

pub struct Engine {
    index: Index,
    reader: IndexReader,
    id: Field,
    text: Field,
    speaker: Field,
}

impl Engine {
    /// Indexes `docs` in memory.
    pub fn build(docs: &[SearchDoc]) -> tantivy::Result<Self> {
        let mut schema = Schema::builder();
        let id = schema.add_i64_field("id", INDEXED | STORED);
        let text = schema.add_text_field("text", TEXT);
        let speaker = schema.add_text_field("speaker", TEXT);
        let index = Index::create_in_ram(schema.build());
        let mut writer = index.writer::<TantivyDocument>(50_000_000)?;
        for d in docs {
            writer.add_document(doc!(
                id => d.id,
                text => d.text.as_str(),
                speaker => d.speaker.as_deref().unwrap_or(""),
            ))?;
        }
        writer.commit()?;
        let reader = index.reader()?;
        Ok(Engine {
            index,
            reader,
            id,
            text,
            speaker,
        })
    }

    /// The field's tokens of `text`, as tantivy indexed them.
    fn tokens(&self, field: Field, text: &str) -> Vec<String> {
        let mut analyzer = self.index.tokenizer_for_field(field).expect("text field");
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while stream.advance() {
            out.push(stream.token().text.clone());
        }
        out
    }

    fn query(&self, q: &queries::Query, variant: Variant) -> BooleanQuery {
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        let last_typed = q.words.len().saturating_sub(1);
        for (i, typed) in q.words.iter().enumerate() {
            let tokens = self.tokens(self.text, typed);
            let last_token = tokens.len().saturating_sub(1);
            for (j, token) in tokens.iter().enumerate() {
                let term = Term::from_field_text(self.text, token);
                let exact: Box<dyn Query> =
                    Box::new(TermQuery::new(term.clone(), IndexRecordOption::WithFreqs));
                match variant {
                    Variant::Bm25 => clauses.push((Occur::Should, exact)),
                    Variant::FuzzyBm25 => {
                        let letters = token.chars().count();
                        let distance = match letters {
                            0..=3 => 0,
                            4..=7 => 1,
                            _ => 2,
                        };
                        let is_last = i == last_typed && j == last_token;
                        let fuzzy: Box<dyn Query> = if is_last {
                            Box::new(FuzzyTermQuery::new_prefix(term, distance, true))
                        } else {
                            Box::new(FuzzyTermQuery::new(term, distance, true))
                        };
                        clauses.push((Occur::Should, Box::new(BoostQuery::new(exact, 2.0))));
                        clauses.push((Occur::Should, fuzzy));
                    }
                }
            }
        }
        if let Some(name) = &q.speaker {
            for token in self.tokens(self.speaker, name) {
                let term = Term::from_field_text(self.speaker, &token);
                clauses.push((
                    Occur::Must,
                    Box::new(TermQuery::new(term, IndexRecordOption::Basic)),
                ));
            }
        }
        BooleanQuery::new(clauses)
    }

    /// The ids of the first `limit` quotes for `q`, best first.
    pub fn search(&self, q: &queries::Query, variant: Variant, limit: usize) -> Vec<i64> {
        let searcher = self.reader.searcher();
        let query = self.query(q, variant);
        let top = searcher
            .search(&query, &TopDocs::with_limit(limit))
            .unwrap_or_default();
        top.into_iter()
            .filter_map(|(_, address)| {
                let doc: TantivyDocument = searcher.doc(address).ok()?;
                doc.get_first(self.id)?.as_i64()
            })
            .collect()
    }
}
