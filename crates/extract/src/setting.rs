//! When and where a quote was said: its date and venue, given only when the
//! text pins them for that quote.
//!
//! A date or a venue comes from the sentence of the quote's cue or of the
//! quote itself, or is carried from the same speaker's previous quote when
//! nothing between them moves the story to another day or setting.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::document::{Document, Sentence};
use super::lexicon;
use super::place;
use super::time;

fn exp(name: &str) -> i64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(-1)
}

/// What the passes that found a quote's speaker know about it.
pub struct QuoteFacts<'s> {
    /// Index of the quote span in `doc.quotes`.
    pub quote: usize,
    /// The sentence of the cue that attributes it, if any.
    pub cue_sentence: Option<usize>,
    /// Who said it, as a key that is the same for every quote of one speaker.
    pub speaker: Option<&'s str>,
    /// The person of the article who said it, if known.
    pub person: Option<usize>,
    /// A transcript label ("LEE:") names the speaker: a transcript is one scene.
    pub transcript: bool,
}

/// The date and venue a speaker was last given, and where.
#[derive(Clone)]
struct Scene {
    date: Option<NaiveDate>,
    venue: Option<String>,
    /// The paragraph and sentence of the speaker's last quote.
    para: usize,
    sentence: usize,
}

/// Reads each sentence's date and venue once, then answers quote by quote,
/// in text order.
pub struct Settings {
    sentence_dates: Vec<Option<NaiveDate>>,
    sentence_venues: Vec<Option<String>>,
    person_dates: HashMap<usize, NaiveDate>,
    person_venues: HashMap<usize, String>,
    lede_date: Option<(NaiveDate, usize)>,
    scenes: HashMap<String, Scene>,
    last_venue: Option<String>,
}

impl Settings {
    /// `sightings` are (byte offset, person) pairs in text order, one per
    /// name mention resolved to a person of the article. `keep_venue` drops
    /// venues that are no setting (e.g. "told Lee", when Lee is a person of
    /// the article).
    pub fn new(
        doc: &Document,
        published: Option<NaiveDate>,
        sightings: &[(usize, usize)],
        keep_venue: impl Fn(&str) -> bool,
    ) -> Settings {
        let sentence_dates: Vec<Option<NaiveDate>> = doc
            .sentences
            .iter()
            .map(|s| time::date_in(doc, s.first, s.last, published))
            .collect();
        let sentence_venues: Vec<Option<String>> = doc
            .sentences
            .iter()
            .map(|s| place::venue_in(doc, s.first, s.last).filter(|v| keep_venue(v)))
            .collect();
        Settings {
            person_dates: person_dates(doc, sightings, &sentence_dates, published),
            person_venues: person_venues(doc, sightings, &sentence_venues),
            lede_date: lede_date(doc, &sentence_dates, published),
            sentence_dates,
            sentence_venues,
            scenes: HashMap::new(),
            last_venue: None,
        }
    }

    /// The day a person is first placed at, for a quote that only a credit
    /// line attributes.
    pub fn person_date(&self, person: usize) -> Option<NaiveDate> {
        self.person_dates.get(&person).copied()
    }

    /// The date and venue of one quote. Call in text order: a speaker's
    /// scene carries from one quote to the next.
    pub fn for_quote(
        &mut self,
        doc: &Document,
        facts: &QuoteFacts,
    ) -> (Option<NaiveDate>, Option<String>) {
        let quote = &doc.quotes[facts.quote];
        let mut sentences = Vec::with_capacity(2);
        if let Some(s) = facts.cue_sentence {
            sentences.push(s);
        }
        let open_tok = doc.token_at(quote.open);
        if open_tok < doc.tokens.len() {
            sentences.push(doc.sentence_of[open_tok]);
        }
        let found_date = sentences.iter().find_map(|&s| self.sentence_dates[s]);
        let found_venue = sentences
            .iter()
            .find_map(|&s| self.sentence_venues[s].clone());
        let Some(speaker) = facts.speaker else {
            return (found_date, found_venue);
        };
        let here = sentences.last().copied().unwrap_or(0);
        let reach = exp("QB_REACH");
        let carried = self.scenes.get(speaker).filter(|scene| {
            // The scene holds while the text does not move on: the speaker's
            // previous quote is in this paragraph or the one before.
            reach < 0 || scene.para + reach as usize >= quote.para
        });
        let breaks = exp("QB_BREAK") > 0;
        // Nor does it hold past a sentence that names another day or setting.
        let between = |scene: &Scene| scene.sentence + 1..here.max(scene.sentence + 1);
        let date = found_date
            .or_else(|| {
                carried
                    .filter(|scene| {
                        !breaks
                            || self.sentence_dates[between(scene)]
                                .iter()
                                .all(|d| d.is_none() || *d == scene.date)
                    })
                    .and_then(|s| s.date)
            })
            .or_else(|| {
                if exp("QB_PDATE") == 0 {
                    return None;
                }
                facts.person.and_then(|p| self.person_dates.get(&p).copied())
            })
            .or_else(|| {
                if exp("QB_LEDE") == 0 {
                    return None;
                }
                self.lede_date
                    .filter(|&(_, until)| quote.open < until)
                    .map(|(d, _)| d)
            });
        let venue = found_venue
            .clone()
            .or_else(|| {
                carried
                    .filter(|scene| {
                        !breaks
                            || self.sentence_venues[between(scene)]
                                .iter()
                                .all(|v| v.is_none() || *v == scene.venue)
                    })
                    .and_then(|s| s.venue.clone())
            })
            .or_else(|| {
                if exp("QB_PVENUE") == 0 {
                    return None;
                }
                facts.person.and_then(|p| self.person_venues.get(&p).cloned())
            })
            .or_else(|| {
                facts
                    .transcript
                    .then(|| self.last_venue.clone())
                    .flatten()
            });
        self.scenes.insert(
            speaker.to_string(),
            Scene {
                date,
                venue: venue.clone(),
                para: quote.para,
                sentence: here,
            },
        );
        if venue.is_some() {
            self.last_venue = venue.clone();
        }
        (date, venue)
    }
}

fn sentence_at<'d>(doc: &'d Document, at: usize) -> Option<(usize, &'d Sentence)> {
    let t = doc.token_at(at);
    if t >= doc.tokens.len() {
        return None;
    }
    let s = doc.sentence_of[t];
    Some((s, &doc.sentences[s]))
}

/// For each person, the date of the first sentence (outside quotes) that names
/// them and states a date.
fn person_dates(
    doc: &Document,
    sightings: &[(usize, usize)],
    sentence_dates: &[Option<NaiveDate>],
    published: Option<NaiveDate>,
) -> HashMap<usize, NaiveDate> {
    let mut out = HashMap::new();
    for &(at, person) in sightings {
        if out.contains_key(&person) {
            continue;
        }
        let Some((s, sentence)) = sentence_at(doc, at) else {
            continue;
        };
        if doc.paras[sentence.para].noise {
            continue;
        }
        // Only a recent day: a person's history ("elected in 2008") says
        // nothing about when today's quotes were said.
        let recent = |d: NaiveDate| published.is_some_and(|p| d <= p && (p - d).num_days() <= 7);
        if let Some(d) = sentence_dates[s].filter(|&d| recent(d)) {
            out.insert(person, d);
        }
    }
    out
}

/// The day the lede says the story happened ("lawmakers said Friday"): the
/// first recent date in the first paragraph of prose, outside quotes; with
/// the offset where the text first names another day, which ends that scene.
fn lede_date(
    doc: &Document,
    sentence_dates: &[Option<NaiveDate>],
    published: Option<NaiveDate>,
) -> Option<(NaiveDate, usize)> {
    let p = published?;
    let lede = doc.paras.iter().position(|para| !para.noise)?;
    // Only a sentence that reports words ("lawmakers said Friday"): "the
    // paper ran a feature Saturday" dates the feature, not what was said.
    let reports = |s: &Sentence| {
        (s.first..s.last).any(|t| !doc.in_quote(t) && lexicon::is_reporting_verb(doc.word(t)))
    };
    let (first, date) = doc
        .sentences
        .iter()
        .enumerate()
        .filter(|(_, s)| s.para == lede)
        .find_map(|(i, s)| sentence_dates[i].filter(|_| reports(s)).map(|d| (i, d)))?;
    if date > p || (p - date).num_days() > 7 {
        return None;
    }
    let until = doc.sentences[first..]
        .iter()
        .zip(&sentence_dates[first..])
        .find(|(_, d)| d.is_some_and(|d| d != date))
        .map_or(doc.text.len(), |(s, _)| doc.tokens[s.first].start);
    Some((date, until))
}

/// For each person, the venue of the first sentence (outside quotes) that
/// names them and states one ("Lee spoke at a rally in Ohio").
fn person_venues(
    doc: &Document,
    sightings: &[(usize, usize)],
    sentence_venues: &[Option<String>],
) -> HashMap<usize, String> {
    let mut out = HashMap::new();
    // Only the lede sets the scene for the whole article: its first three
    // paragraphs of prose.
    let lede_end = doc
        .paras
        .iter()
        .enumerate()
        .filter(|(_, p)| !p.noise)
        .nth(2)
        .map_or(doc.text.len(), |(_, p)| p.end);
    for &(at, person) in sightings.iter().take_while(|s| s.0 < lede_end) {
        if out.contains_key(&person) {
            continue;
        }
        let Some((s, sentence)) = sentence_at(doc, at) else {
            continue;
        };
        if doc.paras[sentence.para].noise {
            continue;
        }
        if let Some(v) = &sentence_venues[s] {
            out.insert(person, v.clone());
        }
    }
    out
}
