//! An interview printed as questions and answers with no labels at all
//! ("How does it feel to win?" / "Honestly, I am still in shock."), as
//! magazines and broadcasters' sites print edited excerpts. Each answer is
//! the interviewee's words, though no quote mark or label says so.
//!
//! An explainer's question headings ("What happens next?" / "The bill goes
//! to the Senate.") look the same, so the text must say it is an interview,
//! the questions must be put to someone ("you"), and most answers must
//! speak as "I" or "we". Wikinews marks its own interviews "((WN))", and
//! its annotators do not count the answers: such a text is no interview
//! here.

use super::document::Document;

/// The answers of an unlabelled interview.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Interview {
    /// The paragraph of the first question: the prose before it introduces
    /// the interview and names the interviewee.
    pub first_question: usize,
    /// Each answer paragraph, in order.
    pub answers: Vec<usize>,
}

/// Words that say the text is an interview.
const INTERVIEW_CUES: &[&str] = &[
    "interview",
    "spoke to",
    "spoke with",
    "talks to",
    "talked to",
    "excerpts",
    "edited for",
    "conversation with",
];

/// A question is a short paragraph: a longer one ending in "?" is an
/// answer that asks back.
const QUESTION_WORDS: usize = 60;

/// A question put as a statement ("You nearly stopped writing after your
/// last book.") is shorter still.
const STATEMENT_QUESTION_WORDS: usize = 25;

/// The interview's answers, or none when the text is no unlabelled
/// interview.
pub fn interview(doc: &Document) -> Option<Interview> {
    let text_of = |para: usize| doc.text[doc.paras[para].start..doc.paras[para].end].trim();
    // Most texts have no two paragraphs ending in a question mark: they are
    // not read further.
    let asking = (0..doc.paras.len())
        .filter(|&p| text_of(p).ends_with('?'))
        .count();
    if asking < 2 {
        return None;
    }
    if doc
        .paras
        .iter()
        .any(|p| doc.text[p.start..p.end].trim_start().starts_with("(("))
    {
        return None;
    }
    if !says_interview(doc) {
        return None;
    }
    let quoted = doc.paras_with_quotes();
    let is_question = |para: usize| {
        let p = &doc.paras[para];
        let words = text_of(para);
        let count = words.split_whitespace().count();
        !p.noise
            && !quoted[para]
            && !labelled(words)
            && ((words.ends_with('?') && count <= QUESTION_WORDS)
                || (count <= STATEMENT_QUESTION_WORDS
                    && second_person(words)
                    && !first_person(words)))
    };
    let mut first_question = None;
    let mut answers = Vec::new();
    let mut put_to_someone = false;
    let mut answered = 0;
    let mut first_answers_in_first_person = 0;
    let mut para = 0;
    while para < doc.paras.len() {
        if !is_question(para) {
            para += 1;
            continue;
        }
        put_to_someone |= second_person(text_of(para));
        let asked = para;
        para += 1;
        let mut run = Vec::new();
        while para < doc.paras.len() && !is_question(para) {
            let p = &doc.paras[para];
            let words = text_of(para);
            // The first paragraph after a question answers it; more run on
            // only while they speak as "I" or "we" (the reporter's prose
            // comes back after the last answer).
            let answers = !p.noise
                && !opens_with_quote_mark(words)
                && !labelled(words)
                && words.split_whitespace().nth(1).is_some()
                && (run.is_empty() || speaks_as_i(doc, para));
            if !answers {
                break;
            }
            run.push(para);
            para += 1;
        }
        if let Some(&first) = run.first() {
            first_question.get_or_insert(asked);
            answered += 1;
            first_answers_in_first_person += usize::from(speaks_as_i(doc, first));
            answers.extend(run);
        }
    }
    let interview =
        answered >= 2 && put_to_someone && 2 * first_answers_in_first_person >= answered;
    if !interview {
        return None;
    }
    Some(Interview {
        first_question: first_question?,
        answers,
    })
}

/// Whether the text says it is (or holds) an interview.
pub fn says_interview(doc: &Document) -> bool {
    let lower = doc.text.to_lowercase();
    INTERVIEW_CUES.iter().any(|cue| lower.contains(cue))
}

/// Whether the words open with a quote mark.
pub fn opens_with_quote_mark(words: &str) -> bool {
    words.starts_with(['"', '“', '”', '\'', '‘', '’', '«', '„', '‹'])
}

/// Whether a paragraph opens with a short label and a colon ("Q:", "Ann
/// Lee:"): a transcript's, read by `transcript`.
fn labelled(words: &str) -> bool {
    let head = &words.as_bytes()[..words.len().min(40)];
    head.iter().position(|&b| b == b':').is_some_and(|colon| {
        let label = &words[..colon];
        label.starts_with(char::is_uppercase) && label.split_whitespace().count() <= 4
    })
}

fn lower_words(words: &str) -> impl Iterator<Item = String> + '_ {
    words
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .map(|w| w.replace('’', "'").to_lowercase())
}

/// Whether paragraph `para` speaks as "I" or "we" outside the words it
/// quotes ("Its director calls it \"the best book we have published\"" is
/// the reporter's).
pub fn speaks_as_i(doc: &Document, para: usize) -> bool {
    let p = &doc.paras[para];
    let mut own = String::with_capacity(p.end - p.start);
    let mut from = p.start;
    for q in doc.quotes.iter().filter(|q| q.para == para) {
        own.push_str(&doc.text[from..q.open.max(from)]);
        own.push(' ');
        from = q.close.max(from);
    }
    own.push_str(&doc.text[from.min(p.end)..p.end]);
    first_person(&own)
}

/// Whether words speak as "I" or "we".
pub fn first_person(words: &str) -> bool {
    const FIRST_PERSON: &[&str] = &[
        "i", "i'm", "i've", "i'd", "i'll", "me", "my", "mine", "we", "we're", "we've", "we'd",
        "we'll", "us", "our", "ours",
    ];
    lower_words(words).any(|w| FIRST_PERSON.contains(&w.as_str()))
}

/// Whether words are put to someone ("you", "your").
fn second_person(words: &str) -> bool {
    const SECOND_PERSON: &[&str] = &["you", "your", "you're", "you've", "you'd", "yours"];
    lower_words(words).any(|w| SECOND_PERSON.contains(&w.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const INTERVIEW: &str = "Soil scientist wins prize\n\nDr Ann Lee, a soil scientist, won the prize on Monday. We spoke to her the morning after.\n\nHow does it feel to win?\n\nHonestly, I am still in shock.\n\nWhat will you do with the money?\n\nIt will go to training farmers.\n\nWe start in Uganda.\n\nThe prize's chair, Tom Park, praised her work.";

    #[test]
    fn answers_to_questions_put_to_someone_are_the_interviews() {
        let doc = Document::new(INTERVIEW);
        let found = interview(&doc).expect("an interview");
        assert_eq!(found.first_question, 2);
        let answers: Vec<&str> = found
            .answers
            .iter()
            .map(|&p| &INTERVIEW[doc.paras[p].start..doc.paras[p].end])
            .collect();
        // The reporter's prose after the last answer is no answer.
        assert_eq!(
            answers,
            [
                "Honestly, I am still in shock.",
                "It will go to training farmers.",
                "We start in Uganda."
            ]
        );
    }

    #[test]
    fn an_explainer_a_wiki_interview_and_a_text_that_names_no_interview_are_none() {
        let explainer = "Budget explained\n\nThe interview process for the post closed.\n\nWhat happens next?\n\nThe bill goes to the Senate.\n\nWhen will it pass?\n\nThe Senate votes in May.";
        assert_eq!(interview(&Document::new(explainer)), None);
        let wiki = INTERVIEW.replace("How does it feel", "((WN)) How does it feel");
        assert_eq!(interview(&Document::new(&wiki)), None);
        let no_cue = INTERVIEW.replace("We spoke to her", "She was tired");
        assert_eq!(interview(&Document::new(&no_cue)), None);
    }

    #[test]
    fn a_question_put_as_a_statement_is_a_question() {
        let text = "Novelist\n\nThe novelist talks to us about her book.\n\nIs it personal?\n\nYes, though I resisted it.\n\nYou nearly stopped writing after your last book.\n\nI did. I took a job teaching.\n\nWhat are you reading?\n\nI'm rereading an old novel.";
        let doc = Document::new(text);
        let found = interview(&doc).expect("an interview");
        assert_eq!(found.answers, [3, 5, 7]);
    }
}
