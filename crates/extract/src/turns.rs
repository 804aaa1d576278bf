//! Interview turns: who is speaking in each paragraph of a question-and-answer
//! interview written without quote marks ("((Ann Lee)) I think ...",
//! "Ann Lee: I think ...", "AL: Yes."). Quotes inside an answer are the
//! interviewee's words or words they recall, and "I said" in an answer is the
//! interviewee.

use super::document::Document;
use super::lexicon::FastMap;
use super::segment::Paragraph;

/// Who speaks in one paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Turn {
    /// Narrative: the reporter's own text.
    Narrative,
    /// The interviewer's question ("((WN))", "Q:").
    Interviewer,
    /// An answer by the person named (their name's words, as the label
    /// writes them).
    Interviewee(Vec<String>),
}

/// Labels longer than this are a sentence, not a name.
const MAX_LABEL_WORDS: usize = 4;

/// How a paragraph's label is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    /// "((Ann Lee))": the interview markup of Wikinews and wikis like it.
    Parens,
    /// "Ann Lee:", "LEE:", "AL:".
    Colon,
    /// "Okafor:": one word not in capitals, a label only when it opens
    /// two paragraphs or more (an interviewee answers again; "Yesterday:"
    /// opens one).
    RepeatedColon,
}

/// Each paragraph's turn. An answer often runs over several paragraphs, so
/// a paragraph with no label continues a "((Ann Lee))" turn; a colon label
/// ("Ann Lee:") holds for its own paragraph only, as "Update:" or a caption
/// could otherwise take over the article, and counts only when the article
/// has two or more (a transcript repeats its labels).
pub fn turns(doc: &Document) -> Vec<Turn> {
    let mut labels: Vec<Option<(String, Mark)>> =
        doc.paras.iter().map(|p| label_of(doc.text, p)).collect();
    // How many paragraphs each label opens, counted once: an article of
    // many "Word:" lines must not be read again at each.
    let mut opened: FastMap<String, usize> = FastMap::default();
    for (w, _) in labels.iter().flatten() {
        *opened.entry(w.clone()).or_default() += 1;
    }
    for label in labels.iter_mut() {
        if let Some((w, mark @ Mark::RepeatedColon)) = label {
            if opened[w.as_str()] >= 2 {
                *mark = Mark::Colon;
            } else {
                *label = None;
            }
        }
    }
    let colons = labels
        .iter()
        .filter(|l| matches!(l, Some((_, Mark::Colon))))
        .count();
    let mut out = Vec::with_capacity(doc.paras.len());
    let mut current = Turn::Narrative;
    // Full names given by labels, for initials used later ("NG:").
    let mut named: Vec<Vec<String>> = Vec::new();
    for label in labels {
        let turn = match label {
            Some((label, Mark::Parens)) => {
                current = classify(&label, &named);
                current.clone()
            }
            Some((label, Mark::Colon)) if colons >= 2 => classify(&label, &named),
            _ => current.clone(),
        };
        if let Turn::Interviewee(words) = &turn {
            if words.len() >= 2 && !named.contains(words) {
                named.push(words.clone());
            }
        }
        out.push(turn);
    }
    out
}

/// Words that open a line with a colon without naming who speaks.
const NOT_SPEAKERS: &[&str] = &[
    "Image",
    "Photo",
    "Picture",
    "Video",
    "Audio",
    "Credit",
    "Credits",
    "Source",
    "Sources",
    "Caption",
    "Note",
    "Notes",
    "Update",
    "Updated",
    "Correction",
    "Editor",
    "Editor's",
    "Related",
    "Read",
    "See",
    "Watch",
    "Listen",
    "Published",
    "By",
    "Posted",
    "Tags",
    "Topics",
    "Share",
];

/// The label opening a paragraph: "((Ann Lee))" or "Ann Lee:" / "AL:".
fn label_of(text: &str, p: &Paragraph) -> Option<(String, Mark)> {
    let line = text[p.start..p.end].trim_start();
    if let Some(rest) = line.strip_prefix("((") {
        let (label, _) = rest.split_once("))")?;
        return Some((label.trim().to_string(), Mark::Parens));
    }
    let (label, rest) = line.split_once(':')?;
    let words: Vec<&str> = label.split_whitespace().collect();
    let name_like = !words.is_empty()
        && words.len() <= MAX_LABEL_WORDS
        && !words.iter().any(|w| NOT_SPEAKERS.contains(w))
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
        });
    // One word is a label in capitals ("LEE:", "NG:"); "Okafor:" only
    // where it opens more than one paragraph (see `turns`), not
    // "Yesterday:".
    let one_word_ok = words.len() != 1 || words[0].chars().all(|c| !c.is_lowercase());
    // "Ann Lee: I think": a label is followed by the answer, not by nothing.
    let mark = if one_word_ok {
        Mark::Colon
    } else {
        Mark::RepeatedColon
    };
    (name_like && !rest.trim().is_empty()).then(|| (label.trim().to_string(), mark))
}

/// What a label says about who speaks.
fn classify(label: &str, named: &[Vec<String>]) -> Turn {
    const INTERVIEWERS: &[&str] = &["Q", "Question", "Wikinews", "Interviewer", "Reporter"];
    let words: Vec<String> = label.split_whitespace().map(str::to_string).collect();
    if words.is_empty() || INTERVIEWERS.contains(&words[0].as_str()) {
        return Turn::Interviewer;
    }
    if words.len() == 1 && is_initials(&words[0]) {
        // Initials stand for a person a label named in full; otherwise an
        // abbreviation ("WN", "WSS") is the publication asking.
        return named
            .iter()
            .find(|n| initials(n) == words[0].replace('.', ""))
            .map_or(Turn::Interviewer, |n| Turn::Interviewee(n.clone()));
    }
    if words.len() == 1 && words[0].chars().all(|c| !c.is_lowercase()) {
        // "LEE:" in a transcript: a surname in capitals.
        let mut w = words[0].to_lowercase();
        if let Some(first) = w.get(..1).map(str::to_uppercase) {
            w.replace_range(..1, &first);
        }
        return Turn::Interviewee(vec![w]);
    }
    Turn::Interviewee(words)
}

fn is_initials(w: &str) -> bool {
    let letters: Vec<char> = w.chars().filter(|c| *c != '.').collect();
    (2..=4).contains(&letters.len()) && letters.iter().all(|c| c.is_uppercase())
}

fn initials(name: &[String]) -> String {
    name.iter().filter_map(|w| w.chars().next()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Turn {
        Turn::Interviewee(s.split(' ').map(str::to_string).collect())
    }

    #[test]
    fn labels_name_the_speaker_of_their_paragraph_and_the_ones_after() {
        let text = "Wikinews spoke with a scientist.\n\n((WN)) Why penguins?\n\n((Ann Lee)) I have always loved them.\n\nThey are \"the best birds\", I said.\n\n((WN)) Thanks.";
        let doc = Document::new(text);
        assert_eq!(
            turns(&doc),
            [
                Turn::Narrative,
                Turn::Interviewer,
                words("Ann Lee"),
                words("Ann Lee"),
                Turn::Interviewer
            ]
        );
    }

    #[test]
    fn a_name_and_a_colon_and_initials_are_labels_too() {
        let text = "Intro.\n\nQ: Why?\n\nNatalie Gomez: Because.\n\nNG: Yes.\n\nMore narrative.\n\nWSS: And?";
        let doc = Document::new(text);
        assert_eq!(
            turns(&doc),
            [
                Turn::Narrative,
                Turn::Interviewer,
                words("Natalie Gomez"),
                words("Natalie Gomez"),
                Turn::Narrative,
                Turn::Interviewer
            ]
        );
    }

    #[test]
    fn captions_and_a_lone_colon_label_are_no_turns() {
        let text = "Jo Park Image: Someone.\n\nAnn Lee Image: Another.\n\nUpdate: the vote moved.";
        let doc = Document::new(text);
        assert_eq!(
            turns(&doc),
            [Turn::Narrative, Turn::Narrative, Turn::Narrative]
        );
        let doc = Document::new("Ann Lee: a profile.\n\nShe was born in 1950.");
        assert_eq!(turns(&doc), [Turn::Narrative, Turn::Narrative]);
    }

    #[test]
    fn a_sentence_with_a_colon_is_no_label() {
        let doc = Document::new("The mayor said one thing: no.");
        assert_eq!(turns(&doc), [Turn::Narrative]);
    }
}
