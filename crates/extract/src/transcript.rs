//! A transcript written without quote marks: paragraphs that open with a
//! speaker's label in capitals ("SEN. ANN LEE: Thank you all.", "PARK: Not
//! yet."), as news sites print hearings, briefings and broadcast interviews.
//! Each labelled paragraph is its speaker's words.
//!
//! Only capitals make a transcript: a Q&A interview labelled "Ann Lee:" or
//! with initials ("AL:") prints the publication's own write-up of answers,
//! which its annotators do not count as quotes (Wikinews interviews). A
//! courtesy title makes a label too ("Ms Lee:"), as a write-up never uses
//! one. And a transcript is a conversation: two labelled paragraphs at
//! least, by two speakers, or answers to questions ("QUESTION:", "Q:"),
//! so a lone kicker ("EXCLUSIVE: ...") is none. "A:" answers are the
//! words of the person the introduction names last.

use super::document::Document;
use super::lexicon;
use super::mentions;

/// One labelled paragraph of a transcript.
#[derive(Debug, Clone, PartialEq)]
pub struct TranscriptLine {
    pub para: usize,
    /// The words after the label.
    pub start: usize,
    pub end: usize,
    /// The speaker's name as the label writes it, in title case, with a
    /// surname alone completed from an earlier label ("LEE" after "SEN. ANN
    /// LEE").
    pub name: Vec<String>,
    /// The title the label gives ("SEN." is "Senator").
    pub role: Option<String>,
}

/// Labels of a question put to the one who answers.
const QUESTIONS: &[&str] = &["Q", "QUESTION", "INTERVIEWER", "REPORTER", "Q."];

/// Labels of an answer by the one the introduction names.
const ANSWERS: &[&str] = &["A", "ANSWER", "A."];

/// Labels in capitals that say what follows, not who speaks.
const NOT_SPEAKERS: &[&str] = &[
    "Q",
    "A",
    "QUESTION",
    "ANSWER",
    "INTERVIEWER",
    "REPORTER",
    "UPDATE",
    "UPDATED",
    "NOTE",
    "EDITOR'S",
    "CORRECTION",
    "EXCLUSIVE",
    "BREAKING",
    "WATCH",
    "READ",
    "LISTEN",
    "PHOTO",
    "VIDEO",
    "AUDIO",
    "SOURCE",
    "CAPTION",
    "CREDIT",
    "LIVE",
    "ANALYSIS",
    "OPINION",
    "RELATED",
    "SEE",
    "MORE",
    "ALSO",
    "TRANSCRIPT",
    "UNIDENTIFIED",
    "UNKNOWN",
    "CROSSTALK",
    "DEAR",
];

/// A label is a name and perhaps a title, not a sentence.
const MAX_LABEL_WORDS: usize = 5;

/// How far into a paragraph its label's colon may stand.
const LABEL_BYTES: usize = 64;

/// The labelled paragraphs of a transcript without quote marks, or none
/// when the text is no transcript.
pub fn lines(doc: &Document) -> Vec<TranscriptLine> {
    let has_quote = doc.paras_with_quotes();
    let mut out: Vec<TranscriptLine> = Vec::new();
    let mut labelled = 0;
    let mut questions = 0;
    // Paragraphs labelled as answers ("A:"), and the first question's.
    let mut answers: Vec<(usize, usize)> = Vec::new();
    let mut named_answers: Vec<(usize, usize, Vec<String>)> = Vec::new();
    let mut first_question: Option<usize> = None;
    for (i, p) in doc.paras.iter().enumerate() {
        let line = &doc.text[p.start..p.end];
        // A label is short: look for its colon near the start only (this runs
        // on every paragraph).
        // (Searched in a slice of bytes: counting bytes off one by one cost
        // more than the search.)
        let near_start = &line.as_bytes()[..line.len().min(LABEL_BYTES)];
        let Some(colon) = near_start.iter().position(|&b| b == b':') else {
            continue;
        };
        let (label, rest) = (&line[..colon], &line[colon + 1..]);
        let words = rest.trim_start();
        let spoken = !has_quote[i] && !p.noise && words.split_whitespace().nth(1).is_some();
        let label = label.trim();
        if QUESTIONS.contains(&label) {
            questions += 1;
            first_question.get_or_insert(i);
            continue;
        }
        if ANSWERS.contains(&label) {
            if spoken {
                answers.push((i, p.end - words.len()));
            }
            continue;
        }
        let Some((mut name, role)) = parse_label(label) else {
            // "Mariko Sato: ..." answering "Q:": kept aside, a transcript
            // only when the questions are labelled too.
            if spoken {
                if let Some(name) = title_case_name(label) {
                    named_answers.push((i, p.end - words.len(), name));
                }
            }
            continue;
        };
        labelled += 1;
        if !spoken {
            continue;
        }
        let mut role = role;
        if name.len() == 1 {
            if let Some(full) = out
                .iter()
                .rev()
                .find(|l| l.name.len() >= 2 && l.name.last() == name.last())
            {
                name = full.name.clone();
                role = role.or_else(|| full.role.clone());
            }
        }
        let start = p.end - words.len();
        out.push(TranscriptLine {
            para: i,
            start,
            end: p.end,
            name,
            role,
        });
    }
    // "Q: ... / Mariko Sato: ...": answers under a name in title case,
    // between labelled questions (a write-up of an interview labels no
    // questions so).
    if questions >= 2 && named_answers.len() >= 2 {
        for (para, start, name) in named_answers {
            out.push(TranscriptLine {
                para,
                start,
                end: doc.paras[para].end,
                name,
                role: None,
            });
        }
        out.sort_by_key(|l| l.para);
    }
    // "A:" answers: the person the introduction, before the first
    // question, names last.
    if questions >= 2 && answers.len() >= 2 {
        let intro_end = first_question.map_or(0, |q| doc.paras[q].start);
        if let Some(m) = mentions::all_names(doc)
            .into_iter()
            .rfind(|m| m.at < intro_end && m.name.len() >= 2)
        {
            for &(para, start) in &answers {
                out.push(TranscriptLine {
                    para,
                    start,
                    end: doc.paras[para].end,
                    name: m.name.clone(),
                    role: None,
                });
            }
            out.sort_by_key(|l| l.para);
        }
    }
    let speakers = out
        .iter()
        .map(|l| &l.name)
        .collect::<std::collections::HashSet<_>>()
        .len();
    // Answers to questions put to one person are a conversation too.
    let answered = questions >= 2 && out.len() >= 2;
    if !answered && (labelled < 2 || speakers < 2) {
        out.clear();
    }
    out
}

/// A label that is a name in title case ("Mariko Sato", "Sato"): one to
/// three capitalised words of letters, naming no part of a page.
fn title_case_name(label: &str) -> Option<Vec<String>> {
    let words: Vec<&str> = label.split_whitespace().collect();
    let name_like = |w: &&str| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase)
            && chars.all(|c| c.is_lowercase() || matches!(c, '-' | '\'' | '’'))
            && w.len() >= 2
    };
    let ok = (1..=3).contains(&words.len())
        && words.iter().all(name_like)
        && !words
            .iter()
            .any(|w| NOT_SPEAKERS.iter().any(|n| n.eq_ignore_ascii_case(w)));
    ok.then(|| words.iter().map(|w| w.to_string()).collect())
}

/// A label in capitals ("SEN. ANN LEE", "PARK"): the name in title case and
/// the title it opens with.
fn parse_label(label: &str) -> Option<(Vec<String>, Option<String>)> {
    let words: Vec<&str> = label.split_whitespace().collect();
    if words.is_empty() || words.len() > MAX_LABEL_WORDS {
        return None;
    }
    let capitals = words.iter().all(|w| {
        w.chars().any(char::is_alphabetic)
            && w.chars()
                .all(|c| c.is_uppercase() || matches!(c, '.' | '\'' | '-' | '’'))
    });
    // "Ms Tanaka", "Dr. Ann Lee": a courtesy title and capitalised words.
    let courteous = words.len() >= 2
        && lexicon::honorific(words[0]).is_some()
        && words[1..].iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase())
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '\'' | '-' | '’'))
        });
    if !(capitals || courteous) || words.iter().any(|w| NOT_SPEAKERS.contains(w)) {
        return None;
    }
    let mut role = None;
    let mut name = Vec::new();
    for w in &words {
        let word = title_case(w);
        if !name.is_empty() {
            name.push(word);
        } else if let Some(t) = lexicon::title(&word) {
            role = Some(t.to_string());
        } else if words.len() > 1 && lexicon::is_role_noun(&word.to_lowercase()) {
            // "UNDERSECRETARY VILLANUEVA": a post before the name.
            role = Some(word);
        } else if lexicon::honorific(&word).is_none() {
            name.push(word);
        }
    }
    // A name, not initials ("AL") or a title alone.
    let named = name
        .iter()
        .any(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 3);
    named.then_some((name, role))
}

/// "LEE" as "Lee", "O'NEILL" as "O'Neill".
pub fn title_case(w: &str) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labelled_paragraphs_in_capitals_are_their_speakers_words() {
        let text = "Transcript of the hearing\n\nSEN. ANN LEE: Thank you all for coming. Are these systems safe?\n\nDR. TOM PARK: Not yet. We do not have the tests.\n\nLEE: What would it take?\n\nPARK: Money, and time.";
        let doc = Document::new(text);
        let l = lines(&doc);
        assert_eq!(l.len(), 4, "{l:?}");
        assert_eq!(
            &text[l[0].start..l[0].end],
            "Thank you all for coming. Are these systems safe?"
        );
        assert_eq!(l[0].name, ["Ann", "Lee"]);
        assert_eq!(l[0].role.as_deref(), Some("Senator"));
        assert_eq!(l[2].name, ["Ann", "Lee"]);
        assert_eq!(l[3].name, ["Tom", "Park"]);
        assert_eq!(&text[l[3].start..l[3].end], "Money, and time.");
    }

    #[test]
    fn answers_to_questions_and_courtesy_titled_labels_make_a_transcript() {
        // One official answering questions.
        let text = "Ann Lee, spokeswoman for the agency, spoke to reporters.\n\nQUESTION: Which donors have not paid?\n\nMS. LEE: I will not name donors here.\n\nQUESTION: Why not?\n\nMS. LEE: Because it would not help.";
        let l = lines(&Document::new(text));
        assert_eq!(l.len(), 2, "{l:?}");
        assert_eq!(l[0].name, ["Lee"]);
        // Q and A: the answers are the one the introduction names.
        let text = "This is an edited transcript of our conversation with Energy Minister Lena Fischer.\n\nQ: Will there be a second round?\n\nA: Yes, in June. We have changed two things.\n\nQ: Which?\n\nA: The price and the dates.";
        let l = lines(&Document::new(text));
        assert_eq!(l.len(), 2, "{l:?}");
        assert_eq!(l[1].name, ["Lena", "Fischer"]);
        assert_eq!(&text[l[1].start..l[1].end], "The price and the dates.");
        // Names in title case answering labelled questions.
        let text = "We spoke to Mariko Sato.\n\nQ: Why robots?\n\nMariko Sato: Because strawberries are hard to pick.\n\nQ: And now?\n\nSato: We sell them abroad.";
        let l = lines(&Document::new(text));
        assert_eq!(l.len(), 2, "{l:?}");
        assert_eq!(l[0].name, ["Mariko", "Sato"]);
        assert_eq!(l[1].name, ["Sato"]);
        // Labels with a courtesy title in title case.
        let text = "We spoke to Haruka Tanaka and Kenta Sato.\n\nMs Tanaka: Because strawberries are hard to pick.\n\nMr Sato: My son went back to Tokyo.";
        let l = lines(&Document::new(text));
        assert_eq!(l.len(), 2, "{l:?}");
        assert_eq!(l[0].name, ["Tanaka"]);
    }

    #[test]
    fn interviews_kickers_and_quoted_lines_are_no_transcript() {
        // A Q&A with names in title case or initials.
        let doc = Document::new("Intro.\n\nAnn Lee: I think so.\n\nAL: Yes, we do.");
        assert!(lines(&doc).is_empty());
        // One speaker, or a kicker.
        let doc = Document::new("EXCLUSIVE: The mayor will resign.\n\nShe told staff on Friday.");
        assert!(lines(&doc).is_empty());
        let doc = Document::new("Q: Why?\n\nLEE: Because we must.");
        assert!(lines(&doc).is_empty());
        // A title-case label without a courtesy title is a write-up.
        let doc = Document::new("Intro.\n\nAnn Lee: I think so.\n\nTom Park: Yes, we do.");
        assert!(lines(&doc).is_empty());
        // A line with quote marks is the quote finder's.
        let doc = Document::new("LEE: \"We must.\"\n\nPARK: \"We wait.\"");
        assert!(lines(&doc).is_empty());
    }
}
