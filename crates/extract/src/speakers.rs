//! Ties quotes to people: cues are resolved in text order, each quote's
//! candidate speakers are scored and the most probable one chosen
//! (`candidates`, `scorer`), and the role, date and venue that go with it.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::attribution::{self, Subject};
use super::block;
use super::candidates::{self, Candidate, Evidence, Source, Story};
use super::document::Document;
use super::entities::People;
use super::lexicon;
use super::mentions;
use super::place;
use super::resolve::{self, Speaker};
use super::scorer::SpeakerScorer;
use super::time;
use crate::quote::{ExtractedQuote, QuoteKind, SpeakerKind};

fn kind_of(doc: &Document, q: usize) -> QuoteKind {
    let quote = &doc.quotes[q];
    if quote.single {
        return QuoteKind::Partial;
    }
    let open_tok = doc.token_at(quote.open);
    let sentence = doc.sentences[doc.sentence_of[open_tok]];
    if open_tok == sentence.first {
        return QuoteKind::Direct;
    }
    let prev = doc.word(open_tok - 1);
    if matches!(prev, ":" | "," | "—" | "–")
        || lexicon::is_reporting_verb(prev)
        || doc.in_quote(open_tok - 1)
    {
        QuoteKind::Direct
    } else {
        QuoteKind::Partial
    }
}

/// "told Lee": the audience is a person of the article, not an outlet.
fn tells_a_person(people: &People, venue: &str) -> bool {
    let Some(audience) = venue.strip_prefix("told ") else {
        return false;
    };
    let words: Vec<String> = audience.split_whitespace().map(str::to_string).collect();
    people
        .resolve_name(&words, 0)
        .is_some_and(|i| people.persons[i].personish)
}

/// Date and venue a speaker was last given, carried to their later quotes.
#[derive(Default, Clone)]
struct Scene {
    date: Option<NaiveDate>,
    venue: Option<String>,
}

/// Every quote of the article with its speaker, role, date and venue. The
/// speaker is the candidate `scorer` finds most probable; when `explain` is
/// given, each quote's scored candidates are pushed to it, in quote order.
pub fn attribute(
    doc: &Document,
    published: Option<NaiveDate>,
    scorer: &SpeakerScorer,
    mut explain: Option<&mut Vec<Vec<Candidate>>>,
) -> Vec<ExtractedQuote> {
    let names = mentions::all_names(doc);
    let cues = attribution::cues(doc);
    let speaking: Vec<String> = cues
        .iter()
        .filter_map(|c| match &c.subject {
            Subject::Name { words, .. } if words.len() == 1 => Some(words[0].clone()),
            _ => None,
        })
        .collect();
    let mut people = People::build(&names, &speaking);
    people.complete_from_headline(doc);

    // Resolve cues in text order; a pronoun looks back to the last speaker.
    let mut resolved: Vec<Option<Speaker>> = Vec::with_capacity(cues.len());
    let mut last: Option<(Speaker, usize, usize)> = None;
    for cue in &cues {
        let s = resolve::resolve(doc, &people, cue, last.as_ref());
        // "Politico reported", "the paper quoted": outlets report, people say.
        let relays = matches!(
            cue.cue.as_str(),
            "reported" | "reports" | "quoted" | "cited"
        );
        if let Some(i) = s.as_ref().and_then(|s| s.person).filter(|_| !relays) {
            people.mark_speaker(i);
        }
        if let Some(s) = &s {
            last = Some((s.clone(), cue.para, cue.at));
        }
        resolved.push(s);
    }

    // The date a person is first placed at, outside quotes ("Lee spoke on
    // Wednesday"): the fallback for their quotes when no cue says.
    // Each sentence's date and venue, read once.
    let sentence_dates: Vec<Option<NaiveDate>> = doc
        .sentences
        .iter()
        .map(|s| time::date_in(doc, s.first, s.last, published))
        .collect();
    let sentence_venues: Vec<Option<String>> = doc
        .sentences
        .iter()
        .map(|s| place::venue_in(doc, s.first, s.last))
        .map(|v| v.filter(|v| !tells_a_person(&people, v)))
        .collect();
    let person_dates = person_dates(doc, &people, &sentence_dates, published);
    let lede_date = lede_date(doc, &sentence_dates, published);
    let person_venues = person_venues(doc, &people, &sentence_venues);

    let mut out = Vec::new();
    let mut scenes: HashMap<String, Scene> = HashMap::new();
    let evidence = Evidence {
        doc,
        people: &people,
        cues: &cues,
        resolved: &resolved,
    };
    let mut story = Story::default();
    let mut last_venue: Option<String> = None;
    for q in 0..doc.quotes.len() {
        let quote = &doc.quotes[q];
        if doc.paras[quote.para].noise {
            continue;
        }
        let text = &doc.text[quote.start..quote.end];
        if !text.chars().any(char::is_alphanumeric) {
            continue;
        }
        let kind = kind_of(doc, q);
        let mut candidates = candidates::collect(&evidence, &story, q, kind == QuoteKind::Partial);
        let chosen = candidates::pick(scorer, &mut candidates);
        if let Some(sink) = explain.as_deref_mut() {
            sink.push(candidates);
        }
        if let Some(c) = &chosen {
            story.chose(doc, q, c);
        }
        let speaker = chosen.as_ref().map(|c| &c.speaker);
        // The previous speaker's cue says nothing of when this quote was said.
        let cue_idx = chosen.as_ref().and_then(|c| match c.source {
            Source::PreviousQuote | Source::PreviousCue => None,
            _ => c.cue,
        });
        let inline_cue = chosen.as_ref().and_then(|c| c.source.cue_label());
        let cue = cue_idx.map(|i| &cues[i]);
        // Date and venue from the cue's sentence, then the quote's own sentence.
        let mut sentences = Vec::new();
        if let Some(c) = cue {
            sentences.push(c.sentence);
        }
        let open_tok = doc.token_at(quote.open);
        if open_tok < doc.tokens.len() {
            sentences.push(doc.sentence_of[open_tok]);
        }
        let found_date = sentences.iter().find_map(|&s| sentence_dates[s]);
        let found_venue = sentences.iter().find_map(|&s| sentence_venues[s].clone());
        let key = speaker.as_ref().map(|s| s.name.clone()).unwrap_or_default();
        let scene = scenes.entry(key).or_default();
        if found_date.is_some() {
            scene.date = found_date;
        }
        if found_venue.is_some() {
            scene.venue = found_venue.clone();
        }
        let (date, venue) = if speaker.is_some() {
            let date = scene
                .date
                .or_else(|| {
                    speaker
                        .as_ref()
                        .and_then(|s| s.person)
                        .and_then(|p| person_dates.get(&p).copied())
                })
                .or(lede_date
                    .filter(|&(_, until)| quote.open < until)
                    .map(|(d, _)| d));
            let venue = scene
                .venue
                .clone()
                .or_else(|| {
                    speaker
                        .as_ref()
                        .and_then(|s| s.person)
                        .and_then(|p| person_venues.get(&p).cloned())
                })
                // A transcript is one scene: its speakers share the setting
                // the article gave it before.
                .or_else(|| {
                    (inline_cue == Some("transcript label"))
                        .then(|| last_venue.clone())
                        .flatten()
                });
            (date, venue)
        } else {
            (found_date, found_venue)
        };
        if venue.is_some() {
            last_venue = venue.clone();
        }
        out.push(ExtractedQuote {
            text: text.to_string(),
            start: quote.start,
            end: quote.end,
            kind,
            speaker: speaker.as_ref().map(|s| s.name.clone()),
            speaker_kind: speaker.as_ref().map(|s| s.kind),
            speaker_mention: speaker.as_ref().map(|s| s.mention.clone()),
            role: speaker.as_ref().and_then(|s| s.role.clone()),
            date,
            venue,
            cue: cue
                .map(|c| c.cue.clone())
                .or(inline_cue.map(str::to_string)),
            confidence: chosen.as_ref().map_or(0.0, |c| c.probability),
            paragraph_start: doc.paras[quote.para].start,
            paragraph_end: doc.paras[quote.para].end,
        });
    }
    for pq in block::pull_quotes(doc) {
        let idx = people.resolve_name(&pq.speaker, pq.start);
        let (name, role) = match idx {
            Some(i) => (
                people.persons[i].name.clone(),
                pq.role.clone().or_else(|| people.persons[i].role.clone()),
            ),
            None => (pq.speaker.join(" "), pq.role.clone()),
        };
        out.push(ExtractedQuote {
            text: doc.text[pq.start..pq.end].to_string(),
            start: pq.start,
            end: pq.end,
            kind: QuoteKind::Block,
            speaker_kind: Some(SpeakerKind::of_name(&name)),
            speaker: Some(name),
            speaker_mention: Some(pq.speaker.join(" ")),
            role,
            date: idx.and_then(|i| person_dates.get(&i).copied()),
            venue: None,
            cue: Some("credit line".to_string()),
            confidence: 0.7,
            paragraph_start: pq.start,
            paragraph_end: pq.end,
        });
    }
    out
}

/// For each person, the date of the first sentence (outside quotes) that names
/// them and states a date.
fn person_dates(
    doc: &Document,
    people: &People,
    sentence_dates: &[Option<NaiveDate>],
    published: Option<NaiveDate>,
) -> HashMap<usize, NaiveDate> {
    let mut out = HashMap::new();
    for s in &people.sightings {
        if out.contains_key(&s.person) {
            continue;
        }
        let t = doc.token_at(s.at);
        if t >= doc.tokens.len() || doc.paras[doc.sentences[doc.sentence_of[t]].para].noise {
            continue;
        }
        // Only a recent day: a person's history ("elected in 2008") says
        // nothing about when today's quotes were said.
        let recent = |d: NaiveDate| published.is_some_and(|p| d <= p && (p - d).num_days() <= 7);
        if let Some(d) = sentence_dates[doc.sentence_of[t]].filter(|&d| recent(d)) {
            out.insert(s.person, d);
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
    let reports = |s: &super::document::Sentence| {
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
    people: &People,
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
    for s in people.sightings.iter().take_while(|s| s.at < lede_end) {
        if out.contains_key(&s.person) {
            continue;
        }
        let t = doc.token_at(s.at);
        if t >= doc.tokens.len() || doc.paras[doc.sentences[doc.sentence_of[t]].para].noise {
            continue;
        }
        if let Some(v) = &sentence_venues[doc.sentence_of[t]] {
            out.insert(s.person, v.clone());
        }
    }
    out
}
