//! Ties quotes to cues and cues to people: which cue each quote belongs to (in
//! its sentence, in its paragraph, or the previous speaker's when it has none),
//! who that cue names, and the role, date and venue that go with it.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::attribution::{self, Cue, Subject};
use super::block;
use super::document::Document;
use super::entities::People;
use super::lexicon::{self, Gender};
use super::mentions;
use super::setting::{QuoteFacts, Settings};
use crate::quote::{ExtractedQuote, QuoteKind, SpeakerKind};

/// A speaker as resolved from a cue.
#[derive(Debug, Clone)]
struct Speaker {
    name: String,
    person: Option<usize>,
    role: Option<String>,
    mention: String,
    gender: Gender,
}

/// How far back (in paragraphs) a pronoun may reach for the last speaker.
const PRONOUN_REACH: usize = 4;

fn resolve(
    doc: &Document,
    people: &People,
    cue: &Cue,
    last: Option<&(Speaker, usize, usize)>,
) -> Option<Speaker> {
    let from_person = |i: usize, role: Option<String>| {
        let p = &people.persons[i];
        Speaker {
            name: p.name.clone(),
            person: Some(i),
            role: role
                .or_else(|| cue.apposition.clone())
                .or_else(|| p.role.clone()),
            mention: cue.mention.clone(),
            gender: p.gender,
        }
    };
    match &cue.subject {
        Subject::Name {
            words,
            role,
            gender,
        } => match people.resolve_name_as(words, cue.at, *gender) {
            Some(i) => Some(from_person(i, role.clone())),
            None => Some(Speaker {
                name: words.join(" "),
                person: None,
                role: role.clone().or_else(|| cue.apposition.clone()),
                mention: cue.mention.clone(),
                gender: words
                    .first()
                    .map_or(Gender::Unknown, |w| lexicon::first_name_gender(w)),
            }),
        },
        Subject::Pronoun(g) => salient(doc, people, *g, cue, last, &from_person),
        Subject::Description(words) => {
            let definite = words.first().is_some_and(|w| w.eq_ignore_ascii_case("the"));
            let role_words: Vec<String> = words
                .iter()
                .filter(|w| !w.eq_ignore_ascii_case("the"))
                .cloned()
                .collect();
            if definite {
                if let Some(i) = people.by_role(&role_words, cue.at) {
                    return Some(from_person(i, None));
                }
                // "The New York businessman says": an epithet for someone the
                // text has been about, found as "he" would be.
                // The epithet is a role when the person has none yet.
                if let Some(g) = words.last().and_then(|w| lexicon::epithet(w)) {
                    if let Some(mut s) = salient(doc, people, g, cue, last, &from_person) {
                        s.role = s.role.or_else(|| Some(role_words.join(" ")));
                        return Some(s);
                    }
                }
            }
            Some(Speaker {
                name: cue.mention.clone(),
                person: None,
                role: cue.apposition.clone(),
                mention: cue.mention.clone(),
                gender: Gender::Unknown,
            })
        }
    }
}

/// The person "he", "she" or an epithet stands for: someone who became the
/// topic since the last speaker spoke, else the last speaker, else the most
/// recent person of a fitting gender.
fn salient(
    doc: &Document,
    people: &People,
    g: Gender,
    cue: &Cue,
    last: Option<&(Speaker, usize, usize)>,
    from_person: &dyn Fn(usize, Option<String>) -> Speaker,
) -> Option<Speaker> {
    if let Some((s, para, at)) = last {
        // Someone else who became the topic since the last speaker
        // spoke (the subject of a sentence in between) is more salient.
        if let Some(i) = new_topic(doc, people, g, *at, cue.at, s.person) {
            return Some(from_person(i, None));
        }
        // "he" or "she" never stands for an organisation that spoke.
        let personish = s.person.is_some_and(|i| people.persons[i].personish);
        if personish && s.gender.compatible(g) && cue.para - para <= PRONOUN_REACH {
            let mut s = s.clone();
            s.mention = cue.mention.clone();
            return Some(s);
        }
    }
    let since_para = cue.para.saturating_sub(PRONOUN_REACH);
    let since = doc.paras[since_para].start;
    // Nearby people first; else anyone earlier of the right gender.
    people
        .recent(g, since, cue.at)
        .or_else(|| people.recent(g, 0, cue.at))
        .map(|i| from_person(i, None))
}

/// The cue a quote belongs to: one in its sentence (the nearest), else one in
/// its paragraph (the nearest, earlier ones first on a tie).
fn link(
    doc: &Document,
    cues: &[Cue],
    resolved: &[Option<Speaker>],
    q: usize,
) -> Option<(usize, f32)> {
    let quote = &doc.quotes[q];
    let open_tok = doc.token_at(quote.open);
    if open_tok >= doc.tokens.len() {
        return None;
    }
    let sentence = doc.sentence_of[open_tok];
    let close_tok = doc.token_at(quote.close).saturating_sub(1).max(open_tok);
    let distance = |c: &Cue| {
        if c.verb < open_tok {
            open_tok - c.verb
        } else {
            c.verb.saturating_sub(close_tok)
        }
    };
    let usable = |i: &usize| resolved[*i].is_some();
    let in_sentence = (0..cues.len())
        .filter(usable)
        .filter(|&i| cues[i].sentence == sentence || doc.sentence_of[close_tok] == cues[i].sentence)
        .min_by_key(|&i| distance(&cues[i]));
    if let Some(i) = in_sentence {
        return Some((i, 0.9));
    }
    (0..cues.len())
        .filter(usable)
        .filter(|&i| cues[i].para == quote.para)
        .min_by_key(|&i| (distance(&cues[i]), cues[i].verb > open_tok))
        .map(|i| (i, 0.75))
}

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

/// A speaker written right at the quote: a transcript label inside it
/// ("LEE: We will..."), or a dashed credit after it ("..." ― Ann Lee).
fn inline_credit(doc: &Document, people: &People, q: usize) -> Option<(Speaker, &'static str)> {
    let quote = &doc.quotes[q];
    let text = &doc.text[quote.start..quote.end];
    if let Some((label, _)) = text.split_once(':') {
        let words: Vec<&str> = label.split_whitespace().collect();
        let is_label = !words.is_empty()
            && words.len() <= 3
            && words.iter().all(|w| {
                w.chars().any(char::is_alphabetic)
                    && w.chars()
                        .all(|c| c.is_uppercase() || matches!(c, '.' | '\'' | '-' | '’'))
            });
        if is_label {
            let name: Vec<String> = words.iter().map(|w| title_case(w)).collect();
            return Some((
                named_speaker(people, &name, quote.start, label.trim()),
                "transcript label",
            ));
        }
    }
    if let Some(s) = named_before_dash(doc, people, q) {
        return Some((s, "named before the quote"));
    }
    // Spaces only (no-break ones included); a credit never starts a new line.
    let after =
        doc.text[quote.close..].trim_start_matches(|c: char| c.is_whitespace() && c != '\n');
    let dash = after.strip_prefix(['―', '—', '–', '-'])?;
    let t = doc.token_at(quote.close + (doc.text.len() - quote.close - dash.len()));
    let hi = doc.para_tokens[quote.para].1;
    let (a, b) = mentions::run_starting_at(doc, t, hi)?;
    let m = mentions::parse_run(doc, a, b)?;
    let written = doc.text[doc.tokens[a].start..doc.tokens[b - 1].end].to_string();
    Some((
        named_speaker(people, &m.name, doc.tokens[a].start, &written),
        "credit",
    ))
}

/// "including Mitt Romney -- ''It is disqualifying'' --": a quote set off by a
/// dash right after a person's name is theirs.
fn named_before_dash(doc: &Document, people: &People, q: usize) -> Option<Speaker> {
    let quote = &doc.quotes[q];
    let open_tok = doc.token_at(quote.open);
    let lo = doc.para_tokens[quote.para].0;
    let mut k = open_tok;
    while k > lo && matches!(doc.word(k - 1), "-" | "—" | "–" | "―") {
        k -= 1;
    }
    if k == open_tok || k == lo {
        return None;
    }
    let (a, b) = mentions::run_ending_at(doc, k - 1, lo)?;
    person_named_in(doc, people, a, b)
}

/// A quote set off by a dash, comma or colon inside a sentence whose subject
/// is a person, with no reporting verb ("Mr. Lee -- 'Not now' -- left",
/// "Lee waved it off, insisting, 'Not now'"): the words are the subject's.
fn sentence_subject(doc: &Document, people: &People, q: usize) -> Option<Speaker> {
    let quote = &doc.quotes[q];
    let open_tok = doc.token_at(quote.open);
    if open_tok == 0 || open_tok >= doc.tokens.len() {
        return None;
    }
    if !matches!(doc.word(open_tok - 1), "-" | "--" | "—" | "–" | "," | ":") {
        return None;
    }
    let sentence = doc.sentences[doc.sentence_of[open_tok]];
    if doc.in_quote(sentence.first) {
        return None;
    }
    let (a, b) = mentions::run_starting_at(doc, sentence.first, open_tok)?;
    person_named_in(doc, people, a, b)
}

/// The speaker a name run (tokens `a..b`) writes, when it is a person of the
/// article rather than a place or a body.
fn person_named_in(doc: &Document, people: &People, a: usize, b: usize) -> Option<Speaker> {
    let m = mentions::parse_run(doc, a, b)?;
    let at = doc.tokens[a].start;
    let i = people.resolve_name_as(&m.name, at, m.gender)?;
    if !people.persons[i].personish {
        return None;
    }
    let written = doc.text[at..doc.tokens[b - 1].end].to_string();
    Some(named_speaker(people, &m.name, at, &written))
}

/// "told Lee": the audience is a person of the article, not an outlet.
fn tells_a_person(people: &People, audience: &str) -> bool {
    let words: Vec<String> = audience.split_whitespace().map(str::to_string).collect();
    people
        .resolve_name(&words, 0)
        .is_some_and(|i| people.persons[i].personish)
}

fn title_case(w: &str) -> String {
    let mut out = String::new();
    let mut upper = true;
    for c in w.chars() {
        if upper {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        upper = !c.is_alphabetic();
    }
    out
}

fn named_speaker(people: &People, words: &[String], at: usize, written: &str) -> Speaker {
    match people.resolve_name(words, at) {
        Some(i) => {
            let p = &people.persons[i];
            Speaker {
                name: p.name.clone(),
                person: Some(i),
                role: p.role.clone(),
                mention: written.to_string(),
                gender: p.gender,
            }
        }
        None => Speaker {
            name: words.join(" "),
            person: None,
            role: None,
            mention: written.to_string(),
            gender: Gender::Unknown,
        },
    }
}

/// The latest person (other than `speaker`) written as the first word of a
/// sentence between `from` and `to`, with a gender that fits: the topic the
/// text moved to.
fn new_topic(
    doc: &Document,
    people: &People,
    gender: Gender,
    from: usize,
    to: usize,
    speaker: Option<usize>,
) -> Option<usize> {
    people
        .sightings
        .iter()
        .rev()
        .skip_while(|s| s.at >= to)
        .take_while(|s| s.at > from)
        .find(|s| {
            let p = &people.persons[s.person];
            let t = doc.token_at(s.at);
            let sentence_start =
                t < doc.tokens.len() && doc.sentences[doc.sentence_of[t]].first == t;
            Some(s.person) != speaker
                && sentence_start
                && p.personish
                && gender != Gender::Unknown
                && p.gender == gender
        })
        .map(|s| s.person)
}

pub fn attribute(doc: &Document, published: Option<NaiveDate>) -> Vec<ExtractedQuote> {
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
        let s = resolve(doc, &people, cue, last.as_ref());
        if let Some(i) = s.as_ref().and_then(|s| s.person) {
            people.mark_speaker(i);
        }
        if let Some(s) = &s {
            last = Some((s.clone(), cue.para, cue.at));
        }
        resolved.push(s);
    }

    let sightings: Vec<(usize, usize)> =
        people.sightings.iter().map(|s| (s.at, s.person)).collect();
    let mut settings = Settings::new(doc, published, &sightings, |v| tells_a_person(&people, v));
    let mut out = Vec::new();
    let mut group_speaker: HashMap<usize, (Speaker, Option<usize>, f32)> = HashMap::new();
    let mut previous: Option<(Speaker, usize)> = None; // (speaker, quote open offset)
    for q in 0..doc.quotes.len() {
        let quote = &doc.quotes[q];
        if doc.paras[quote.para].noise {
            continue;
        }
        let text = &doc.text[quote.start..quote.end];
        if !text.chars().any(char::is_alphanumeric) {
            continue;
        }
        let inline = inline_credit(doc, &people, q);
        let mut inline_cue: Option<&str> = None;
        let linked = link(doc, &cues, &resolved, q);
        let (speaker, cue_idx, confidence) = match (inline, linked) {
            (Some((s, how)), _) => {
                inline_cue = Some(how);
                (Some(s), None, 0.9)
            }
            (None, linked) => match linked {
                Some((i, c)) => (resolved[i].clone(), Some(i), c),
                None => match group_speaker.get(&quote.group) {
                    Some((s, ci, c)) => (Some(s.clone()), *ci, *c),
                    None if sentence_subject(doc, &people, q).is_some() => {
                        (sentence_subject(doc, &people, q), None, 0.7)
                    }
                    None => {
                        // No cue here: the speaker of the previous quote or cue, whichever is later.
                        let last_cue = cues
                            .iter()
                            .zip(&resolved)
                            .rev()
                            .filter(|(c, _)| c.at < quote.open)
                            .find_map(|(c, r)| r.as_ref().map(|r| (r.clone(), c.at)));
                        let pick = match (&previous, last_cue) {
                            (Some((p, pa)), Some((c, ca))) => {
                                Some(if *pa > ca { p.clone() } else { c })
                            }
                            (Some((p, _)), None) => Some(p.clone()),
                            (None, Some((c, _))) => Some(c),
                            (None, None) => None,
                        };
                        (pick, None, 0.6)
                    }
                },
            },
        };
        if let Some(s) = &speaker {
            group_speaker
                .entry(quote.group)
                .or_insert((s.clone(), cue_idx, confidence));
            previous = Some((s.clone(), quote.open));
        }
        let cue = cue_idx.map(|i| &cues[i]);
        let (date, venue) = settings.for_quote(
            doc,
            &QuoteFacts {
                quote: q,
                cue_sentence: cue.map(|c| c.sentence),
                speaker: speaker.as_ref().map(|s| s.name.as_str()),
                person: speaker.as_ref().and_then(|s| s.person),
                transcript: inline_cue == Some("transcript label"),
            },
        );
        out.push(ExtractedQuote {
            text: text.to_string(),
            start: quote.start,
            end: quote.end,
            kind: kind_of(doc, q),
            speaker: speaker.as_ref().map(|s| s.name.clone()),
            speaker_kind: speaker.as_ref().map(|s| SpeakerKind::of_name(&s.name)),
            speaker_mention: speaker.as_ref().map(|s| s.mention.clone()),
            role: speaker.as_ref().and_then(|s| s.role.clone()),
            date,
            venue,
            cue: cue
                .map(|c| c.cue.clone())
                .or(inline_cue.map(str::to_string)),
            confidence: if speaker.is_some() { confidence } else { 0.3 },
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
            date: idx.and_then(|i| settings.person_date(i)),
            venue: None,
            cue: Some("credit line".to_string()),
            confidence: 0.7,
            paragraph_start: pq.start,
            paragraph_end: pq.end,
        });
    }
    out
}
