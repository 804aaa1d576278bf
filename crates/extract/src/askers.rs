//! Who asks in a transcript: a publication's own questions ("DW: Mr
//! Lengyel, are you for the plant?") and an interviewer who only asks are
//! no one's quotes; a senator's or counsel's questions at a hearing are.

use super::document::Document;
use super::interview::says_interview;
use super::lexicon;
use super::mentions;
use super::transcript::{title_case, TranscriptLine};

/// The paragraphs of labels that put questions for the publication: a
/// label that names no one of the article ("DW", "NDNews", "HARBOUR
/// REVIEW", "Marquee") and asks in most of its two lines or more, beside
/// another label that mostly answers. An interview's questions are not
/// quotes; a senator's or counsel's, labelled by their names, are (a
/// hearing's annotators keep them).
pub fn publication_labels(doc: &Document, asked: &[(usize, &str, bool)]) -> Vec<usize> {
    let mut by_label: Vec<(&str, usize, usize)> = Vec::new();
    for &(_, label, question) in asked {
        match by_label.iter_mut().find(|(l, ..)| *l == label) {
            Some(entry) => {
                entry.1 += 1;
                entry.2 += usize::from(question);
            }
            None => by_label.push((label, 1, usize::from(question))),
        }
    }
    let asks = |&(_, lines, questions): &(&str, usize, usize)| lines >= 2 && 2 * questions > lines;
    let answers =
        |&(_, lines, questions): &(&str, usize, usize)| lines >= 2 && 2 * questions < lines;
    // Most articles have no labels that ask and none that answer: the
    // names of the article are read only for those that do.
    if !by_label.iter().any(asks) || !by_label.iter().any(answers) {
        return Vec::new();
    }
    let names = mentions::all_names(doc);
    // A word of a full name of the article ("Lengyel" of "Tamas Lengyel");
    // an outlet is written alone ("DW spoke to …").
    let named = |word: &str| {
        names
            .iter()
            .any(|m| m.name.len() >= 2 && m.name.iter().any(|w| w.eq_ignore_ascii_case(word)))
    };
    let no_one = |label: &str| {
        let words: Vec<String> = label.split_whitespace().map(title_case).collect();
        if words.iter().any(|w| lexicon::is_org_word(w)) {
            return true;
        }
        // "HOST:", "MODERATOR:": a post someone of the article holds.
        let person = lexicon::honorific(label.split_whitespace().next().unwrap_or("")).is_some()
            || lexicon::is_role_noun(&label.to_lowercase())
            || words.first().is_some_and(|w| lexicon::is_given_name(w))
            || words.iter().all(|w| named(w));
        !person
    };
    let publications: Vec<&str> = by_label
        .iter()
        .filter(|l| asks(l) && no_one(l.0))
        .map(|l| l.0)
        .collect();
    asked
        .iter()
        .filter(|(_, label, _)| publications.contains(label))
        .map(|&(para, ..)| para)
        .collect()
}

/// Words that say proceedings are on the record: a hearing's or a
/// debate's questions are the asker's words (the annotators keep them),
/// an interviewer's are not.
const PROCEEDINGS: &[&str] = &[
    "hearing",
    "inquiry",
    "inquest",
    "committee",
    "court",
    "testif",
    "cross-exam",
    "parliament",
    "commons",
    "senate",
    "assembly",
    "council",
    "debate",
];

/// Drops the lines of whoever only asks in an interview ("Sara Lindgren:
/// You're promising to double volume. Why are you so confident?"): two
/// lines or more, every one a question, when the text names an interview
/// and no proceedings.
pub fn drop_interviewer(doc: &Document, lines: &mut Vec<TranscriptLine>) {
    let asks_only = |name: &[String]| {
        let mine: Vec<&TranscriptLine> = lines.iter().filter(|l| l.name == name).collect();
        mine.len() >= 2
            && mine
                .iter()
                .all(|l| doc.text[l.start..l.end].trim_end().ends_with('?'))
    };
    let askers: Vec<Vec<String>> = lines
        .iter()
        .map(|l| l.name.clone())
        .filter(|n| asks_only(n))
        .collect();
    if askers.is_empty() || !says_interview(doc) {
        return;
    }
    let lower = doc.text.to_lowercase();
    if PROCEEDINGS.iter().any(|w| lower.contains(w)) {
        return;
    }
    lines.retain(|l| !askers.contains(&l.name));
}
