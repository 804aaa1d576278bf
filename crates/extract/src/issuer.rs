//! Who issued a writing the text quotes ("read the warning", "the court's
//! summary concluded"): the words are the issuer's, not those of whoever
//! spoke last.

use super::attribution::is_writing;
use super::document::Document;
use super::entities::People;
use super::lexicon;
use super::mentions;
use super::resolve::recent_body;

/// How many paragraphs back the writing may have been introduced ("The
/// warning issued by Met Éireann applied to …").
const REACH_PARAS: usize = 2;

/// The person or body that issued the writing named by tokens `span`, when
/// the text says: a possessor in the phrase ("the court's summary", "Met
/// Éireann's warning"), or an earlier mention of the same writing with its
/// issuer ("the warning issued by Met Éireann", "a statement from the
/// ministry").
pub fn writing_issuer(
    doc: &Document,
    people: &People,
    span: (usize, usize),
    at: usize,
) -> Option<Issuer> {
    let (first, end) = span;
    for t in first..end {
        let w = doc.word(t);
        if !mentions::is_possessive(w) {
            continue;
        }
        let owner = mentions::strip_possessive(w);
        if owner.starts_with(|c: char| c.is_uppercase()) {
            let (a, b) = mentions::run_ending_at(doc, t, first)?;
            let m = mentions::parse_run(doc, a, b)?;
            return people.resolve_name(&m.name, at).map(Issuer::Named);
        }
        return lexicon::BODY_EPITHETS
            .contains(&owner)
            .then(|| recent_body(doc, people, owner, at))
            .flatten()
            .map(Issuer::Named);
    }
    let head_at = (first..end).rev().find(|&t| is_writing(doc.word(t)))?;
    let head = doc.word(head_at);
    // "The letter, written by Professor Ann Lee, … It reads:": the phrase's
    // own writing may say who wrote it.
    if let Some(issuer) = issued_by(doc, people, head_at, at) {
        return Some(issuer);
    }
    let para = doc.sentences[doc.sentence_of[first]].para;
    // Back from the phrase, the nearest earlier mention of the writing.
    (0..first)
        .rev()
        .take_while(|&t| doc.sentences[doc.sentence_of[t]].para + REACH_PARAS >= para)
        .filter(|&t| !doc.in_quote(t) && doc.word(t) == head)
        .find_map(|t| {
            issued_by(doc, people, t, at)
                .or_else(|| issuer_subject(doc, people, t, at).map(Issuer::Named))
        })
}

/// Who issued a writing: someone of the article, or a source the text
/// describes ("a statement from the organisers").
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Issuer {
    Named(usize),
    Described(String),
}

/// "The company denied the allegations in a statement": the subject the
/// sentence of the writing at token `t` opens with, named ("Acme Corp
/// said in a statement") or as a body noun that stands for the body named
/// before ("the company").
pub fn issuer_subject(doc: &Document, people: &People, t: usize, at: usize) -> Option<usize> {
    let sentence = doc.sentences[doc.sentence_of[t]];
    let first = sentence.first;
    if doc.in_quote(first) {
        return None;
    }
    if matches!(doc.word(first), "The" | "the") && first + 1 < t {
        // "The Nigeria Centre for Disease Control said": a body's name
        // after the article. ("The Police Public Relations Officer in the
        // state, SP Adewale Oyekunle-Bakare, confirmed" opens with a post,
        // not a body.)
        if let Some(name) = opening_name(doc, first, t).filter(|n| is_body_name(n)) {
            return people.resolve_name(&name, at);
        }
        let noun = doc.word(first + 1);
        return lexicon::BODY_EPITHETS
            .contains(&noun)
            .then(|| recent_body(doc, people, noun, doc.tokens[first].start))
            .flatten();
    }
    // "Her publisher, Lantern House Press, said in a statement": after a
    // possessive and its noun, the name set off by commas.
    let owned = matches!(doc.word(first), "His" | "Her" | "Their" | "Its")
        && first + 2 < t
        && doc.word(first + 2) == ",";
    if owned {
        let (a, b) = mentions::run_starting_at(doc, first + 3, t)?;
        let m = mentions::parse_run(doc, a, b)?;
        return people.resolve_name(&m.name, at);
    }
    let (a, b) = mentions::run_starting_at(doc, first, t)?;
    // "Liam's mother, Karen Pickering, wept as a statement she had written
    // was read": a possessor opens the subject; the subject is the person
    // set off after the noun it owns, else no one named.
    if mentions::is_possessive(doc.word(b - 1)) {
        let comma = (b..(b + 4).min(t)).find(|&k| doc.word(k) == ",")?;
        let (a, b) = mentions::run_starting_at(doc, comma + 1, t)?;
        let m = mentions::parse_run(doc, a, b)?;
        return people.resolve_name(&m.name, at);
    }
    let m = mentions::parse_run(doc, a, b)?;
    people.resolve_name(&m.name, at)
}

/// Whether a name's `words` name a body ("Nigeria Centre for Disease
/// Control"), not a post ("Police Public Relations Officer").
pub fn is_body_name(words: &[String]) -> bool {
    let post = words
        .last()
        .is_some_and(|w| lexicon::is_role_noun(&w.to_lowercase()) || lexicon::title(w).is_some());
    !post && words.iter().any(|w| lexicon::is_org_word(w))
}

/// The name a sentence (tokens `first..end`) opens with, after "The" when
/// it has one, as its words.
pub fn opening_name(doc: &Document, first: usize, end: usize) -> Option<Vec<String>> {
    let k = if matches!(doc.word(first), "The" | "the") {
        first + 1
    } else {
        first
    };
    let (a, b) = mentions::run_starting_at(doc, k, end)?;
    Some(mentions::parse_run(doc, a, b)?.name)
}

/// "a text message Lucien Haddad had sent": a clause right after the
/// writing at token `t` whose subject is a name of the article and whose
/// verb sends or writes it.
fn written_by_clause(doc: &Document, people: &People, t: usize, at: usize) -> Option<usize> {
    let hi = doc.sentences[doc.sentence_of[t]].last;
    let (a, b) = mentions::run_starting_at(doc, t + 1, hi)?;
    let mut v = b;
    if v < hi && matches!(doc.word(v), "had" | "has") {
        v += 1;
    }
    let sends = v < hi
        && matches!(
            doc.word(v),
            "sent" | "wrote" | "written" | "posted" | "signed" | "issued" | "penned" | "drafted"
        );
    if !sends {
        return None;
    }
    let m = mentions::parse_run(doc, a, b)?;
    people.resolve_name(&m.name, at)
}

/// "warning issued by X", "statement from X", "report by X": the issuer
/// named within a few words after the writing at token `t`.
fn issued_by(doc: &Document, people: &People, t: usize, at: usize) -> Option<Issuer> {
    const REACH: usize = 3;
    if let Some(i) = written_by_clause(doc, people, t, at) {
        return Some(Issuer::Named(i));
    }
    /// "a statement from the organisers of the conference": a short phrase.
    const DESCRIPTION_WORDS: usize = 6;
    let hi = doc.sentences[doc.sentence_of[t]].last;
    // ("The letter, written by Professor Ann Lee,": a comma may open the
    // phrase.)
    let by = (t + 1..hi.min(t + 2 + REACH))
        .take_while(|&k| {
            (doc.tokens[k].is_word || (k == t + 1 && doc.word(k) == ",")) && !doc.in_quote(k)
        })
        .find(|&k| matches!(doc.word(k), "by" | "from"))?;
    let mut name = by + 1;
    if name < hi && doc.word(name) == "the" {
        name += 1;
    }
    if let Some((a, b)) = mentions::run_starting_at(doc, name, hi) {
        let m = mentions::parse_run(doc, a, b)?;
        return people.resolve_name(&m.name, at).map(Issuer::Named);
    }
    let noun = doc.word(name);
    // "a short message from the director": the person the text gave that
    // post.
    let post = name > by + 1 && name < hi && !doc.in_quote(name) && lexicon::is_role_noun(noun);
    if let Some(i) = post
        .then(|| people.by_role_before(&[noun.to_string()], at))
        .flatten()
    {
        return Some(Issuer::Named(i));
    }
    // "a statement from the organisers": a plural noun for people or a
    // body, in lower case, is who issued it.
    let described = name < hi
        && name > by + 1
        && doc.tokens[name].is_word
        && !doc.in_quote(name)
        && noun.chars().all(|c| c.is_lowercase())
        && noun.len() > 3
        && noun.ends_with('s');
    let end = (name + 1..hi.min(name + DESCRIPTION_WORDS))
        .find(|&k| !doc.tokens[k].is_word || doc.in_quote(k))
        .unwrap_or(name + 1)
        .min(name + 1);
    described.then(|| {
        Issuer::Described(doc.text[doc.tokens[by + 1].start..doc.tokens[end - 1].end].to_string())
    })
}
