//! Cues: a reporting verb ("said", "told", "added"...) or "according to", with
//! the subject it attributes to, written before ("Ann Lee said") or after
//! ("said Ann Lee") the verb.

use super::audience;
use super::description_tail;
use super::document::Document;
use super::entities;
use super::lexicon::{self, FastSet, Gender};
use super::mentions::{self, strip_possessive};
use super::tokens::{is_capitalized, looks_like_participle};
use std::sync::LazyLock;

/// Who a cue attributes the words to, as written.
#[derive(Debug, Clone, PartialEq)]
pub enum Subject {
    /// A name, with a role written next to it.
    Name {
        words: Vec<String>,
        role: Option<String>,
        gender: Gender,
    },
    Pronoun(Gender),
    /// "they": a group or body already speaking.
    Plural,
    /// "The statement read", "the summary of the ruling said": a writing,
    /// whose words are those of who issued it.
    Writing,
    /// A description ("the Israeli PM", "a campaign spokesman").
    Description(Vec<String>),
    /// "I said": in an interview's answer, the one answering.
    FirstPerson,
}

impl Subject {
    /// The person or body a name as written names, with the title written
    /// before it as their role.
    fn named(m: mentions::NameMention) -> Subject {
        Subject::Name {
            words: m.name,
            role: m.role,
            gender: m.gender,
        }
    }
}

/// One reporting cue with its subject.
#[derive(Debug, Clone, PartialEq)]
pub struct Cue {
    /// The token of the verb (or of "according").
    pub verb: usize,
    pub at: usize,
    pub sentence: usize,
    pub para: usize,
    pub cue: String,
    pub subject: Subject,
    /// The subject as written.
    pub mention: String,
    /// Token range of the subject.
    pub subject_span: (usize, usize),
    /// A role written beside the subject in an apposition.
    pub apposition: Option<String>,
    /// A sentence after the words that says whose they were ("That was
    /// Ann Lee's verdict."): it speaks for the quote right before it, also
    /// across a paragraph break.
    pub looks_back: bool,
}

/// Modal verbs, which may stand between a subject and its verb.
const MODALS: &[&str] = &[
    "will", "would", "can", "could", "may", "might", "should", "must",
];
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "another", "one", "two", "three", "several", "some", "many", "his", "her",
    "their", "its", "this", "that", "these", "those", "other", "The", "A", "An", "Another", "One",
    "Two", "Several", "Some", "Many", "His", "Her", "Their", "Its", "This",
];
/// [`DETERMINERS`] as a set: the passes ask it of many words, where
/// reading the list compared a word with each entry.
static DETERMINER_SET: LazyLock<FastSet<&str>> =
    LazyLock::new(|| DETERMINERS.iter().copied().collect());

/// Whether `w` is one of [`DETERMINERS`].
fn is_determiner(w: &str) -> bool {
    DETERMINER_SET.contains(w)
}

const AUXILIARIES: &[&str] = &[
    "has",
    "had",
    "have",
    "would",
    "will",
    "also",
    "then",
    "later",
    "again",
    "once",
    "just",
    "did",
    "does",
    "do",
    "not",
    "never",
    "still",
    "even",
    "now",
    "first",
    "further",
    "too",
    "previously",
    "recently",
    "reportedly",
    "repeatedly",
    "often",
    "always",
    "may",
    "might",
    "could",
    "should",
    "can",
    "must",
    "is",
    "was",
    "were",
    "are",
    "being",
    "been",
    "be",
    "went",
    "on",
    "instead",
    "thus",
    "soon",
    "already",
    "since",
    "however",
    "simply",
];

/// A sketch of [`AUXILIARIES`]: the walk back from a verb to its subject
/// asks it of every word, and one bit turns away most of them before the
/// list is read through.
static AUXILIARY_SET: LazyLock<lexicon::Sketched<FastSet<&str>>> =
    LazyLock::new(|| lexicon::sketch_set(AUXILIARIES.iter().copied().collect()));

fn is_adverb(w: &str) -> bool {
    (AUXILIARY_SET.may_hold(w) && AUXILIARY_SET.contains(w)) || is_ly_adverb(w)
}

/// An adverb in "-ly" ("later", no; "quickly", yes), not a noun that ends
/// so ("his family said", "the assembly said").
fn is_ly_adverb(w: &str) -> bool {
    const LY_NOUNS: &[&str] = &["family", "assembly", "ally", "rally", "supply", "reply"];
    w.len() > 4 && w.ends_with("ly") && w.chars().all(char::is_lowercase) && !LY_NOUNS.contains(&w)
}

/// Every cue of the article, in text order.
pub fn cues(doc: &Document) -> Vec<Cue> {
    let mut out = Vec::new();
    // The words outside quotes, listed first: stepping over every token in
    // the loop below kept a dozen pointers into the document's vectors
    // moving in step, more work per token than most tokens' tests.
    let words_outside_quotes: Vec<usize> = (0..doc.tokens.len())
        .filter(|&t| doc.tokens[t].is_word && !doc.in_quote(t))
        .collect();
    for t in words_outside_quotes {
        let w = doc.word(t);
        let s = doc.sentence_of[t];
        let sent = doc.sentences[s];
        if doc.paras[sent.para].noise {
            continue;
        }
        if w.eq_ignore_ascii_case("according") && t + 1 < sent.last && doc.word(t + 1) == "to" {
            // "\"…,\" Mabry shouted, according to Castellanos": who passed
            // the words on is no source of them; the cue before is.
            if cue_before_according(doc, t, sent.first) {
                continue;
            }
            if let Some(c) = subject_after(doc, t, t + 2, sent.last)
                .or_else(|| document_by(doc, t, t + 2, sent.last))
            {
                out.push(c);
            }
            continue;
        }
        // "In the words of Ann Lee, \"...\"": the idiom sources words like
        // "according to" does.
        if w == "words"
            && t >= sent.first + 2
            && t + 1 < sent.last
            && doc.word(t - 1) == "the"
            && doc.word(t - 2).eq_ignore_ascii_case("in")
            && doc.word(t + 1) == "of"
        {
            if let Some(c) = subject_after(doc, t, t + 2, sent.last) {
                out.push(c);
            }
            continue;
        }
        // "\"We will win.\" That was the message from Ann Lee": a sentence
        // that names whose the words just quoted were.
        if let Some(c) = message_from(doc, t, sent.first, sent.last) {
            out.push(c);
            continue;
        }
        // "As Ann Lee put it, ...": the idiom reports words like a verb does.
        let put_it = w == "put" && t + 1 < sent.last && doc.word(t + 1) == "it";
        // "\"…,\" she went on.": the words continue; "he went further:"
        // opens more of them.
        let went_on = w == "went"
            && t + 1 < sent.last
            && matches!(doc.word(t + 1), "on" | "further")
            && (t + 2 >= sent.last || !doc.tokens[t + 2].is_word || doc.in_quote(t + 2));
        if went_on {
            if let Some(c) = subject_before(doc, t, sent.first) {
                out.push(c);
            }
            continue;
        }
        // "Said Moss: \"…\"", "Added the mayor, \"…\"": a verb of saying
        // that opens its sentence stands before its subject.
        if mentions::verb_opening_the_words(doc, t) {
            let ends_before_words = |c: &Cue| {
                let after = c.subject_span.1;
                after < sent.last && matches!(doc.word(after), "," | ":")
            };
            if let Some(c) = subject_after(doc, t, t + 1, sent.last).filter(ends_before_words) {
                out.push(c);
            }
            continue;
        }
        if let Some(c) = quotative_like(doc, t, sent.first, sent.last) {
            out.push(c);
            continue;
        }
        if !lexicon::is_reporting_verb(w)
            && !put_it
            && !issues_writing(doc, t, sent.last)
            && !gives_an_account(doc, t, sent.last)
        {
            continue;
        }
        // "said in an emailed statement", "in his reply": after a
        // determiner the word is an adjective or a noun, never the verb ("her"
        // may be an object: "heard her say").
        if t > sent.first
            && matches!(
                doc.word(t - 1),
                "a" | "an" | "the" | "his" | "its" | "their"
            )
        {
            continue;
        }
        // "trade among member states had grown", "the Gulf states have
        // said": "states" before a verb of its own is the noun.
        if w == "states"
            && t + 1 < sent.last
            && matches!(
                doc.word(t + 1),
                "had"
                    | "has"
                    | "have"
                    | "were"
                    | "are"
                    | "will"
                    | "would"
                    | "could"
                    | "should"
                    | "can"
                    | "may"
                    | "must"
                    | "did"
                    | "do"
                    | "to"
                    | "and"
                    | "or"
                    | "of"
                    | "in"
                    | "which"
                    | "who"
                    | "whose"
            )
        {
            continue;
        }
        // "has written." reports the words quoted; "had written a will"
        // reports a writing of its own.
        if w == "written" && t + 1 < sent.last && doc.tokens[t + 1].is_word && !doc.in_quote(t + 1)
        {
            continue;
        }
        if asks_a_deed(doc, t, sent.first, sent.last)
            || writes_a_thing(doc, t, sent.last)
            || names_someone(doc, t, sent.last)
        {
            continue;
        }
        // "her son, who had been admitted", "he was told": in the passive
        // the subject is who the verb happened to, no one who spoke ("was
        // quoted" aside).
        let mut b = t;
        while b > sent.first && is_ly_adverb(doc.word(b - 1)) {
            b -= 1;
        }
        let passive = !w.ends_with("ing")
            && w != "quoted"
            && b > sent.first
            && matches!(
                doc.word(b - 1),
                "was" | "were" | "been" | "being" | "is" | "are" | "be" | "am"
            );
        if passive {
            continue;
        }
        let found = named_before_long_post(doc, t, sent.first)
            .or_else(|| subject_before(doc, t, sent.first))
            .or_else(|| {
                // Only a finite verb: ", arguing that ..." hangs on the clause.
                let after_comma = t > sent.first
                    && doc.word(t - 1) == ","
                    && !w.ends_with("ing")
                    && t + 1 < sent.last
                    && doc.word(t + 1) != "that";
                // "… \"Benches Apart\", later told the Observer": whom one
                // tells is never the subject.
                // ("\"…?\" asked one woman" is inverted.)
                let takes_object = matches!(w, "told" | "tells");
                if inverted(doc, t, sent.first) && !takes_object {
                    return subject_after(doc, t, t + 1, sent.last);
                }
                // "..., said Derek Vale." or "..., said Derek Vale, a scholar":
                // the subject ends the clause. "..., called Omar a \"terrorist\""
                // has an object after the name: a verb of a list, not inverted.
                let ends_clause = |c: &Cue| {
                    let after = c.subject_span.1;
                    after >= sent.last || matches!(doc.word(after), "," | "." | ";" | ":" | "—")
                };
                after_comma
                    .then(|| subject_after(doc, t, t + 1, sent.last))?
                    .filter(ends_clause)
            });
        if let Some(c) = found.and_then(|c| demonym_as_group(doc, c)) {
            out.push(c);
        }
    }
    out
}

/// "Hrubes gave a long and emotional account of the ordeal", "the minister
/// made a statement", "she delivered a speech": giving or making an account,
/// a statement, a speech reports words as "said" does. Token `t` is the verb;
/// the noun follows within a few lower-case words.
fn gives_an_account(doc: &Document, t: usize, hi: usize) -> bool {
    const SPOKEN: &[&str] = &[
        "account",
        "statement",
        "speech",
        "address",
        "interview",
        "testimony",
        "evidence",
        "description",
        "explanation",
        "briefing",
        "remarks",
        "comments",
        // "… made the remark during the debate", "made the prediction to
        // strikers", "gave that warning": one thing said, named after it.
        "remark",
        "comment",
        "prediction",
        "observation",
        "admission",
        "pledge",
        "appeal",
        "plea",
        "warning",
        "announcement",
        "eulogy",
        "sermon",
        "lecture",
    ];
    /// "gave a long and at times emotional account": the noun is this near.
    const REACH: usize = 7;
    let gives = matches!(
        doc.word(t),
        "gave" | "gives" | "give" | "giving" | "made" | "makes" | "delivered" | "delivers"
    );
    gives
        && (t + 1..hi.min(t + 1 + REACH))
            .take_while(|&k| {
                doc.tokens[k].is_word && !doc.in_quote(k) && !is_capitalized(doc.word(k))
            })
            .any(|k| SPOKEN.contains(&doc.word(k)))
}

/// "a painter called Tom Brandt": "called" before a name, with no
/// quote after it in its sentence, names someone ("Cole called the
/// governor a \"reckless gambler\"" still reports the words quoted).
fn names_someone(doc: &Document, verb: usize, last: usize) -> bool {
    doc.word(verb) == "called"
        && mentions::run_starting_at(doc, verb + 1, last).is_some()
        && (verb + 1..last).all(|k| !doc.in_quote(k))
}

/// "when she and Mott were writing the wedding scene": writing going on,
/// with a thing for its object, is an activity, no report of the words
/// quoted ("were writing a letter", "was writing in a statement" still
/// report; "writes the Daily Courier" is inverted and reports too).
fn writes_a_thing(doc: &Document, verb: usize, last: usize) -> bool {
    /// The object's noun stands a few words after its determiner.
    const REACH: usize = 5;
    let going_on = verb > 0 && matches!(doc.word(verb - 1), "was" | "were" | "is" | "are");
    if doc.word(verb) != "writing" || !going_on {
        return false;
    }
    let det = verb + 1;
    if det >= last || !matches!(doc.word(det), "the" | "a" | "an" | "his" | "her" | "their") {
        return false;
    }
    // The object runs to the first word that is not part of a noun phrase.
    let object: Vec<usize> = (det + 1..(det + 1 + REACH).min(last))
        .take_while(|&k| doc.tokens[k].is_word && !doc.in_quote(k))
        .collect();
    !object.is_empty() && !object.iter().any(|&k| is_writing(doc.word(k)))
}

/// "Reyes met Kale and asked her to draft a play": a request for
/// a deed, in a sentence that quotes nothing, reports no words, so it is no
/// cue for the quotes of the sentences around it.
fn asks_a_deed(doc: &Document, verb: usize, first: usize, last: usize) -> bool {
    if !matches!(doc.word(verb), "asked" | "urged") {
        return false;
    }
    let quotes_nothing = (first..last).all(|t| !doc.in_quote(t));
    let object_end = match doc.word(verb + 1) {
        "her" | "him" | "them" | "me" | "us" | "you" => Some(verb + 2),
        _ => mentions::run_starting_at(doc, verb + 1, last).map(|(_, b)| b),
    };
    let to_a_verb = object_end.is_some_and(|k| {
        k + 1 < last
            && doc.word(k) == "to"
            && doc.tokens[k + 1].is_word
            && !is_capitalized(doc.word(k + 1))
            && !is_determiner(doc.word(k + 1))
    });
    quotes_nothing && to_a_verb
}

/// "That was the message from Ann Lee", "Those were the words of the
/// mayor": token `t` is the noun for the words, in a sentence that opens by
/// pointing back at them; its source follows "from" or "of".
///
/// Also "That was Ann Lee's verdict", "That is how Ann Lee summed it up"
/// and "The question came from Ann Lee".
fn message_from(doc: &Document, t: usize, lo: usize, hi: usize) -> Option<Cue> {
    const WORDS_NOUNS: &[&str] = &[
        "message",
        "words",
        "verdict",
        "warning",
        "view",
        "assessment",
        "answer",
        "reply",
        "response",
        "take",
        "question",
        "comment",
        "remark",
        "observation",
        "plea",
    ];
    /// Verbs after "That is how Ann Lee" that say she worded it.
    const WORDED: &[&str] = &[
        "summed",
        "put",
        "described",
        "explained",
        "characterized",
        "characterised",
        "summarized",
        "summarised",
    ];
    let opens_pointing_back = t >= lo + 2
        && matches!(doc.word(lo), "That" | "This" | "Those" | "Such")
        && matches!(doc.word(lo + 1), "was" | "is" | "were" | "are");
    let looking_back = |c: Option<Cue>| {
        c.map(|mut c| {
            c.looks_back = true;
            c
        })
    };
    let w = doc.word(t);
    // "The question came from Ann Lee".
    if w == "came"
        && t + 2 < hi
        && doc.word(t + 1) == "from"
        && t == lo + 2
        && matches!(doc.word(lo), "The" | "That" | "This")
        && WORDS_NOUNS.contains(&doc.word(lo + 1))
    {
        return looking_back(subject_after(doc, t, t + 2, hi));
    }
    // "That is how Ann Lee summed it up".
    if w == "how" && t == lo + 2 && opens_pointing_back {
        let (a, b) = mentions::run_starting_at(doc, t + 1, hi)?;
        // "That is how Dewi Sari, who directs the group, summed it up":
        // a clause set off by commas may stand before the verb.
        let verb = if b < hi && doc.word(b) == "," {
            (b + 1..hi)
                .find(|&k| WORDED.contains(&doc.word(k)))
                .filter(|&k| doc.word(k - 1) == ",")
        } else {
            Some(b).filter(|&k| k < hi && WORDED.contains(&doc.word(k)))
        }?;
        let m = mentions::parse_run(doc, a, b)?;
        return looking_back(Some(cue_at(doc, verb, Subject::named(m), (a, b), None)));
    }
    // "\"Nobody came for the coffee.\" That is Ruth Okafor, who runs the
    // bakery": a full name right after the pointing words, closing its
    // clause.
    if t == lo + 2 && opens_pointing_back && is_capitalized(w) {
        let (a, b) = mentions::run_starting_at(doc, t, hi)?;
        let closes = b == hi || matches!(doc.word(b), "," | "." | ";");
        let m =
            mentions::parse_run(doc, a, b).filter(|m| closes && looks_like_a_person(&m.name))?;
        let app = mentions::apposition_role(doc, b, hi);
        return looking_back(Some(cue_at(doc, t - 1, Subject::named(m), (a, b), app)));
    }
    // (The cheap test first: asked of every word outside quotes.)
    if !opens_pointing_back || !WORDS_NOUNS.contains(&w) {
        return None;
    }
    // "That was Ann Lee's verdict".
    if t >= lo + 3 && t - lo <= 7 && mentions::is_possessive(doc.word(t - 1)) {
        let (a, b) = mentions::run_ending_at(doc, t - 1, lo + 2)?;
        let m = mentions::parse_run(doc, a, b)?;
        return looking_back(Some(cue_at(doc, t, Subject::named(m), (a, b), None)));
    }
    if t + 2 >= hi || !matches!(doc.word(t + 1), "from" | "of") || t - lo > 4 || t < lo + 3 {
        return None;
    }
    if let Some((a, b, m)) = name_set_off_after_description(doc, t + 2, hi) {
        return looking_back(Some(cue_at(doc, t, Subject::named(m), (a, b), None)));
    }
    looking_back(subject_after(doc, t, t + 2, hi))
}

/// "the jury president, the French actress Hélène Marchetti-Laurent, at
/// …" (from token `from`): a description in lower case, then a person's
/// full name set off after its comma, perhaps after more of the
/// description. The name's token run and mention.
fn name_set_off_after_description(
    doc: &Document,
    from: usize,
    hi: usize,
) -> Option<(usize, usize, mentions::NameMention)> {
    /// "the jury president", "the head of the panel".
    const DESCRIPTION_TOKENS: usize = 6;
    /// "the French actress": words before the name after the comma.
    const BEFORE_NAME: usize = 4;
    if !matches!(doc.word(from), "the" | "a" | "an") {
        return None;
    }
    let comma = (from + 1..hi.min(from + DESCRIPTION_TOKENS))
        .take_while(|&k| doc.tokens[k].is_word || doc.word(k) == ",")
        .find(|&k| doc.word(k) == ",")?;
    if (from + 1..comma).any(|k| is_capitalized(doc.word(k))) {
        return None;
    }
    (comma + 1..hi.min(comma + 1 + BEFORE_NAME)).find_map(|k| {
        let (a, b) = mentions::run_starting_at(doc, k, hi)?;
        let m = mentions::parse_run(doc, a, b)?;
        let closes = b == hi || matches!(doc.word(b), "," | "." | ";");
        (m.name.len() >= 2 && closes && looks_like_a_person(&m.name)).then_some((a, b, m))
    })
}

/// "the Syrian claims": a nation's adjective alone is no one speaking; its
/// people ("many Mexicans say") are a group, as "some people" are.
fn demonym_as_group(doc: &Document, mut c: Cue) -> Option<Cue> {
    let Subject::Name { words, .. } = &c.subject else {
        return Some(c);
    };
    if !mentions::is_lone_demonym(words) {
        return Some(c);
    }
    let plural = words[0].ends_with('s') && !lexicon::is_demonym(&words[0]);
    let (a, b) = c.subject_span;
    let lo = doc.sentences[c.sentence].first;
    // "one Republican warned", "the 67-year-old Democrat said": a party's
    // member is someone, described. ("many Democrat claims" is no one: a
    // singular after "many" qualifies the noun after it.)
    let singular_before = |k: usize| {
        k > lo
            && matches!(
                doc.word(k - 1).to_lowercase().as_str(),
                "a" | "an" | "one" | "the" | "another" | "each" | "every" | "this" | "that"
            )
    };
    let member = lexicon::is_party_member(&words[0])
        && (singular_before(a)
            || (a > lo && lexicon::is_age_epithet(doc.word(a - 1)) && singular_before(a - 1)));
    if !plural && !member {
        return None;
    }
    let quantified = a > lo && opens_group(doc.word(a - 1));
    let a = if quantified { a - 1 } else { a };
    c.subject = description(doc, a, b);
    c.subject_span = (a, b);
    c.mention = doc.text[doc.tokens[a].start..doc.tokens[b - 1].end].to_string();
    Some(c)
}

/// Whether "according" at token `t` follows, after a comma, a reporting
/// verb that itself follows a quote in its clause ("\"…,\" Mabry shouted,
/// according to …", "\"…,\" she told her, according to …").
fn cue_before_according(doc: &Document, t: usize, first: usize) -> bool {
    /// "the nurse told her": the subject, the verb and an object.
    const CLAUSE_TOKENS: usize = 8;
    if t < first + 2 || doc.word(t - 1) != "," {
        return false;
    }
    let mut k = t - 1;
    let mut verb = false;
    while k > first && t - k <= CLAUSE_TOKENS {
        k -= 1;
        if doc.in_quote(k) {
            return verb;
        }
        if !doc.tokens[k].is_word && doc.word(k) != "," {
            return false;
        }
        verb |= lexicon::is_reporting_verb(doc.word(k));
    }
    false
}

/// Spoken English reports words with "like": "she's like \"pray more\"",
/// "I was like: \"No\"", "some people went like \"...\"". Token `t` is
/// "like", after a form of "be" or "go", right before the quote (a colon or
/// comma may stand between).
fn quotative_like(doc: &Document, t: usize, lo: usize, hi: usize) -> Option<Cue> {
    const CONTRACTED: &[(&str, &str)] = &[
        ("she's", "she"),
        ("she’s", "she"),
        ("he's", "he"),
        ("he’s", "he"),
        ("I'm", "I"),
        ("I’m", "I"),
        ("they're", "they"),
        ("they’re", "they"),
    ];
    if doc.word(t) != "like" || t == lo || t + 1 >= hi {
        return None;
    }
    let mut next = t + 1;
    if matches!(doc.word(next), ":" | ",") && next + 1 < hi {
        next += 1;
    }
    if !doc.in_quote(next) {
        return None;
    }
    let before = doc.word(t - 1);
    if let Some(&(_, pronoun)) = CONTRACTED.iter().find(|(c, _)| *c == before) {
        let subject = match pronoun {
            "I" => Subject::FirstPerson,
            "they" => Subject::Plural,
            p => Subject::Pronoun(lexicon::pronoun(p)?),
        };
        return Some(cue_at(doc, t, subject, (t - 1, t), None));
    }
    if !matches!(
        before,
        "was" | "were" | "is" | "am" | "are" | "went" | "goes" | "go"
    ) {
        return None;
    }
    // "she was like": the subject of the form of "be" or "go".
    let subject =
        subject_before(doc, t - 1, lo).map(|c| cue_at(doc, t, c.subject, c.subject_span, None));
    subject.or_else(|| {
        // "Some people went like": a determiner and a noun or two. A modal
        // ("the right wing will go like") or a relative pronoun ("friends
        // who are like") stands between the noun and the verb.
        let mut end = t - 1;
        if end > lo + 1 && MODALS.contains(&doc.word(end - 1)) {
            end -= 1;
        }
        if end > lo + 1 && matches!(doc.word(end - 1), "who" | "that") {
            end -= 1;
        }
        let a = (end.saturating_sub(4).max(lo)..end)
            .find(|&k| is_determiner(doc.word(k)))
            // "people are like": a group noun alone.
            .or_else(|| {
                (end > lo)
                    .then(|| group_subject(doc, end - 1, lo))
                    .flatten()
            })?;
        let group = a + 1 == end && group_subject(doc, a, lo).is_some();
        let plain = (a + 1..end).all(|k| doc.tokens[k].is_word && !doc.in_quote(k));
        (plain && (a + 1 < end || group)).then(|| described_cue(doc, t, (a, end), None))
    })
}

/// "…," said X: nothing but punctuation, a quote or adverbs between the
/// sentence start (or a quote) and the verb. (A verb right after a comma
/// with no subject before it is inverted too: "\"...\" announced in
/// October, said Derek Lee".)
fn inverted(doc: &Document, verb: usize, lo: usize) -> bool {
    let mut i = verb;
    while i > lo {
        i -= 1;
        if doc.in_quote(i) {
            return true;
        }
        let w = doc.word(i);
        if matches!(w, "," | "—" | "–" | ":") || is_adverb(w) {
            continue;
        }
        return false;
    }
    true
}

fn cue_at(
    doc: &Document,
    verb: usize,
    subject: Subject,
    span: (usize, usize),
    apposition: Option<String>,
) -> Cue {
    let s = doc.sentence_of[verb];
    let mention = doc.text[doc.tokens[span.0].start..doc.tokens[span.1 - 1].end].to_string();
    let cue = if doc.word(verb).eq_ignore_ascii_case("according") {
        "according to".to_string()
    } else if doc.word(verb) == "words" {
        "in the words of".to_string()
    } else {
        doc.word(verb).to_string()
    };
    Cue {
        verb,
        at: doc.tokens[verb].start,
        sentence: s,
        para: doc.sentences[s].para,
        cue,
        subject,
        mention: strip_possessive(&mention).to_string(),
        subject_span: span,
        apposition,
        looks_back: false,
    }
}

/// The token before "was quoted" (or "is", "were", "has been quoted"),
/// within a few words back from `from`, which is the last word before "as
/// saying".
fn passive_quoted(doc: &Document, from: usize, lo: usize) -> Option<usize> {
    let quoted = (lo + 2..=from)
        .rev()
        .take(8)
        .take_while(|&k| !doc.in_quote(k))
        .find(|&k| doc.word(k) == "quoted")?;
    matches!(
        doc.word(quoted - 1),
        "was" | "is" | "were" | "are" | "been" | "being"
    )
    .then(|| {
        let aux = quoted - 1;
        // "has been quoted": step over "has" too.
        if doc.word(aux) == "been" && matches!(doc.word(aux - 1), "has" | "have" | "had") {
            aux - 2
        } else {
            aux - 1
        }
    })
}

/// Before "to say" (ending at token `v`, the word before "to"), the
/// idioms in which the subject did say it: "went as far as to say", "went
/// so far as to say", "had this to say", "was quick to say". Returns the
/// token before the idiom, where its subject ends; "declined to say" and
/// "wanted to say" are none of these.
fn said_outright(doc: &Document, v: usize, lo: usize) -> Option<usize> {
    const READY: &[&str] = &[
        "quick", "careful", "keen", "eager", "happy", "first", "swift", "glad",
    ];
    // The word `back` tokens before `v`, or "" before the sentence.
    let word = |back: usize| {
        v.checked_sub(back)
            .filter(|&k| k > lo)
            .map_or("", |k| doc.word(k))
    };
    let goes = |w: &str| matches!(w, "went" | "go" | "goes" | "going" | "gone");
    // "went as far as to", "went so far as to"; also "went as far to".
    if word(0) == "as" && word(1) == "far" && matches!(word(2), "so" | "as") && goes(word(3)) {
        return Some(v - 4);
    }
    if word(0) == "far" && matches!(word(1), "so" | "as") && goes(word(2)) {
        return Some(v - 3);
    }
    if word(0) == "this" && matches!(word(1), "had" | "has" | "have") {
        return Some(v - 2);
    }
    if READY.contains(&word(0)) && matches!(word(1), "was" | "were" | "is" | "are") {
        return Some(v - 2);
    }
    None
}

fn subject_before(doc: &Document, verb: usize, lo: usize) -> Option<Cue> {
    if verb == lo {
        return None;
    }
    let mut i = verb - 1;
    while i > lo && is_adverb(doc.word(i)) && !doc.in_quote(i) {
        i -= 1;
    }
    // "Whitcombe, who last month told Fox News", "Lee on Monday told": a
    // time between the subject and its verb.
    if i > lo + 1 && !doc.in_quote(i) {
        let last_period = matches!(doc.word(i), "month" | "week" | "year" | "night")
            && matches!(doc.word(i - 1), "last" | "this");
        let on_day = super::time::weekday(doc.word(i)).is_some() && doc.word(i - 1) == "on";
        if last_period || on_day {
            i -= 2;
        }
    }
    // "people started to say", "she went on to say": the subject of the
    // verb the infinitive hangs on.
    if doc.word(i) == "to" && i > lo + 1 {
        let v = i - 1;
        let phase = matches!(
            doc.word(v),
            "started" | "began" | "begun" | "continued" | "proceeded" | "used" | "tried"
        );
        let went_on = doc.word(v) == "on" && v > lo + 1 && doc.word(v - 1) == "went";
        if phase {
            i = v - 1;
        } else if went_on {
            i = v - 2;
        } else if let Some(k) = said_outright(doc, v, lo) {
            i = k;
        }
        while i > lo && is_adverb(doc.word(i)) && !doc.in_quote(i) {
            i -= 1;
        }
    }
    // "one of the managers present said", "the officer involved said": a
    // word after a post that places its holder is no subject of its own.
    if i > lo
        && matches!(doc.word(i), "present" | "there" | "involved" | "nearby")
        && !is_capitalized(doc.word(i - 1))
        && (lexicon::is_role_noun(doc.word(i - 1)) || is_plural_role(doc.word(i - 1)))
    {
        i -= 1;
    }
    // "Paganini and his team wrote": the one named leads the group.
    if i > lo + 2
        && matches!(
            doc.word(i),
            "team" | "colleagues" | "co-authors" | "coauthors" | "collaborators" | "staff"
        )
        && matches!(doc.word(i - 1), "his" | "her" | "their")
        && doc.word(i - 2) == "and"
    {
        i -= 3;
    }
    // "Duda called it \"crushing\" and wrote \"...\"": a verb coordinated
    // with an earlier one shares its subject, the sentence's.
    if matches!(doc.word(i), "and" | "but") && i > lo {
        return coordinated_subject(doc, verb, lo);
    }
    // "The paper quoted Tim Manning as saying": the one quoted is the subject.
    let quoted_as = doc.word(i) == "as" && doc.word(verb).ends_with("ing") && i > lo;
    if quoted_as {
        i -= 1;
        // "Webb was quoted in a statement as saying": in the passive, the
        // one quoted stands before "was quoted".
        if let Some(q) = passive_quoted(doc, i, lo) {
            i = q;
        }
    }
    if doc.in_quote(i) {
        return None;
    }
    // "Ann Lee, in opening the session, said", "Lee in answering the
    // question said": the participle phrase between the name and the verb
    // is no subject.
    if !quoted_as {
        if let Some(k) = participle_phrase_start(doc, i, lo) {
            i = k - 1;
            if doc.word(i) == "," && i > lo {
                i -= 1;
            }
        }
    }
    // "Lee expressed a similar view, saying ...": a participle after a comma
    // reports the words of its clause's subject.
    if doc.word(i) == "," && doc.word(verb).ends_with("ing") && !quoted_as {
        if let Some(cue) = clause_subject(doc, verb, lo, i) {
            return Some(cue);
        }
    }
    if doc.word(i) == ")" {
        // "Rep. Ann Lee (D-Ohio) said": the party and state are no subject.
        let mut j = i;
        while j > lo && i - j < 8 && doc.word(j) != "(" {
            j -= 1;
        }
        if doc.word(j) != "(" || j == lo {
            return None;
        }
        i = j - 1;
    }
    // "Tara Quill's mother Helen, says": a lone comma between the
    // sentence's only name and its verb is a slip, no apposition's end.
    // (Only before a verb that reports for sure: "Lewis Pryce, described
    // by the judge as …" is the judge's description.)
    let stray_comma = doc.word(i) == ","
        && matches!(
            doc.word(verb),
            "says" | "said" | "tells" | "told" | "adds" | "added"
        )
        && i > lo
        && !(lo..i).any(|k| doc.word(k) == "," || doc.in_quote(k))
        && mentions::run_ending_at(doc, i - 1, lo).is_some_and(|(_, b)| b == i);
    if stray_comma {
        i -= 1;
    }
    let mut apposition = None;
    if doc.word(i) == "," {
        // "X, the director of Y, said": skip back over the apposition.
        let close = i;
        let mut j = i;
        let found = loop {
            if j == lo || close - j > 30 {
                break None;
            }
            j -= 1;
            if doc.in_quote(j) {
                break None;
            }
            if doc.word(j) == "," {
                break Some(j);
            }
        };
        let mut j = found?;
        // "Dunmore, 27, who has scored 84 goals …, wrote": an age set off
        // before the clause is part of what is set off after the name.
        while j >= lo + 2
            && doc.word(j - 2) == ","
            && doc.word(j - 1).bytes().all(|b| b.is_ascii_digit())
        {
            j -= 2;
        }
        if j == lo {
            return None;
        }
        // "Another resident, who gave only her first name, Maria, said":
        // the name set off is the one the source described before gave.
        if let Some(cue) = described_giving_a_name(doc, verb, lo, j) {
            return Some(cue);
        }
        // "Ann Lee, the mayor of Hill, one of the towns suing, said": an
        // apposition may hold commas; reach back to the nearest comma that
        // follows a full name, if any.
        // "Speaking to Agence France-Presse, the president, Ann Lee, said":
        // a name after a preposition is the object of its phrase.
        const OBJECT_OF: &[&str] = &[
            "to", "with", "on", "at", "in", "from", "for", "by", "of", "about",
        ];
        // "Prince Edmund, the younger brother of the heir, Frederick, has
        // told": a title and one name are a person's full name too.
        let full_before = |c: usize| {
            c > lo
                && mentions::run_ending_at(doc, c - 1, lo)
                    .filter(|&(a, _)| {
                        // "to the Kestrel Courier": the article may stand
                        // between.
                        if a == lo {
                            return true;
                        }
                        let the = a > lo + 1 && matches!(doc.word(a - 1), "the" | "The");
                        let p = if the { a - 2 } else { a - 1 };
                        // "In Cerro Colorado, one resident, …": also as
                        // the sentence opens.
                        let object_of = OBJECT_OF
                            .iter()
                            .any(|o| o.eq_ignore_ascii_case(doc.word(p)));
                        !(object_of || kind_of_body_before(doc, a, lo))
                    })
                    .and_then(|(a, b)| Some((a, mentions::parse_run(doc, a, b)?)))
                    .is_some_and(|(a, m)| {
                        looks_like_a_person(&m.name)
                            || m.name.len() == 1 && lexicon::title(doc.word(a)).is_some()
                    })
        };
        // "Ann Lee, director of the group Privacy Commons, which first
        // raised concerns, said": a "which" clause is set off after a body,
        // never after who speaks.
        let after_body = doc.word(j + 1) == "which";
        if after_body || !full_before(j) {
            let mut k = j;
            while k > lo && close - k <= 40 {
                k -= 1;
                if doc.in_quote(k) {
                    break;
                }
                if doc.word(k) == "," && full_before(k) {
                    j = k;
                    break;
                }
            }
        }
        if !full_before(j) {
            if let Some(cue) = name_after_description(doc, verb, lo, j, close) {
                return Some(cue);
            }
        }
        // "the president of the League for Human Rights, Ann Lee, said": a
        // person's full name set off by commas is the subject when what
        // stands before it names no person.
        if let Some(cue) = appositive_name(doc, verb, j, close) {
            let before = j > lo
                && mentions::run_ending_at(doc, j - 1, lo)
                    .and_then(|(a, b)| mentions::parse_run(doc, a, b))
                    .is_some_and(|m| {
                        lexicon::first_name_gender(&m.name[0]) != Gender::Unknown
                            && looks_like_a_person(&m.name)
                    });
            if !before {
                return Some(cue);
            }
        }
        apposition = mentions::apposition_role(doc, j, close + 1);
        i = j - 1;
    }
    let w = doc.word(i);
    // "His family said", "Mr Hale's family said", "The Hale family said": a
    // family speaks as a group, never as the person it is named after.
    if let Some(a) = family_subject(doc, i, lo) {
        return Some(described_cue(doc, verb, (a, i + 1), apposition));
    }
    // "One mother of four in Holmes County, who asked not to be named,
    // said": a place that ends a described source's phrase is no subject.
    let place_run = mentions::run_ending_at(doc, i, lo).filter(|&(a, b)| {
        // "The maritime prefecture for the Channel and North Sea said": the
        // phrase may place its noun by several names, listed.
        let mut a = a;
        while a > lo + 2 && matches!(doc.word(a - 1), "and" | ",") {
            match mentions::run_ending_at(doc, a - 2, lo) {
                Some((first, end)) if end == a - 1 => a = first,
                _ => break,
            }
        }
        if a <= lo {
            return false;
        }
        // "the envoy to the United Nations", "a source within the Interior
        // Ministry", "the agency for the North Sea": the article before the
        // body or place.
        let before = if a > lo + 1
            && doc.word(a - 1) == "the"
            && matches!(doc.word(a - 2), "to" | "within" | "inside" | "for")
        {
            a - 2
        } else if a > lo + 2
            && doc.word(a - 2) == "the"
            && doc.word(a - 1).bytes().all(|c| c.is_ascii_lowercase())
            && matches!(doc.word(a - 3), "within" | "inside")
        {
            // "a source within the (central) Interior Ministry": the article
            // and a modifier before the body.
            a - 3
        } else {
            a - 1
        };
        match doc.word(before) {
            "in" | "from" | "at" | "of" | "near" | "within" | "inside" | "for" => true,
            // "the ambassador to Britain said", not "the ambassador to
            // Britain Liu Xiaming said": one word, a place or a body.
            "to" => {
                let words: Vec<String> = (a..b).map(|t| doc.word(t).to_string()).collect();
                // "to the United Nations": no one's name takes "the".
                words.len() == 1
                    || before + 2 == a
                    || lexicon::is_place_name(&words)
                    || words.iter().any(|w| lexicon::is_org_word(w))
            }
            _ => false,
        }
    });
    if let Some((place, _)) = place_run {
        if let Some(a) = described_by_phrase(doc, i, lo) {
            return Some(described_or_named(doc, verb, (a, i + 1), lo, apposition));
        }
        if let Some(cue) = possessor_of_branch(doc, verb, place, lo) {
            return Some(cue);
        }
    }
    if let Some((subject, span)) = body_named_for(doc, i, lo) {
        return Some(cue_at(doc, verb, subject, span, apposition));
    }
    // "Stevie Wonder, who joked of the museum", "the bill's author Ann Lee
    // who said": the name the clause hangs on.
    if w == "who" && i > lo + 1 {
        let end = if doc.word(i - 1) == "," { i - 2 } else { i - 1 };
        // "a navy captain, who said", "residents who say, \"…\"": a
        // described source. Without the comma only right before the words:
        // in "told a young woman who suggested that …", she is spoken to.
        let set_off = doc.word(i - 1) == ",";
        let words_follow = (verb + 1..(verb + 3).min(doc.tokens.len())).any(|k| doc.in_quote(k));
        let described = (set_off || words_follow)
            .then(|| described_antecedent(doc, end, lo))
            .flatten();
        if let Some(a) = described {
            return Some(described_cue(doc, verb, (a, end + 1), apposition));
        }
        // "Dr Ann Lee, the registrar who saw the patient, who said": past
        // an apposition, the name it describes.
        let (a, b) =
            who_antecedent(doc, end, lo).or_else(|| name_before_apposition(doc, end, lo))?;
        let m = mentions::parse_run(doc, a, b)?;
        let subject = Subject::named(m);
        return Some(cue_at(doc, verb, subject, (a, b), apposition));
    }
    // "A man who lives opposite, who did not want to be named, said": a
    // source a defining clause describes.
    if let Some((a, who)) = defined_by_clause(doc, i, lo) {
        // The clause names the source up to its first "and": "a woman who
        // lives on Elm Street and asked not to be named" is "a woman who
        // lives on Elm Street". A long one says more of the source than a
        // name does: "a shop owner who has traded on the street for 31
        // years" is "a shop owner".
        /// Words a short defining clause has after "who".
        const SHORT_CLAUSE: usize = 5;
        let clause_end = (who + 1..=i)
            .find(|&k| matches!(doc.word(k), "and" | ","))
            .unwrap_or(i + 1);
        let end = if clause_end - who - 1 > SHORT_CLAUSE {
            who
        } else {
            clause_end
        };
        let mut cue = described_cue(doc, verb, (a, end), apposition);
        cue.subject_span = (a, i + 1);
        return Some(cue);
    }
    // "Two teachers who came said morale was low. \"...,\" one said",
    // "\"...,\" one of them said": one of the group the text just named.
    if let Some(cue) = one_of_the_group(doc, verb, i, lo) {
        return Some(cue);
    }
    // "The letter, written by Professor Ann Lee, … ¶ It reads, in part:":
    // "it" is the writing the sentence before opened with.
    if matches!(w, "it" | "It") && matches!(doc.word(verb), "reads" | "read" | "states" | "stated")
    {
        if let Some(span) = writing_opening_sentence_before(doc, i) {
            return Some(cue_at(doc, verb, Subject::Writing, span, apposition));
        }
    }
    // "\"...,\" it added": a body speaks as "it", as a group does as "they".
    if matches!(w, "they" | "They" | "it" | "It") {
        return Some(cue_at(doc, verb, Subject::Plural, (i, i + 1), apposition));
    }
    if w == "I" {
        return Some(cue_at(
            doc,
            verb,
            Subject::FirstPerson,
            (i, i + 1),
            apposition,
        ));
    }
    // "he'd say": the pronoun with its "would".
    let w = w
        .strip_suffix("'d")
        .or_else(|| w.strip_suffix("’d"))
        .filter(|p| matches!(*p, "he" | "she" | "He" | "She"))
        .unwrap_or(w);
    // "IRNA quoted him as saying": the one quoted, in the object case.
    let quoted_pronoun = quoted_as && matches!(w, "him" | "her");
    if let Some(g) = lexicon::pronoun(w) {
        if matches!(w, "he" | "she" | "He" | "She") || quoted_pronoun {
            return Some(cue_at(
                doc,
                verb,
                Subject::Pronoun(g),
                (i, i + 1),
                apposition,
            ));
        }
        return None;
    }
    if w.ends_with("’s") || w.ends_with("'s") {
        return None; // "Lee's remarks": a noun, not a verb
    }
    if let Some((a, b)) = mentions::run_ending_at(doc, i, lo) {
        if let Some(cue) = affiliated_person(doc, verb, a, b, lo, apposition.clone()) {
            return Some(cue);
        }
        if let Some(first) = body_of_place(doc, a, lo) {
            let words = (first..b).map(|t| doc.word(t).to_string()).collect();
            let subject = Subject::Name {
                words,
                role: None,
                gender: Gender::Unknown,
            };
            return Some(cue_at(doc, verb, subject, (first, b), apposition));
        }
        // "a spokesman for the Foreign Ministry said", "the government of
        // Utopia said": the person or body the phrase describes speaks, not
        // the place or the organisation named at its end.
        if let Some(first) = described_before_name(doc, a, lo) {
            return Some(described_or_named(doc, verb, (first, b), lo, apposition));
        }
        // "Teachers chanted": a group opening the sentence is capitalised,
        // not named.
        if a == lo && b == a + 1 && is_plural_role(&doc.word(a).to_lowercase()) {
            return Some(described_cue(doc, verb, (a, b), apposition));
        }
        // "the Dutchman said", "the Republican said": a capitalised epithet
        // after "the" stands for someone already named, not a name.
        if let Some(first) = definite_epithet(doc, a, b, lo) {
            return Some(described_cue(doc, verb, (first, b), apposition));
        }
        return Some(match mentions::parse_run(doc, a, b) {
            Some(m) => {
                let role = match m.role.clone() {
                    Some(title) => Some(mentions::with_premodifier(doc, title, a, lo)),
                    None => mentions::premodifier_role(doc, a, lo),
                };
                cue_at(
                    doc,
                    verb,
                    Subject::Name {
                        words: m.name,
                        role,
                        gender: m.gender,
                    },
                    (a, b),
                    apposition,
                )
            }
            None => {
                let a = include_determiner(doc, a, lo);
                described_cue(doc, verb, (a, b), apposition)
            }
        });
    }
    // "The head of the police's investigators said": the head speaks, not
    // the group the phrase ends with. "Some people say": a group with no
    // post speaks as itself.
    if let Some(a) = described_by_phrase(doc, i, lo).or_else(|| group_subject(doc, i, lo)) {
        return Some(described_or_named(doc, verb, (a, i + 1), lo, apposition));
    }
    // "the 26-year-old forward said": an age makes the noun after it an
    // epithet, whatever the noun.
    let aged_noun = i > lo && lexicon::is_age_epithet(doc.word(i - 1));
    let epithet = lexicon::is_age_epithet(w)
        || aged_noun
        || (lexicon::BODY_EPITHETS.contains(&w) && opens_body_phrase(doc, i, lo));
    // A capitalised role noun mid-sentence names something ("the Republican
    // Party"); the description is written in lower case.
    let role_noun = lexicon::is_role_noun(w) && (i == lo || !is_capitalized(w));
    if doc.tokens[i].is_word && (role_noun || is_plural_role(w) || epithet) {
        let mut a = i;
        while a > lo && i - a < 6 {
            let p = a - 1;
            let pw = doc.word(p);
            if !doc.tokens[p].is_word || doc.in_quote(p) {
                // 'The "Pose" actor said': a work's title quoted inside the
                // description, after its determiner.
                if let Some(d) = determiner_before_title(doc, p, lo) {
                    a = d;
                }
                break;
            }
            // "reports that managers told": before a plural, "that" opens
            // the reported clause, no determiner of the group.
            // So does "that" after a verb of saying ("Ekwall said on Friday
            // that member states should stop").
            if pw == "that"
                && (is_plural_role(w)
                    || (lo..p).any(|k| !doc.in_quote(k) && lexicon::is_reporting_verb(doc.word(k))))
            {
                break;
            }
            a = p;
            if is_determiner(pw) || pw.ends_with("’s") || pw.ends_with("'s") {
                // "one of the shift managers said": the one, of the group.
                if pw == "the" && p >= lo + 2 && doc.word(p - 1) == "of" && is_plural_role(w) {
                    let q = doc.word(p - 2).to_lowercase();
                    if matches!(
                        q.as_str(),
                        "one" | "two" | "three" | "some" | "several" | "many"
                    ) {
                        a = p - 2;
                    }
                }
                break;
            }
            // "the Republican nominee for governor said": a post of a post
            // is one description.
            let post_of_post = matches!(pw, "for" | "of")
                && p > lo
                && lexicon::is_role_noun(doc.word(p - 1))
                && !is_capitalized(doc.word(p - 1));
            // "the singer and guitarist told", "the founder and chief
            // executive said": two posts of one person.
            let posts_joined = pw == "and"
                && p > lo
                && lexicon::is_role_noun(doc.word(p - 1))
                && !is_capitalized(doc.word(p - 1));
            if post_of_post || posts_joined {
                continue;
            }
            // "This comes after police said": a conjunction or a
            // preposition opens the clause the description heads.
            if lexicon::is_reporting_verb(pw)
                || matches!(
                    pw,
                    "and"
                        | "or"
                        | "that"
                        | "to"
                        | "of"
                        | "in"
                        | "at"
                        | "for"
                        | "with"
                        | "by"
                        | "on"
                        | "from"
                        | "as"
                        | "after"
                        | "before"
                        | "since"
                        | "when"
                        | "while"
                        | "because"
                        | "if"
                        | "until"
                )
            {
                a = p + 1;
                break;
            }
        }
        // A post alone in the singular inside a sentence is no subject: "…
        // called on member states to stop", "… said that member states
        // should" ("states" is no verb of theirs); a person so described
        // has a determiner.
        if a == i && i > lo && !is_plural_role(w) && !is_capitalized(w) && !epithet {
            return None;
        }
        return Some(described_or_named(doc, verb, (a, i + 1), lo, apposition));
    }
    if let Some(a) = writing_phrase(doc, i, lo) {
        return Some(cue_at(doc, verb, Subject::Writing, (a, i + 1), apposition));
    }
    let a = described_by_phrase(doc, i, lo)?;
    Some(described_or_named(doc, verb, (a, i + 1), lo, apposition))
}

/// "\"…,\" Ann Lee, a policy fellow at the Institute for Soil, Air and
/// Water research group told the Courier": a name opening the
/// clause, then a post left open up to the verb, whose body's name holds
/// commas of its own. The name is the subject; the post, up to the body,
/// its role.
fn named_before_long_post(doc: &Document, verb: usize, lo: usize) -> Option<Cue> {
    /// A post and its body are at most this many tokens.
    const REACH: usize = 24;
    // The clause opens after the quote it follows.
    let mut start = lo;
    for k in lo..verb {
        if doc.in_quote(k) || !doc.tokens[k].is_word {
            start = k + 1;
        } else {
            break;
        }
    }
    let (a, b) = mentions::run_starting_at(doc, start, verb)?;
    if a != start {
        return None;
    }
    let opens_post =
        b + 2 < verb && doc.word(b) == "," && matches!(doc.word(b + 1), "a" | "an" | "the");
    // Closed by a comma, the apposition is read where appositions are.
    if !opens_post || verb - b > REACH || doc.word(verb - 1) == "," {
        return None;
    }
    // The post's noun comes first; the rest may be a body's name, in
    // capitals and commas, but no clause.
    let post = (b + 2..(b + 5).min(verb)).find(|&k| lexicon::is_occupation(doc.word(k)))?;
    // ("Ann Lee, the mayor, and Tom Park said": two people.)
    let another = (b + 2..verb).any(|k| doc.word(k) == "," && doc.word(k + 1) == "and");
    let plain = !another
        && (b + 2..verb).all(|k| {
            !doc.in_quote(k)
            && (doc.tokens[k].is_word || matches!(doc.word(k), "," | "-"))
            // A pronoun, a relative or a finite verb makes a clause. (A verb
            // of saying may be part of a name: "think tank".)
            && !matches!(
                doc.word(k),
                "who" | "which" | "that" | "he" | "she" | "they" | "is" | "was" | "were" | "are"
                    | "has" | "had" | "have" | "will" | "would" | "can" | "could" | "did"
            )
        });
    let m = mentions::parse_run(doc, a, b)?;
    if !plain || !looks_like_a_person(&m.name) {
        return None;
    }
    let role = mentions::apposition_role(doc, b, verb)
        .unwrap_or_else(|| doc.text[doc.tokens[b + 2].start..doc.tokens[post].end].to_string());
    let subject = Subject::Name {
        words: m.name,
        role: m.role.or(Some(role)),
        gender: m.gender,
    };
    Some(cue_at(doc, verb, subject, (a, b), None))
}

/// The cue of a described source (`span`), or of the name before it when
/// the description is an apposition left open ([`named_before_unclosed`]).
fn described_or_named(
    doc: &Document,
    verb: usize,
    span: (usize, usize),
    lo: usize,
    apposition: Option<String>,
) -> Cue {
    named_before_unclosed(doc, verb, span, lo)
        .unwrap_or_else(|| described_cue(doc, verb, span, apposition))
}

/// "Pell Ardana, a research analyst at the institute told Radio Kestrel":
/// an apposition whose closing comma was left out, so the description
/// stands right before the verb. The name before it, opening the clause, is
/// the subject, and the description (`span`, from its determiner) its role.
fn named_before_unclosed(
    doc: &Document,
    verb: usize,
    span: (usize, usize),
    lo: usize,
) -> Option<Cue> {
    let a = span.0;
    if a < lo + 2 || doc.word(a - 1) != "," || !matches!(doc.word(a), "a" | "an" | "the") {
        return None;
    }
    let (pa, pb) = mentions::run_ending_at(doc, a - 2, lo)?;
    // The name opens the clause: right after the quote it follows, or first.
    let opens = pa == lo
        || doc.in_quote(pa - 1)
        || matches!(doc.word(pa - 1), "\"" | "\u{201d}" | "\u{2019}" | "'");
    if pb != a - 1 || !opens {
        return None;
    }
    let m = mentions::parse_run(doc, pa, pb)?;
    if !looks_like_a_person(&m.name) || a + 1 >= span.1 {
        return None;
    }
    let role = doc.text[doc.tokens[a + 1].start..doc.tokens[span.1 - 1].end].to_string();
    let subject = Subject::Name {
        words: m.name,
        role: m.role.or(Some(role)),
        gender: m.gender,
    };
    Some(cue_at(doc, verb, subject, (pa, pb), None))
}

/// The determiner before a short quoted title whose last token (its closing
/// mark) is `p`: 'the "Harbor Lights" actor'.
fn determiner_before_title(doc: &Document, p: usize, lo: usize) -> Option<usize> {
    /// A title is a few words.
    const TITLE_WORDS: usize = 6;
    let q = doc.quote_of[p]?;
    let quote = &doc.quotes[q];
    let open = doc.token_at(quote.open);
    let short = doc.text[quote.start..quote.end].split_whitespace().count() <= TITLE_WORDS;
    (short && open > lo && is_determiner(doc.word(open - 1))).then(|| open - 1)
}

/// The first token ("the") of a one-word capitalised epithet run (tokens
/// `a..b`) written after "the".
fn definite_epithet(doc: &Document, a: usize, b: usize, lo: usize) -> Option<usize> {
    let one_word = b == a + 1 && lexicon::epithet(doc.word(a)).is_some();
    // "the Israeli PM", "the French President": a post in capitals, perhaps
    // with the nation's adjective, is a description too.
    let post = b > a
        && lexicon::title(doc.word(b - 1)).is_some()
        && (a..b - 1)
            .all(|k| lexicon::is_national(doc.word(k)) || lexicon::title(doc.word(k)).is_some());
    if !(one_word || post) || a <= lo {
        return None;
    }
    if matches!(doc.word(a - 1), "the" | "The") {
        return Some(a - 1);
    }
    // "the 67-year-old Republican": an age between, before a party's
    // member ("the 47-year-old Welshman" is found as an age epithet).
    (a > lo + 1
        && lexicon::is_party_member(doc.word(a))
        && lexicon::is_age_epithet(doc.word(a - 1))
        && matches!(doc.word(a - 2), "the" | "The"))
    .then(|| a - 2)
}

/// The subject of a sentence whose reporting verb (`verb`) is coordinated
/// with an earlier verb: a name or "he"/"she" opening the sentence at `lo`,
/// followed by its own verb.
fn coordinated_subject(doc: &Document, verb: usize, lo: usize) -> Option<Cue> {
    if doc.in_quote(lo) {
        return None;
    }
    // "As guards led him away, he turned and shouted": a clause set before
    // the sentence's own ends at its comma; the subject follows.
    let lo = if is_subordinator(doc.word(lo)) {
        match (lo + 1..verb).find(|&k| doc.word(k) == "," && !doc.in_quote(k)) {
            Some(comma) if comma + 1 < verb => comma + 1,
            _ => return None,
        }
    } else {
        lo
    };
    let w = doc.word(lo);
    if matches!(w, "He" | "She" | "he" | "she") {
        let g = lexicon::pronoun(w)?;
        return Some(cue_at(doc, verb, Subject::Pronoun(g), (lo, lo + 1), None));
    }
    if let Some(cue) = described_first_subject(doc, verb, lo) {
        return Some(cue);
    }
    let (mut a, mut b) = mentions::run_starting_at(doc, lo, verb)?;
    // "Engine maker Rolls-Royce declined ... but said": a post in lower
    // case after the first capitals, then a name: the name is the subject
    // (not after a verb: "Lee met Governor Park and said").
    let mut k = b;
    while k < verb && k - b < 3 && doc.tokens[k].is_word && !is_capitalized(doc.word(k)) {
        k += 1;
    }
    let post = k > b
        && (lexicon::is_role_noun(doc.word(k - 1))
            || lexicon::BODY_EPITHETS.contains(&doc.word(k - 1)));
    if post && k < verb {
        if let Some((c, d)) = mentions::run_starting_at(doc, k, verb) {
            (a, b) = (c, d);
        }
    }
    let followed_by_verb = b < verb
        && doc.tokens[b].is_word
        && !doc.in_quote(b)
        && !is_capitalized(doc.word(b))
        && !matches!(doc.word(b), "and" | "or" | "of" | "'s" | "’s");
    if !followed_by_verb || mentions::is_possessive(doc.word(b - 1)) {
        return None;
    }
    let m = mentions::parse_run(doc, a, b)?;
    let subject = Subject::named(m);
    Some(cue_at(doc, verb, subject, (a, b), None))
}

/// A word that opens a clause set before the main one ("As", "When").
fn is_subordinator(w: &str) -> bool {
    matches!(
        w,
        "As" | "When"
            | "While"
            | "After"
            | "Before"
            | "Because"
            | "If"
            | "Although"
            | "Though"
            | "Once"
            | "Until"
            | "Whilst"
            | "Since"
    )
}

/// "the WHO's country office in India said": the place closes the phrase
/// of a body's branch, whose possessor (the body) is the source, not the
/// place. `place` is the place's first token.
fn possessor_of_branch(doc: &Document, verb: usize, place: usize, lo: usize) -> Option<Cue> {
    /// "the WHO's regional country office in": the possessor stands this
    /// near the branch's noun.
    const REACH: usize = 3;
    let mut prep = place.checked_sub(1)?;
    if doc.word(prep) == "the" {
        prep = prep.checked_sub(1)?;
    }
    let noun = prep.checked_sub(1)?;
    if noun <= lo || !lexicon::BODY_EPITHETS.contains(&doc.word(noun)) {
        return None;
    }
    let owner = (noun.saturating_sub(REACH).max(lo)..noun)
        .rev()
        .find(|&t| mentions::is_possessive(doc.word(t)) && !doc.in_quote(t))?;
    if (owner + 1..noun).any(|t| !doc.tokens[t].is_word || is_capitalized(doc.word(t))) {
        return None;
    }
    let (c, d) = mentions::run_ending_at(doc, owner, lo)?;
    let m = mentions::parse_run(doc, c, d)?;
    Some(cue_at(doc, verb, Subject::named(m), (c, d), None))
}

/// "Veldoria's ambassador to Britain accused the UK of meddling and warned
/// that ...": a description opening the sentence is the subject of its
/// first verb, and so of the reporting verb coordinated with it.
fn described_first_subject(doc: &Document, verb: usize, lo: usize) -> Option<Cue> {
    /// The description and its first verb stand this near the start.
    const REACH: usize = 12;
    /// "The embattled mayor accused": a participle may come first.
    const TRIES: usize = 2;
    let first_verbs = (lo + 1..verb.min(lo + REACH)).filter(|&k| {
        let w = doc.word(k);
        doc.tokens[k].is_word
            && !doc.in_quote(k)
            && w.starts_with(|c: char| c.is_ascii_lowercase())
            && (w.ends_with("ed") || lexicon::is_reporting_verb(w))
    });
    first_verbs.take(TRIES).find_map(|k| {
        let cue = subject_before(doc, k, lo)?;
        let described = matches!(cue.subject, Subject::Description(_));
        (described && cue.subject_span.0 <= lo + 1)
            .then(|| cue_at(doc, verb, cue.subject, cue.subject_span, None))
    })
}

/// "a narrator in the Clinton ad asks": a determiner, a role noun and the
/// phrase that places it, ending at token `last`, at the start of a clause.
/// Returns the first token of the description.
fn described_by_phrase(doc: &Document, last: usize, lo: usize) -> Option<usize> {
    /// The place-giving phrase is short ("in the Clinton ad"), or two
    /// phrases: "a nurse at a treatment centre in the city of Nampula".
    const MAX_TOKENS: usize = 12;
    // "the ambassador to Britain": a post held towards a place.
    // "a source within the ministry", "a source close to the talks", "a
    // person familiar with the matter": these place a source too.
    const PREPOSITIONS: &[&str] = &[
        "in", "of", "for", "at", "with", "from", "on", "to", "within", "inside", "close",
        "familiar",
    ];
    let mut k = last;
    while k > lo && last - k < MAX_TOKENS {
        if !doc.tokens[k].is_word || doc.in_quote(k) {
            return None;
        }
        let noun = k - 1;
        // "a woman selling fish at the market said": a participle phrase
        // places the noun as a prepositional one does.
        let w = doc.word(k);
        let participle = looks_like_participle(w);
        // "A senior official at the authority": a modifier or two may
        // stand between the determiner and the noun.
        // "Veldoria's ambassador to Britain": a possessor stands for the
        // determiner.
        let determiner = (noun.saturating_sub(3).max(lo)..noun).rev().find(|&d| {
            (is_determiner(doc.word(d))
                || (d + 1 == noun && d == lo && mentions::is_possessive(doc.word(d))))
                && (d + 1..noun).all(|m| {
                    let w = doc.word(m);
                    // "A British tourist staying in Nea Makri": a nation's
                    // adjective (or people) is a modifier written with a
                    // capital.
                    let modifier =
                        w.chars().all(|c| c.is_lowercase() || c == '-') || lexicon::is_national(w);
                    doc.tokens[m].is_word && !doc.in_quote(m) && modifier && !is_determiner(w)
                })
        });
        // ("The coastguard for the North Sea said": a body's noun too, but
        // only as the clause's subject; "a nurse at a treatment centre in
        // Nampula" reads on to the nurse.)
        let role = lexicon::is_role_noun(doc.word(noun));
        let fits = (role || lexicon::is_body_epithet(doc.word(noun)))
            && (PREPOSITIONS.contains(&w) || participle)
            && noun > lo
            && determiner.is_some();
        if fits {
            let first = determiner.unwrap_or(noun - 1);
            let opens_clause = first == lo
                || doc.in_quote(first - 1)
                || matches!(doc.word(first - 1), "," | ";" | ":" | "and" | "but");
            if opens_clause || role {
                return opens_clause.then_some(first);
            }
        }
        k -= 1;
    }
    None
}

/// "The harbour master, Aoife Brennan, said": a description opening the
/// clause, then a full name set off by commas (`open` and `close`). The name is
/// the subject and the description its role.
/// "…, Dr Mikko Korhonen of the University of Eastern Finland in Joensuu,":
/// the name set off after comma `open` when a body or place it belongs to
/// follows it before the closing comma `close`. Its token run.
fn affiliated_name(doc: &Document, open: usize, close: usize) -> Option<(usize, usize)> {
    /// "of the University of Eastern Finland in Joensuu".
    const AFFILIATION_TOKENS: usize = 12;
    let (a, b) = mentions::run_starting_at(doc, open + 1, close)?;
    let affiliation = b < close
        && close - b <= AFFILIATION_TOKENS
        && matches!(doc.word(b), "of" | "at" | "from")
        && (b..close).all(|k| doc.tokens[k].is_word && !doc.in_quote(k));
    affiliation.then_some((a, b))
}

fn name_after_description(
    doc: &Document,
    verb: usize,
    lo: usize,
    open: usize,
    close: usize,
) -> Option<Cue> {
    /// A description is a noun phrase, not a clause: "The delegate of the
    /// islands to the U.S. House of Representatives" is eleven words.
    const MAX_WORDS: usize = 12;
    // "A city spokesperson, Ann Lee, said": an indefinite description is
    // as plain a role as a definite one.
    const PLAIN: &[&str] = &[
        "the", "The", "a", "A", "an", "An", "his", "His", "her", "Her", "their", "Their", "its",
        "Its", "our", "Our",
    ];
    let (a, b) = match affiliated_name(doc, open, close) {
        Some(run) => run,
        None => mentions::run_ending_at(doc, close - 1, open + 1)?,
    };
    if !name_after_premodifier(doc, open + 1, a) {
        return None;
    }
    let m = mentions::parse_run(doc, a, b)?;
    let given = lexicon::first_name_gender(&m.name[0]) != Gender::Unknown;
    if a != open + 1 && !given && !lexicon::is_role_noun(doc.word(a - 1)) {
        return None;
    }
    // "His wife, Ana, added": one word will do when it is a given name, and
    // "The pilots' union, LAPA, said" when it is a body's acronym after a
    // noun for a body.
    // "Adebayo-Cole's wife, Folake, said": after kin, a given name no list
    // knows.
    let kin = open > lo && entities::is_kin(&doc.word(open - 1).to_lowercase());
    let body_acronym = m.name.len() == 1
        && m.name[0].len() >= 2
        && m.name[0].chars().all(|c| c.is_ascii_uppercase())
        && open > lo
        && lexicon::BODY_EPITHETS.contains(&doc.word(open - 1));
    if (m.name.len() < 2 && !given && !body_acronym && !kin)
        || m.name.iter().any(|w| lexicon::is_org_word(w))
    {
        return None;
    }
    let mut s = open;
    while s > lo && open - s < MAX_WORDS {
        let p = s - 1;
        // "The pilots' union": a plural's possessive apostrophe.
        let plural_possessive =
            matches!(doc.word(p), "'" | "’") && p > lo && doc.word(p - 1).ends_with('s');
        if (!doc.tokens[p].is_word && !plural_possessive) || doc.in_quote(p) {
            break;
        }
        s = p;
    }
    // The description opens its clause with a determiner or a possessive.
    // A quote just before it ends the previous clause ("\"No,\" the
    // union's secretary, Tom Birch, said").
    let clause_start = s == lo
        || doc.in_quote(s - 1)
        || matches!(
            doc.word(s - 1),
            "," | ";" | ":" | "—" | "–" | "\"" | "”" | "'" | "’"
        );
    let first = doc.word(s);
    let plain = PLAIN.contains(&first);
    // "Kim Jong-un's sister": a possessor's name of several words opens it.
    let possessive = (s..open)
        .take_while(|&t| is_capitalized(doc.word(t)))
        .any(|t| mentions::is_possessive(doc.word(t)));
    if !clause_start || !(plain || possessive) || s + 1 >= open {
        return None;
    }
    // "on" is a preposition here ("spokesperson on agriculture"), not the
    // "went on" the auxiliaries list it for.
    let is_clause_word = |t: usize| {
        let w = doc.word(t);
        lexicon::is_reporting_verb(w)
            || (AUXILIARIES.contains(&w) && w != "on")
            || matches!(w, "who" | "which")
    };
    if (s..open).any(is_clause_word) {
        return None;
    }
    let role_start = if plain { s + 1 } else { s };
    let description = doc.text[doc.tokens[role_start].start..doc.tokens[open - 1].end].to_string();
    // "His daughter, the broadcaster Efua Tetteh,": the post written with
    // the name says more than the kinship before it.
    let post_with_name = (a > open + 1).then(|| {
        let first = if matches!(doc.word(open + 1), "the" | "a" | "an") {
            open + 2
        } else {
            open + 1
        };
        doc.text[doc.tokens[first].start..doc.tokens[a - 1].end].to_string()
    });
    // (Not a word that also names a body, "broadcaster": the person would
    // read as one.)
    let personal = |post: &str| {
        post.split_whitespace()
            .last()
            .is_some_and(|w| !lexicon::BODY_EPITHETS.contains(&w))
    };
    let role = match post_with_name {
        Some(post) if (kin || description.split_whitespace().count() == 1) && personal(&post) => {
            post
        }
        _ => description,
    };
    let subject = Subject::named(m);
    Some(cue_at(doc, verb, subject, (a, b), Some(role)))
}

/// Whether a name's words look like a person's: two words or more, no
/// organisation word, and not ending in a title or a role noun ("Senate
/// Minority Leader").
fn looks_like_a_person(name: &[String]) -> bool {
    let last = name.last().map_or("", String::as_str);
    name.len() >= 2
        && !name.iter().any(|w| lexicon::is_org_word(w))
        && lexicon::title(last).is_none()
        && !lexicon::is_role_noun(last)
}

/// The cue for a person's full name written exactly between two commas
/// (tokens `open` and `close`), when its first word is a known given name.
fn appositive_name(doc: &Document, verb: usize, open: usize, close: usize) -> Option<Cue> {
    let (a, b) = match mentions::run_starting_at(doc, open + 1, close) {
        Some(run) => run,
        // "One of the authors, herpetologist Ann Lee, said": a post in
        // lower case before the name.
        None if close > open + 1 => {
            let (a, b) = mentions::run_ending_at(doc, close - 1, open + 1)?;
            if !name_after_premodifier(doc, open + 1, a) {
                return None;
            }
            (a, b)
        }
        None => return None,
    };
    if b != close {
        return None;
    }
    let m = mentions::parse_run(doc, a, b)?;
    let given = lexicon::first_name_gender(&m.name[0]) != Gender::Unknown;
    // "his lawyer, Martinez, recalled": one name set off after a post or a
    // kinship is the person holding it.
    let post_noun = (open > 0 && a == open + 1)
        .then(|| doc.word(open - 1))
        .filter(|w| !is_capitalized(w) && (lexicon::is_role_noun(w) || super::entities::is_kin(w)));
    let lone_after_post = m.name.len() == 1 && post_noun.is_some() && m.role.is_none();
    if !lone_after_post && (!given || !looks_like_a_person(&m.name)) {
        return None;
    }
    let post = (a > open + 1)
        .then(|| doc.text[doc.tokens[open + 1].start..doc.tokens[a - 1].end].to_string())
        .or_else(|| post_noun.filter(|_| lone_after_post).map(str::to_string));
    let subject = Subject::Name {
        words: m.name,
        role: m.role.or(post),
        gender: m.gender,
    };
    Some(cue_at(doc, verb, subject, (a, b), None))
}

/// "Ann Lee of the Daily Post said", "Tom Park from Acme Corp. told": when
/// the run before the verb is a body (an organisation word, or no known given
/// name) written after "of", "from", "at" or "with", the person named before that
/// preposition is the subject and the body their affiliation.
fn affiliated_person(
    doc: &Document,
    verb: usize,
    a: usize,
    b: usize,
    lo: usize,
    apposition: Option<String>,
) -> Option<Cue> {
    /// "of Australia's Griffith University", "of the Center for Microbial
    /// Oceanography: Research and Education": a few words between.
    const REACH: usize = 10;
    let body = mentions::parse_run(doc, a, b);
    let is_body = body.as_ref().is_none_or(|m| {
        m.name.iter().any(|w| lexicon::is_org_word(w))
            || lexicon::first_name_gender(&m.name[0]) == Gender::Unknown
    });
    if !is_body {
        return None;
    }
    let mut k = a;
    while k > lo && a - k < REACH {
        k -= 1;
        let w = doc.word(k);
        if doc.in_quote(k) || matches!(w, "," | ";" | "(" | ")") {
            return None;
        }
        // "Chief Tom Park with the Port Authority said" too.
        if matches!(w, "of" | "from" | "at" | "with") && k > lo {
            let (pa, pb) = mentions::run_ending_at(doc, k - 1, lo)?;
            let m = mentions::parse_run(doc, pa, pb)?;
            // "Industry analyst Mehmet Kaplan of ...": a post before the
            // name marks a person whose given name no list knows.
            // "Tolland Brix from the Coastal Rescue Service says": a pair of
            // capitals opening the clause, before a body a word of its name
            // marks as one, is a person whatever the given name.
            let opens_before_body = pa == lo
                && m.name.len() >= 2
                && !lexicon::is_place_name(&m.name)
                && body
                    .as_ref()
                    .is_some_and(|b| b.name.iter().any(|w| lexicon::is_org_word(w)));
            let given = lexicon::first_name_gender(&m.name[0]) != Gender::Unknown
                || m.role.is_some()
                || mentions::premodifier_role(doc, pa, lo).is_some()
                || opens_before_body;
            if !given || !looks_like_a_person(&m.name) {
                return None;
            }
            let role = match m.role.clone() {
                Some(title) => Some(mentions::with_premodifier(doc, title, pa, lo)),
                None => mentions::premodifier_role(doc, pa, lo),
            };
            let subject = Subject::Name {
                words: m.name,
                role,
                gender: m.gender,
            };
            return Some(cue_at(doc, verb, subject, (pa, pb), apposition));
        }
    }
    None
}

/// The subject of the clause a participle hangs on ("In a livestream, Ann
/// Lee shared her reasons, saying"): the name or "he"/"she" that opens the
/// last clause before `comma` and is followed by a lower-case word (its
/// verb). The last: in "Vance would raise her voice, and Aalders would stop
/// her, saying", the participle hangs on the clause nearest it.
fn clause_subject(doc: &Document, verb: usize, lo: usize, comma: usize) -> Option<Cue> {
    let mut found = None;
    let mut t = lo;
    while t < comma {
        if let Some((cue, next)) = clause_subject_at(doc, verb, lo, t, comma) {
            found = cue.or(found);
            t = next;
        } else {
            t += 1;
        }
    }
    found
}

/// Whether a clause opens at `t` with a subject and its verb: the subject's
/// cue (None when the run there is no subject) and the token to go on from.
fn clause_subject_at(
    doc: &Document,
    verb: usize,
    lo: usize,
    t: usize,
    comma: usize,
) -> Option<(Option<Cue>, usize)> {
    let after = |k: usize| matches!(doc.word(k), "," | ";" | ":" | "—" | "–");
    // ", and Aalders would": a coordinated clause opens after its conjunction.
    let opens = t == lo
        || after(t - 1)
        || (t >= lo + 2 && matches!(doc.word(t - 1), "and" | "but") && after(t - 2));
    if !opens || doc.in_quote(t) {
        return None;
    }
    let w = doc.word(t);
    if matches!(w, "he" | "she" | "He" | "She") {
        let g = lexicon::pronoun(w)?;
        let verb_next = t + 1 < comma && !is_capitalized(doc.word(t + 1));
        let cue = verb_next.then(|| cue_at(doc, verb, Subject::Pronoun(g), (t, t + 1), None));
        return Some((cue, t + 1));
    }
    let (a, b) = mentions::run_starting_at(doc, t, comma)?;
    let next = doc.word(b);
    let verb_next = b < comma
        && doc.tokens[b].is_word
        && !is_capitalized(next)
        && !CONNECTORS_AFTER_NAME.contains(&next);
    // "Local councillor Andy Smith said": a post in lower case
    // before a name qualifies it; the name is the subject.
    let named_after_post = (verb_next && lexicon::is_role_noun(next) && b + 1 < comma)
        .then(|| mentions::run_starting_at(doc, b + 1, comma))
        .flatten();
    if let Some((a2, b2)) = named_after_post {
        let m = mentions::parse_run(doc, a2, b2)?;
        return Some((
            Some(cue_at(doc, verb, Subject::named(m), (a2, b2), None)),
            b2,
        ));
    }
    // "Park's campaign answered, saying": the campaign speaks, not its
    // possessor.
    let possessed = verb_next
        && mentions::is_possessive(doc.word(b - 1))
        && (lexicon::is_body_epithet(next) || lexicon::is_role_noun(next));
    if possessed {
        return Some((Some(described_cue(doc, verb, (a, b + 1), None)), b + 1));
    }
    if verb_next {
        let m = mentions::parse_run(doc, a, b)?;
        return Some((Some(cue_at(doc, verb, Subject::named(m), (a, b), None)), b));
    }
    Some((None, b))
}

/// Writings whose author is the source of the words they hold.
const WRITINGS: &[&str] = &[
    "statement",
    "tweet",
    "post",
    "letter",
    "report",
    "message",
    "release",
    "filing",
    "ruling",
    "memo",
    "email",
    "speech",
    "note",
    "op-ed",
    "column",
    "blog",
];

/// Writings a court or a body issues, beside those that are issued.
const RULINGS: &[&str] = &[
    "decision",
    "summary",
    "judgment",
    "judgement",
    "order",
    "verdict",
    "opinion",
    "announcement",
    "notice",
    "document",
    "warning",
    "bulletin",
    "proclamation",
    "advisory",
    "declaration",
    "communique",
    "communiqué",
    "resolution",
];

/// Writings that stand as the source of their words when the text names no
/// author ("the study says", "according to the report"), as a journalist
/// cites them; a statement or a tweet with no author named is someone's
/// whom the text leaves unsaid.
const DOCUMENTS: &[&str] = &[
    "report",
    "ruling",
    "study",
    "book",
    "article",
    "review",
    "survey",
    "analysis",
    "law",
    "constitution",
    "website",
    "petition",
    "indictment",
    "lawsuit",
    "complaint",
];

/// Whether a word names a writing whose issuer is the source of its words.
pub fn is_writing(w: &str) -> bool {
    WRITINGS.contains(&w) || RULINGS.contains(&w) || DOCUMENTS.contains(&w)
}

/// The writing ("The letter", "Their statement") that opens the sentence
/// before token `t`'s, as its token span.
fn writing_opening_sentence_before(doc: &Document, t: usize) -> Option<(usize, usize)> {
    let s = doc.sentence_of[t].checked_sub(1)?;
    let first = doc.sentences[s].first;
    let opens_with_writing = first + 1 < doc.sentences[s].last
        && !doc.in_quote(first)
        && matches!(
            doc.word(first),
            "The" | "This" | "That" | "His" | "Her" | "Their" | "Its"
        )
        && is_writing(doc.word(first + 1));
    opens_with_writing.then_some((first, first + 2))
}

/// A writing cue's phrase as written mid-sentence: "The statement" reads
/// "the statement".
pub fn writing_mid_sentence(phrase: &str) -> String {
    // "Acme's statement yesterday read": the day is the date's, not the
    // venue's.
    let when = |w: &str| {
        matches!(w, "yesterday" | "today" | "tonight" | "earlier" | "later")
            || super::time::weekday(w).is_some()
    };
    let mut phrase = phrase;
    while let Some((rest, last)) = phrase.rsplit_once(' ') {
        if !when(last) {
            break;
        }
        phrase = rest;
    }
    match phrase.split_once(' ') {
        Some((first, rest))
            if matches!(first, "The" | "A" | "An" | "Its" | "His" | "Her" | "Their") =>
        {
            format!("{} {rest}", first.to_lowercase())
        }
        _ => phrase.to_string(),
    }
}

/// Whether a word names a writing that is its own source when no author is
/// named.
pub fn is_document(w: &str) -> bool {
    DOCUMENTS.contains(&w)
}

/// "read the warning", "said the court's summary": a short phrase opened by
/// a determiner right after the verb, naming a writing. Returns the token
/// past its last word.
fn writing_after(doc: &Document, first: usize, hi: usize) -> Option<usize> {
    const REACH: usize = 5;
    if !matches!(
        doc.word(first),
        "the" | "a" | "an" | "its" | "his" | "her" | "their"
    ) {
        return None;
    }
    let mut end = None;
    for t in first + 1..hi.min(first + 1 + REACH) {
        let w = doc.word(t);
        if doc.in_quote(t) || !doc.tokens[t].is_word {
            break;
        }
        if is_writing(w) {
            end = Some(t + 1);
        } else if end.is_some() || matches!(w, "in" | "on" | "at" | "to" | "with" | "by" | "of") {
            // "said a spokesman in a statement": the writing after a
            // preposition is where the source's words are, not the source.
            break;
        }
    }
    let end = end?;
    // The phrase ends there: "the statement of the court" is left to the
    // description rules.
    (end >= hi || !doc.tokens[end].is_word || doc.in_quote(end)).then_some(end)
}

/// "a note from Brightwater Advisors", "a statement by the Acme Group":
/// a writing opening at token `first` and the name of who it is from.
fn writing_from(doc: &Document, first: usize, hi: usize) -> Option<(usize, usize)> {
    if !matches!(doc.word(first), "the" | "a" | "an") {
        return None;
    }
    let noun = (first + 1..hi.min(first + 4)).find(|&t| is_writing(doc.word(t)))?;
    if (first + 1..noun).any(|t| !doc.tokens[t].is_word || is_capitalized(doc.word(t))) {
        return None;
    }
    let by = noun + 1;
    if by >= hi || !matches!(doc.word(by), "from" | "by") {
        return None;
    }
    let name = if doc.word(by + 1) == "the" {
        by + 2
    } else {
        by + 1
    };
    mentions::run_starting_at(doc, name, hi)
}

/// "The ministry issued a statement: ...": a verb that puts out a writing
/// (within a few words) reports its words as "said" does.
fn issues_writing(doc: &Document, verb: usize, hi: usize) -> bool {
    /// "released a brief written statement": a few words between.
    const REACH: usize = 4;
    matches!(
        doc.word(verb),
        "issued" | "released" | "published" | "posted" | "sent" | "issues" | "releases"
    ) && (verb + 1..hi.min(verb + 1 + REACH))
        .take_while(|&t| doc.tokens[t].is_word && !doc.in_quote(t))
        .any(|t| WRITINGS.contains(&doc.word(t)))
}

/// "according to a tweet on Monday by Ann Lee": the author of the writing
/// the words come from, named after "by".
fn document_by(doc: &Document, verb: usize, first: usize, hi: usize) -> Option<Cue> {
    /// "a statement released on Monday by": a short phrase.
    const REACH: usize = 8;
    let end = hi.min(first + REACH);
    let writing = (first..end).position(|t| WRITINGS.contains(&doc.word(t)))? + first;
    // "a statement by the ministry", "a statement from the ministry".
    let by = (writing + 1..end).find(|&t| matches!(doc.word(t), "by" | "from"))?;
    if (first..by).any(|t| doc.in_quote(t) || matches!(doc.word(t), "," | ";" | ":")) {
        return None;
    }
    subject_after(doc, verb, by + 1, hi)
}

/// Words after a name that do not make it a clause's subject.
const CONNECTORS_AFTER_NAME: &[&str] = &["of", "and", "or", "in", "at", "from", "to", "for"];

/// The name a "who" clause hangs on, ending at token `end`: that name, or,
/// when it closes an apposition ("Mark Hay, a marine ecologist at GT, who
/// said"), the person's name before the apposition.
/// The first token of a description ending at token `end` with a noun for
/// a source in lower case ("a navy captain", "residents"): a determiner
/// right before the noun or before one modifier, or a plural standing
/// alone.
fn described_antecedent(doc: &Document, end: usize, lo: usize) -> Option<usize> {
    let w = doc.word(end);
    if doc.in_quote(end) || is_capitalized(w) {
        return None;
    }
    let plural = is_plural_role(w);
    if !plural && !lexicon::is_role_noun(w) {
        return None;
    }
    // A determiner right before the noun or one modifier before it ("a
    // navy captain"); a plural may stand alone ("residents who say").
    let determiner = |k: usize| k >= lo && is_determiner(doc.word(k)) && doc.word(k) != "that";
    if end > lo && determiner(end - 1) {
        return Some(end - 1);
    }
    if end > lo + 1
        && determiner(end - 2)
        && !is_capitalized(doc.word(end - 1))
        && doc.tokens[end - 1].is_word
    {
        return Some(end - 2);
    }
    plural.then_some(end)
}

/// "Another resident, who gave only her first name, Maria, said": when the
/// name set off after comma `j` follows "name", the subject is the source
/// described before the "who" (the name given is read from the clause).
fn described_giving_a_name(doc: &Document, verb: usize, lo: usize, j: usize) -> Option<Cue> {
    if j < lo + 4 || !matches!(doc.word(j - 1), "name" | "names") {
        return None;
    }
    let who = (lo + 2..j).rev().find(|&k| doc.word(k) == "who")?;
    if doc.word(who - 1) != "," {
        return None;
    }
    let end = who - 2;
    let a = described_antecedent(doc, end, lo)?;
    Some(described_cue(doc, verb, (a, end + 1), None))
}

/// The full name before an apposition that ends at token `end` ("Dr Ann
/// Lee, the registrar who saw him on his second visit"): the apposition
/// opens with an article after a comma, the name stands before that comma.
fn name_before_apposition(doc: &Document, end: usize, lo: usize) -> Option<(usize, usize)> {
    /// An apposition is a short phrase.
    const REACH: usize = 20;
    let comma = (end.saturating_sub(REACH).max(lo + 1)..end)
        .rev()
        .take_while(|&k| !doc.in_quote(k))
        .find(|&k| doc.word(k) == ",")?;
    if !matches!(doc.word(comma + 1), "the" | "a" | "an") {
        return None;
    }
    let (a, b) = mentions::run_ending_at(doc, comma - 1, lo)?;
    let m = mentions::parse_run(doc, a, b)?;
    looks_like_a_person(&m.name).then_some((a, b))
}

/// "A man who lives opposite": a source described by a determiner, a
/// person's noun and a clause with "who" that ends at token `end`; its
/// first token and the token of "who", when the determiner opens the
/// clause.
fn defined_by_clause(doc: &Document, end: usize, lo: usize) -> Option<(usize, usize)> {
    /// The clause is short: "who lives on Elm Street", "who has traded on
    /// the street for 31 years".
    const REACH: usize = 12;
    let who = (end.saturating_sub(REACH).max(lo + 2)..end)
        .rev()
        .take_while(|&k| doc.tokens[k].is_word && !doc.in_quote(k))
        // "A woman whose sister was a tenant said": whose too.
        .find(|&k| matches!(doc.word(k), "who" | "whose"))?;
    let noun = noun_before_named_body(doc, who, lo).unwrap_or(who - 1);
    let w = doc.word(noun);
    let person_noun = lexicon::is_role_noun(w) || lexicon::role_gender(w) != Gender::Unknown;
    if is_capitalized(w) || !person_noun {
        return None;
    }
    // "A hardware shop owner": up to two words qualify the noun.
    let det = (noun.saturating_sub(3).max(lo)..noun).rev().find(|&k| {
        matches!(
            doc.word(k),
            "a" | "an" | "one" | "another" | "A" | "An" | "One" | "Another"
        )
    })?;
    // After the quote too: "\"…,\" a man who lives opposite said".
    let opens = det == lo
        || doc.in_quote(det - 1)
        || matches!(doc.word(det - 1), "," | ";" | ":" | "and" | "but");
    opens.then_some((det, who))
}

/// "An astrobiologist at the University of Arizona who": the person's noun
/// before a body or place named with a preposition, ending before the
/// "who" at `who`.
fn noun_before_named_body(doc: &Document, who: usize, lo: usize) -> Option<usize> {
    /// A body's name is short: "the University of Colorado Boulder".
    const REACH: usize = 8;
    let inside = |k: usize| {
        let w = doc.word(k);
        doc.tokens[k].is_word
            && !doc.in_quote(k)
            && (is_capitalized(w) || matches!(w, "the" | "of" | "and" | "for"))
    };
    let mut k = who.checked_sub(1)?;
    if !is_capitalized(doc.word(k)) {
        return None;
    }
    while k > lo && who - k <= REACH && inside(k) {
        k -= 1;
    }
    // "a spokesman of the Ministry of Health who": "of" was read as the
    // name's own; the noun stands before it.
    if doc.word(k + 1) == "of" && doc.word(k).bytes().all(|b| b.is_ascii_lowercase()) {
        return Some(k);
    }
    (matches!(doc.word(k), "at" | "from" | "in" | "with") && k > lo).then(|| k - 1)
}

/// The first token of a family that is a clause's subject, ending at token
/// `i` ("his family", "Mr Hale's family", "the Hale family", "the
/// victim's relatives").
fn family_subject(doc: &Document, i: usize, lo: usize) -> Option<usize> {
    if !matches!(doc.word(i), "family" | "relatives") || i == lo || doc.in_quote(i) {
        return None;
    }
    let p = i - 1;
    let pw = doc.word(p);
    if matches!(pw, "his" | "her" | "their" | "His" | "Her" | "Their") {
        return Some(p);
    }
    // "Mr Hale's family", "the victim's family": the possessor and what
    // opens it.
    let run = if mentions::is_possessive(pw) || is_capitalized(pw) {
        mentions::run_ending_at(doc, p, lo).map(|(a, _)| a)
    } else {
        None
    };
    let start = run.unwrap_or(p);
    let start = if start > lo && matches!(doc.word(start - 1), "the" | "The") {
        start - 1
    } else {
        start
    };
    let named = run.is_some() || mentions::is_possessive(pw);
    named.then_some(start)
}

/// "of the firm Holloway Price": a name (from token `a`) after a kind of
/// body, its article and a preposition names the body, the object of the
/// phrase, never a person who speaks.
fn kind_of_body_before(doc: &Document, a: usize, lo: usize) -> bool {
    a > lo + 3
        && lexicon::BODY_EPITHETS.contains(&doc.word(a - 1))
        && matches!(doc.word(a - 2), "the" | "a")
        && matches!(
            doc.word(a - 3),
            "at" | "of" | "from" | "for" | "in" | "with"
        )
}

fn who_antecedent(doc: &Document, end: usize, lo: usize) -> Option<(usize, usize)> {
    /// An apposition is a short phrase.
    const REACH: usize = 30;
    let (a, b) = mentions::run_ending_at(doc, end, lo)?;
    // "at GT": the name is the object of a preposition inside the apposition.
    let inside_phrase = a > lo
        && (matches!(
            doc.word(a - 1),
            "at" | "of" | "from" | "for" | "in" | "with"
        ) || kind_of_body_before(doc, a, lo));
    if !inside_phrase {
        return Some((a, b));
    }
    let mut k = a;
    while k > lo && a - k < REACH {
        k -= 1;
        if doc.in_quote(k) {
            return None;
        }
        if doc.word(k) == "," {
            let (pa, pb) = mentions::run_ending_at(doc, k.checked_sub(1)?, lo)?;
            let m = mentions::parse_run(doc, pa, pb)?;
            return looks_like_a_person(&m.name).then_some((pa, pb));
        }
    }
    None
}

/// Lower-case words that may stand before a name inside an apposition
/// ("Another co-author, civil engineering professor Julian Marshall,"):
/// the first token of the name when tokens `from..` up to it are such words.
fn name_after_premodifier(doc: &Document, from: usize, a: usize) -> bool {
    /// A post is a few words, not a clause.
    const MAX_WORDS: usize = 6;
    // "His daughter, the broadcaster Efua Tetteh,": an article may open
    // the post when a post noun stands right before the name.
    let article = a > from + 1
        && matches!(doc.word(from), "the" | "a" | "an")
        && lexicon::is_role_noun(doc.word(a - 1));
    let from = if article { from + 1 } else { from };
    // "Liberal senator Ross Abernethy", "Kenyan envoy Amina Otieno": a
    // party or a nation may qualify the post in capitals.
    let qualifier = |w: &str| {
        lexicon::is_party_member(w)
            || lexicon::is_demonym(w)
            || lexicon::is_national(w)
            || matches!(
                w,
                "Democratic" | "Labour" | "Labor" | "Green" | "Independent"
            )
    };
    a >= from
        && a - from <= MAX_WORDS
        && (from..a).all(|t| {
            let w = doc.word(t);
            doc.tokens[t].is_word
                && !doc.in_quote(t)
                && (!is_capitalized(w) || (t + 1 < a && qualifier(w)))
                && !lexicon::is_reporting_verb(w)
                && !AUXILIARIES.contains(&w)
                && !matches!(w, "who" | "which" | "that" | "the" | "a" | "an")
        })
}

/// "quipped Acme Comics editor Ann Lee": a body's name (tokens `a..b`), a
/// post in lower case, then the person's name. The person is the subject;
/// the body and the post are their role.
fn post_then_name(doc: &Document, verb: usize, a: usize, b: usize, hi: usize) -> Option<Cue> {
    /// "senior vice president": a post is a few words.
    const MAX_WORDS: usize = 3;
    // "the Boston Celtics’ coach": a plural's possessive mark stands alone.
    let plural_possessive = b + 1 < hi
        && matches!(doc.word(b), "’" | "'")
        && doc.word(b - 1).ends_with('s')
        && doc.tokens[b - 1].end == doc.tokens[b].start;
    let post = if plural_possessive { b + 1 } else { b };
    let possessor = plural_possessive || mentions::is_possessive(doc.word(b - 1));
    // "said Kenya's Foreign Minister Ann Wambui": a post written as a
    // title after the possessor, and its holder's name, in one run.
    if possessor && post < hi && is_capitalized(doc.word(post)) {
        if let Some(cue) = titled_holder_after_possessor(doc, verb, a, post, hi) {
            return Some(cue);
        }
    }
    let mut k = post;
    while k < hi && k - post < MAX_WORDS && doc.tokens[k].is_word && !is_capitalized(doc.word(k)) {
        k += 1;
    }
    if k == post || !lexicon::is_role_noun(doc.word(k - 1)) {
        return None;
    }
    if possessor && (k >= hi || doc.word(k) == "," || !is_capitalized(doc.word(k))) {
        // "according to Governor Ellen Park's spokesman, Dan Ruiz,": the
        // name set off after the post; with none, the post itself speaks,
        // never its possessor.
        return name_after_post(doc, verb, a, k, hi)
            .or_else(|| Some(described_cue(doc, verb, (a, k), None)));
    }
    let (pa, pb) = mentions::run_starting_at(doc, k, hi)?;
    let m = mentions::parse_run(doc, pa, pb)?;
    let given = lexicon::first_name_gender(&m.name[0]) != Gender::Unknown;
    // "said Navy spokeswoman Abena Tukur.": a full name no list knows,
    // when it ends the clause after the post.
    let ends_clause = pb >= hi || matches!(doc.word(pb), "," | "." | ";" | ":");
    let full_name = m.name.len() >= 2 && ends_clause;
    if !(given || full_name) || !looks_like_a_person(&m.name) {
        return None;
    }
    let post = doc.text[doc.tokens[a].start..doc.tokens[k - 1].end].to_string();
    let subject = Subject::Name {
        words: m.name,
        role: Some(m.role.map_or(post.clone(), |r| format!("{post} {r}"))),
        gender: m.gender,
    };
    let app = mentions::apposition_role(doc, pb, hi);
    Some(cue_at(doc, verb, subject, (pa, pb), app))
}

/// "said Kenya's Foreign Minister Ann Wambui": the run from token `post`
/// is a title and a person's name; the possessor (from token `a`) and the
/// title are the role, the name the subject.
fn titled_holder_after_possessor(
    doc: &Document,
    verb: usize,
    a: usize,
    post: usize,
    hi: usize,
) -> Option<Cue> {
    let (pa, pb) = mentions::run_starting_at(doc, post, hi)?;
    let m = mentions::parse_run(doc, pa, pb)?;
    let title = m.role.as_ref()?;
    let name_first = pb.checked_sub(m.name.len())?;
    if name_first <= pa || !looks_like_a_person(&m.name) {
        return None;
    }
    let possessor = &doc.text[doc.tokens[a].start..doc.tokens[post - 1].end];
    let subject = Subject::Name {
        words: m.name,
        role: Some(format!("{possessor} {title}")),
        gender: m.gender,
    };
    let app = mentions::apposition_role(doc, pb, hi);
    Some(cue_at(doc, verb, subject, (name_first, pb), app))
}

/// "said Northfield University, Lakeside's provost, Dev Raghunathan": a
/// body's name (tokens `a..b`) with its place set off by a comma,
/// then the post and its holder, as in [`post_then_name`].
fn body_with_place_then_post(
    doc: &Document,
    verb: usize,
    a: usize,
    b: usize,
    hi: usize,
) -> Option<Cue> {
    if b + 1 >= hi || doc.word(b) != "," || !(a..b).any(|t| lexicon::is_org_word(doc.word(t))) {
        return None;
    }
    let (_, place_end) = mentions::run_starting_at(doc, b + 1, hi)?;
    if !mentions::is_possessive(doc.word(place_end - 1)) {
        return None;
    }
    post_then_name(doc, verb, a, place_end, hi)
}

/// "said the company's chief executive, Anna Berg.": a post (tokens
/// `first..end`) then a person's full name set off by a comma, ending the
/// clause. The person is the subject and the post their role.
fn name_after_post(
    doc: &Document,
    verb: usize,
    first: usize,
    end: usize,
    hi: usize,
) -> Option<Cue> {
    if end + 1 >= hi || doc.word(end) != "," {
        return None;
    }
    let (a, b) = mentions::run_starting_at(doc, end + 1, hi)?;
    let closes = b >= hi || matches!(doc.word(b), "," | "." | ";" | "?" | "!") || doc.in_quote(b);
    let m = mentions::parse_run(doc, a, b)?;
    // A given name any list knows, or a full name no list does ("the
    // university's provost, Dev Raghunathan.").
    let given = lexicon::first_name_gender(&m.name[0]) != Gender::Unknown || m.name.len() >= 2;
    if !closes || !given || !looks_like_a_person(&m.name) {
        return None;
    }
    let role_start = if is_determiner(doc.word(first)) {
        first + 1
    } else {
        first
    };
    let post = doc.text[doc.tokens[role_start].start..doc.tokens[end - 1].end].to_string();
    let subject = Subject::named(m);
    Some(cue_at(doc, verb, subject, (a, b), Some(post)))
}

/// The first token of "a spokesman for (the)" or "the government of"
/// written right before a name that starts at token `a`, when there is one.
fn described_before_name(doc: &Document, a: usize, lo: usize) -> Option<usize> {
    /// Bodies written in lower case that speak for a place.
    const BODIES: &[&str] = &["government", "ministry", "office", "embassy", "department"];
    let mut p = a.checked_sub(1).filter(|&p| p > lo)?;
    // "in the journal JAMA Psychiatry": a noun for what the name is.
    const KINDS: &[&str] = &[
        "journal",
        "newspaper",
        "magazine",
        "paper",
        "website",
        "outlet",
    ];
    if KINDS.contains(&doc.word(p)) && p > lo + 1 && doc.word(p - 1) == "the" {
        p -= 1;
    }
    // "a spokeswoman for New Zealand’s Ministry of Foreign Affairs", "for
    // the country's Ministry of Health": a possessor stands for the article.
    if mentions::is_possessive(doc.word(p)) && doc.tokens[p].is_word && !doc.in_quote(p) {
        p = p.checked_sub(1).filter(|&p| p > lo)?;
        while p > lo + 1 && is_capitalized(doc.word(p)) && doc.tokens[p].is_word {
            p -= 1;
        }
    }
    if doc.word(p) == "the" {
        p = p.checked_sub(1).filter(|&p| p > lo)?;
    }
    // "One user on Reddit wrote": on a platform too.
    let on_platform = doc.word(p) == "on" && audience::is_platform(doc.word(a));
    // "an adviser to Mr Haddi said": a post to a titled person, whose
    // title says the name is no new subject ("the ambassador to Britain
    // Liu Wen said" names its ambassador).
    let to_titled = doc.word(p) == "to"
        && (lexicon::honorific(doc.word(a)).is_some() || lexicon::title(doc.word(a)).is_some());
    if !on_platform
        && !to_titled
        && !matches!(doc.word(p), "of" | "for" | "at" | "from" | "in" | "with")
    {
        return None;
    }
    let noun = p - 1;
    let w = doc.word(noun);
    if doc.in_quote(noun) {
        return None;
    }
    if is_capitalized(w) {
        return titled_post_before_name(doc, noun, a, lo);
    }
    if w.ends_with("ed") && w.chars().all(|c| c.is_lowercase()) {
        return source_before_participle(doc, noun, lo);
    }
    let describes = lexicon::is_role_noun(w) || is_plural_role(w) || BODIES.contains(&w);
    if !describes || holds_the_holder(doc, a) {
        return None;
    }
    // The noun's determiner opens the description ("a", "the", "one"),
    // perhaps over a few modifiers ("A senior police officer in Mansehra").
    let mut head = noun;
    while head > lo
        && noun - head < 3
        && !is_determiner(doc.word(head - 1))
        && doc.tokens[head - 1].is_word
        && doc
            .word(head - 1)
            .chars()
            .all(|c| c.is_lowercase() || c == '-')
    {
        head -= 1;
    }
    let first = include_determiner(doc, head, lo);
    (first < head).then_some(first)
}

/// "The authors of the study published in JAMA Psychiatry said": before a
/// participle (token `participle`) whose phrase ends in a name, a source
/// opening the clause ("the authors") speaks, not the journal. Its first
/// token (the determiner).
fn source_before_participle(doc: &Document, participle: usize, lo: usize) -> Option<usize> {
    /// "the authors of the new study published in": a few words between.
    const REACH: usize = 7;
    let mut k = participle;
    while k > lo + 1 && participle - k < REACH {
        k -= 1;
        let w = doc.word(k);
        if doc.in_quote(k) || !doc.tokens[k].is_word || is_capitalized(w) {
            return None;
        }
        if lexicon::is_role_noun(w) || is_plural_role(w) {
            let first = k - 1;
            let opens = first == lo || matches!(doc.word(first - 1), "," | ";" | ":");
            let determiner = matches!(doc.word(first), "the" | "a" | "an" | "The" | "A" | "An");
            return (determiner && opens).then_some(first);
        }
    }
    None
}

/// "the spokesman for Hamas Fawzi Barhoum said": the run from token `a`
/// names the body and then the person who holds the post, who speaks.
fn holds_the_holder(doc: &Document, a: usize) -> bool {
    mentions::run_starting_at(doc, a, doc.sentences[doc.sentence_of[a]].last)
        .and_then(|(a, b)| Some((b - a, mentions::parse_run(doc, a, b)?)))
        .is_some_and(|(words, m)| words > m.name.len() && looks_like_a_person(&m.name))
}

/// "The Minister for Foreign Affairs said", "the UN High Commissioner for
/// Refugees said": a capitalised post (token `title`) whose office is named
/// after it (the run from `a`) is the subject, not the office's name. Only
/// after "the" (over a few capitalised modifiers), and only when the run
/// holds no given name ("the envoy to Japan Tendai Moyo" names a person).
fn titled_post_before_name(doc: &Document, title: usize, a: usize, lo: usize) -> Option<usize> {
    let w = doc.word(title);
    if lexicon::title(w).is_none() && !lexicon::is_role_noun(&w.to_lowercase()) {
        return None;
    }
    let (_, b) = mentions::run_starting_at(doc, a, doc.sentences[doc.sentence_of[a]].last)?;
    if (a..b).any(|t| lexicon::is_given_name(doc.word(t))) {
        return None;
    }
    // "The Minister for Health Tang Xiaoping said": two words or more after
    // the portfolio's are the holder's name.
    let portfolio = (a..b)
        .take_while(|&t| mentions::PORTFOLIO_WORDS.contains(&doc.word(t)))
        .count();
    if portfolio > 0 && b - a - portfolio >= 2 {
        return None;
    }
    let mut head = title;
    while head > lo
        && title - head < 3
        && doc.word(head - 1) != "The"
        && is_capitalized(doc.word(head - 1))
    {
        head -= 1;
    }
    (head > lo && matches!(doc.word(head - 1), "the" | "The")).then_some(head - 1)
}

/// The first token of a phrase "in/while/when/after/before/by + -ing ..."
/// that ends at token `last` (a comma may close it), when a name or a
/// comma stands before it.
fn participle_phrase_start(doc: &Document, last: usize, lo: usize) -> Option<usize> {
    /// "in relaying the news to the assembly": a short phrase.
    const REACH: usize = 14;
    let end = if doc.word(last) == "," {
        last.checked_sub(1)?
    } else {
        last
    };
    let mut k = end;
    while k > lo && end - k < REACH {
        // "speaking to CNN's \"State of the Union\" on Sunday": a title
        // quoted inside the phrase is part of it.
        if doc.in_quote(k) || matches!(doc.word(k), "\"" | "“" | "”") {
            k -= 1;
            continue;
        }
        if !doc.tokens[k].is_word {
            return None;
        }
        let w = doc.word(k);
        let opens = matches!(w, "in" | "while" | "when" | "after" | "before" | "by");
        if opens && k < end && doc.word(k + 1).ends_with("ing") {
            let before = doc.word(k - 1);
            let named = before == "," || mentions::run_ending_at(doc, k - 1, lo).is_some();
            return named.then_some(k);
        }
        // "The ambassador, speaking to CNN on Sunday, said": a bare
        // participle set off by commas (the caller saw the closing one).
        let bare = looks_like_participle(w) && doc.word(k - 1) == "," && doc.word(last) == ",";
        if bare {
            return Some(k);
        }
        k -= 1;
    }
    None
}

/// "the ministry said", "The mayor's office said": a body noun at token
/// `head` after "the" or a possessive that open the clause ("a source close
/// to the council said" is no body speaking).
fn opens_body_phrase(doc: &Document, head: usize, lo: usize) -> bool {
    let mut k = head;
    if k > lo && (doc.word(k - 1).ends_with("'s") || doc.word(k - 1).ends_with("’s")) {
        k -= 1;
        // "Chief Minister Suresh Rao's office said": the possessor is a
        // name, with its title; the phrase opens where the name does.
        if is_capitalized(doc.word(k)) {
            if let Some((a, _)) = mentions::run_ending_at(doc, k, lo) {
                k = a;
            }
        }
    }
    // "the production company said": one lower-case word of what kind.
    let kind_word = |w: &str| {
        w.len() > 2 && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') && !is_adverb(w)
    };
    if k == head
        && k > lo + 1
        && kind_word(doc.word(k - 1))
        && doc.word(k - 2).eq_ignore_ascii_case("the")
    {
        k -= 1;
    }
    // "The French foreign ministry said": the nation's adjective before
    // the kind.
    if k == head
        && k > lo + 2
        && kind_word(doc.word(k - 1))
        && lexicon::is_national(doc.word(k - 2))
        && doc.word(k - 3).eq_ignore_ascii_case("the")
    {
        k -= 2;
    }
    if k > lo && doc.word(k - 1).eq_ignore_ascii_case("the") {
        k -= 1;
    } else if k == head {
        return false;
    }
    k == lo || doc.in_quote(k - 1) || matches!(doc.word(k - 1), "," | ";" | ":" | "—" | "–")
}

/// "The statement read", "the summary of the decision read": a short
/// phrase in lower case, opened by a determiner at the start of its clause
/// and ending at token `last`, that names a writing. Returns its first token.
fn writing_phrase(doc: &Document, last: usize, lo: usize) -> Option<usize> {
    const REACH: usize = 6;
    const OPENERS: &[&str] = &[
        "the", "The", "a", "A", "its", "Its", "his", "His", "her", "Her", "their", "Their",
    ];
    let mut k = last;
    let mut names_writing = false;
    while k >= lo && last - k < REACH {
        let w = doc.word(k);
        if doc.in_quote(k) || !doc.tokens[k].is_word {
            return None;
        }
        names_writing |= is_writing(w);
        // After a quote too: "\"…,\" the ministry's statement read."
        let opens = k == lo
            || doc.in_quote(k - 1)
            || matches!(doc.word(k - 1), "," | ";" | ":" | "—" | "–");
        if OPENERS.contains(&w) && (opens || part_of(doc, k, lo)) {
            return names_writing.then_some(k);
        }
        if is_capitalized(w) && k != last {
            // "Acme Corp's statement read", "Judge Lee's ruling says": a
            // name that owns the writing opens the phrase; the issuer is
            // found from it.
            return (names_writing && mentions::is_possessive(w))
                .then(|| mentions::run_ending_at(doc, k, lo))
                .flatten()
                .map(|(a, _)| a)
                .filter(|&a| {
                    a == lo
                        || doc.in_quote(a - 1)
                        || matches!(doc.word(a - 1), "," | ";" | ":" | "—" | "–")
                        || part_of(doc, a, lo)
                });
        }
        if k == 0 {
            break;
        }
        k -= 1;
    }
    None
}

/// "Part of the ruling reads": the phrase before token `k` takes a share
/// of the writing, which is still the writing's words.
fn part_of(doc: &Document, k: usize, lo: usize) -> bool {
    k >= lo + 2
        && doc.word(k - 1) == "of"
        && matches!(doc.word(k - 2), "Part" | "part" | "Parts" | "parts")
        && (k - 2 == lo || matches!(doc.word(k - 3), "," | ";" | ":" | "—" | "–"))
}

/// "the Supreme Court of Utopia ruled", "the Ministry of Health said": a
/// body whose name holds "of (the)" and a place. The run of capitals that
/// ends at token `a - 1` is the place; when the run before "of" holds an
/// organisation word, the whole is the body's name. Returns its first token.
fn body_of_place(doc: &Document, a: usize, lo: usize) -> Option<usize> {
    let mut p = a.checked_sub(1).filter(|&p| p > lo)?;
    if doc.word(p) == "the" {
        p = p.checked_sub(1).filter(|&p| p > lo)?;
    }
    if doc.word(p) != "of" {
        return None;
    }
    let (ra, rb) = mentions::run_ending_at(doc, p - 1, lo)?;
    if rb != p || !(ra..rb).any(|t| lexicon::is_org_word(doc.word(t))) {
        return None;
    }
    Some(ra)
}

/// "researchers", "scientists": the plural of a role noun names a group
/// that can speak ("The researchers reported").
fn is_plural_role(w: &str) -> bool {
    // "police" is a plural without an "s" ("police said", "police say").
    w == "police"
        || (w.len() > 3
            && !is_capitalized(w)
            && w.strip_suffix('s').is_some_and(lexicon::is_role_noun))
}

/// "Some people say", "others said", "people are like": a group with no
/// post, taken only where it opens its clause or after a quantifier ("Lee,
/// who has helped people, said" is no group's words). Returns the first
/// token of the description ending at `i`.
fn group_subject(doc: &Document, i: usize, lo: usize) -> Option<usize> {
    let w = doc.word(i);
    if !["people", "others", "folks"]
        .iter()
        .any(|g| w.eq_ignore_ascii_case(g))
    {
        return None;
    }
    if i == lo {
        return Some(i);
    }
    let p = doc.word(i - 1);
    if opens_group(p) {
        // "one of the people said": the one, of the group.
        let part_of = i >= lo + 3
            && doc.word(i - 2) == "of"
            && matches!(
                doc.word(i - 3).to_lowercase().as_str(),
                "one" | "two" | "three" | "some" | "many" | "several" | "both" | "none" | "each"
            );
        return Some(if part_of { i - 3 } else { i - 1 });
    }
    let opens = doc.in_quote(i - 1)
        || matches!(
            p.to_lowercase().as_str(),
            "," | ";" | ":" | "and" | "but" | "then" | "so" | "—" | "–"
        );
    opens.then_some(i)
}

/// "the", "some", "most", "few": a word that opens a group's description.
fn opens_group(w: &str) -> bool {
    is_determiner(w) || matches!(w, "most" | "Most" | "few" | "Few")
}

fn include_determiner(doc: &Document, a: usize, lo: usize) -> usize {
    if a > lo && is_determiner(doc.word(a - 1)) {
        a - 1
    } else {
        a
    }
}

fn description(doc: &Document, a: usize, b: usize) -> Subject {
    Subject::Description((a..b).map(|t| doc.word(t).to_string()).collect())
}

/// Nouns for people that no post list holds, whose plural names a group.
const PEOPLE_NOUNS: &[&str] = &[
    "resident",
    "worker",
    "parent",
    "student",
    "neighbor",
    "neighbour",
    "voter",
    "protester",
    "witness",
    "patient",
    "teacher",
    "nurse",
    "passenger",
    "fan",
    "shopper",
    "tenant",
    "villager",
];

/// "\"...,\" one said", "\"...,\" one of them said": token `i` ends the
/// subject; its source is one of the latest group of people the text named
/// before ("Two teachers", "Nurses on the fourth floor"), as a plural of a
/// noun for people.
fn one_of_the_group(doc: &Document, verb: usize, i: usize, lo: usize) -> Option<Cue> {
    /// How far back (in tokens) the group may be named.
    const REACH: usize = 60;
    let w = doc.word(i);
    let start = if w.eq_ignore_ascii_case("one") {
        i
    } else if w == "them"
        && i >= lo + 2
        && doc.word(i - 1) == "of"
        && doc.word(i - 2).eq_ignore_ascii_case("one")
    {
        i - 2
    } else {
        return None;
    };
    // The subject opens its clause: after a quote or a comma, or first.
    let opens =
        start == lo || doc.in_quote(start - 1) || matches!(doc.word(start - 1), "," | "and");
    if !opens {
        return None;
    }
    let group = (start.saturating_sub(REACH)..start).rev().find_map(|k| {
        let g = doc.word(k);
        // "Nurses on the fourth floor": capitalised only as the sentence opens.
        let g = if doc.sentences[doc.sentence_of[k]].first == k {
            g.to_lowercase()
        } else {
            g.to_string()
        };
        let people_noun = !doc.in_quote(k)
            && g.len() > 3
            && g.chars().all(|c| c.is_ascii_lowercase())
            && g.strip_suffix('s')
                .is_some_and(|one| lexicon::is_role_noun(one) || PEOPLE_NOUNS.contains(&one));
        people_noun.then_some(g)
    })?;
    let words: Vec<String> = ["one", "of", "the", group.as_str()]
        .iter()
        .map(|w| w.to_string())
        .collect();
    let mut cue = cue_at(
        doc,
        verb,
        Subject::Description(words.clone()),
        (start, i + 1),
        None,
    );
    cue.mention = words.join(" ");
    Some(cue)
}

/// The cue of `verb` whose subject is the description written in tokens
/// `span`.
fn described_cue(
    doc: &Document,
    verb: usize,
    span: (usize, usize),
    apposition: Option<String>,
) -> Cue {
    cue_at(
        doc,
        verb,
        description(doc, span.0, span.1),
        span,
        apposition,
    )
}

/// "The Biden campaign", "the Trump administration": a body named after
/// whom it serves, ending at token `head` (its noun) and opened by "the".
/// The name is the body's, never the person's.
fn body_named_for(doc: &Document, head: usize, lo: usize) -> Option<(Subject, (usize, usize))> {
    if head <= lo || head >= doc.tokens.len() || !lexicon::is_named_body_noun(doc.word(head)) {
        return None;
    }
    let (a, b) = mentions::run_ending_at(doc, head - 1, lo)?;
    if b != head || a == 0 || !matches!(doc.word(a - 1), "the" | "The") {
        return None;
    }
    let words: Vec<String> = (a..=head).map(|t| doc.word(t).to_string()).collect();
    let subject = Subject::Name {
        words,
        role: None,
        gender: Gender::Unknown,
    };
    Some((subject, (a - 1, head + 1)))
}

/// The end of a short phrase that says whose post a description names
/// ("the head of the police's internal investigators", "a spokesman for the
/// Foreign Ministry"), starting at token `t`; `t` itself when there is none.
fn qualifying_phrase_end(doc: &Document, t: usize, hi: usize) -> usize {
    /// Longer, and the phrase is a clause of its own.
    const MAX_TOKENS: usize = 7;
    if t >= hi || !matches!(doc.word(t), "of" | "for" | "at" | "from" | "with") {
        return t;
    }
    let mut end = t;
    let mut k = t + 1;
    while k < hi && k - t <= MAX_TOKENS {
        let w = doc.word(k);
        if !doc.tokens[k].is_word
            || doc.in_quote(k)
            || lexicon::is_reporting_verb(w)
            || matches!(
                w,
                "who" | "which" | "that" | "and" | "or" | "but" | "on" | "in"
            )
        {
            break;
        }
        k += 1;
        if !is_determiner(w) {
            end = k;
        }
    }
    // A phrase of determiners only is no phrase: `end` stays at `t`.
    end
}

fn subject_after(doc: &Document, verb: usize, first: usize, hi: usize) -> Option<Cue> {
    if first >= hi || doc.in_quote(first) {
        return None;
    }
    let w = doc.word(first);
    if matches!(w, "he" | "she") {
        let g = lexicon::pronoun(w)?;
        return Some(cue_at(
            doc,
            verb,
            Subject::Pronoun(g),
            (first, first + 1),
            None,
        ));
    }
    // "said the younger Mr Tan": which of two relatives, then the name
    // (resolve reads "the younger" again to choose between them).
    if matches!(w, "the" | "The")
        && first + 2 < hi
        && matches!(doc.word(first + 1), "elder" | "older" | "younger")
    {
        if let Some(m) = mentions::run_starting_at(doc, first + 2, hi)
            .and_then(|(a, b)| Some((mentions::parse_run(doc, a, b)?, a, b)))
        {
            let (m, a, b) = m;
            let app = mentions::apposition_role(doc, b, hi);
            return Some(cue_at(doc, verb, Subject::named(m), (a, b), app));
        }
    }
    // "according to eyewitness Ann Lee": lower-case words naming a post,
    // then the name.
    // "tweeted former think-tank executive Ken Gude": lower-case words
    // before the name, the last of them a role noun.
    // "said the saxophonist Desmond Ruiz": "the" may open the post.
    let post_first = if matches!(w, "the" | "The") && first + 1 < hi {
        first + 1
    } else {
        first
    };
    // "said chief Hungarian negotiator Tamas Orr": a nation's adjective
    // inside the post, before more of it in lower case.
    let national_inside = |k: usize| {
        k + 1 < hi
            && (lexicon::is_national(doc.word(k)) || lexicon::is_demonym(doc.word(k)))
            && doc.tokens[k + 1].is_word
            && !is_capitalized(doc.word(k + 1))
    };
    let mut named = post_first;
    while named < hi
        && named - post_first < 4
        && doc.tokens[named].is_word
        && !doc.in_quote(named)
        && (!is_capitalized(doc.word(named)) || (named > post_first && national_inside(named)))
        && !is_determiner(doc.word(named))
        && !AUXILIARIES.contains(&doc.word(named))
        && !matches!(doc.word(named), "and" | "or" | "to" | "of" | "in" | "that")
    {
        named += 1;
    }
    // "said state Sen. Ada Fields": lower-case words before a title.
    let titled = named > post_first && named < hi && lexicon::title(doc.word(named)).is_some();
    let posted = named > post_first
        && (lexicon::is_occupation(doc.word(named - 1))
            || matches!(doc.word(named - 1), "former" | "then")
            || titled);
    if named > post_first {
        if let Some((a, b)) = mentions::run_starting_at(doc, named, hi) {
            // "said costumer Ian Campbell.": lower-case words, then a
            // person's full name that ends the clause, are the person's
            // post whether or not a list knows the noun.
            let ends_clause = b >= hi || matches!(doc.word(b), "." | "," | ";");
            let person_named = b - a >= 2
                && ends_clause
                && lexicon::first_name_gender(doc.word(a)) != Gender::Unknown
                && !lexicon::is_reporting_verb(doc.word(named - 1));
            if let Some(m) = mentions::parse_run(doc, a, b).filter(|_| posted || person_named) {
                let role =
                    doc.text[doc.tokens[post_first].start..doc.tokens[named - 1].end].to_string();
                let subject = Subject::Name {
                    words: m.name,
                    role: Some(m.role.map_or(role.clone(), |r| format!("{role} {r}"))),
                    gender: m.gender,
                };
                let app = mentions::apposition_role(doc, b, hi);
                return Some(cue_at(doc, verb, subject, (a, b), app));
            }
        }
    }
    if matches!(w, "the" | "The") {
        if let Some((a, b)) = mentions::run_starting_at(doc, first + 1, hi) {
            // "said the Speaker, Sir Lionel Brack": a post written as a
            // title, then its holder set off.
            if let Some(cue) = name_after_post(doc, verb, first, b, hi) {
                return Some(cue);
            }
            if definite_epithet(doc, a, b, first).is_some() {
                return Some(described_cue(doc, verb, (first, b), None));
            }
            // "said the University of Leeds' vice-chancellor, Ann Lee": the
            // body's post, then its holder.
            if let Some(cue) = post_then_name(doc, verb, a, b, hi) {
                return Some(cue);
            }
        }
    }
    // "wrote 52-year-old Colin Rusk": an age before the name is no role.
    let first = if lexicon::is_age_epithet(w) {
        first + 1
    } else {
        first
    };
    if let Some((a, b)) = mentions::run_starting_at(doc, first, hi) {
        if let Some(cue) = post_then_name(doc, verb, a, b, hi)
            .or_else(|| body_with_place_then_post(doc, verb, a, b, hi))
        {
            return Some(cue);
        }
        return Some(match mentions::parse_run(doc, a, b) {
            Some(m) => {
                let app = mentions::apposition_role(doc, b, hi);
                cue_at(doc, verb, Subject::named(m), (a, b), app)
            }
            None => described_cue(doc, verb, (a, b), None),
        });
    }
    // "said the Ministry of Works", "according to the State Department": a
    // body's name after "the".
    if matches!(w, "the" | "The") {
        if let Some((a, b)) = mentions::run_starting_at(doc, first + 1, hi) {
            if let Some((subject, span)) = body_named_for(doc, b, first) {
                return Some(cue_at(doc, verb, subject, span, None));
            }
            let words: Vec<String> = (a..b).map(|t| doc.word(t).to_string()).collect();
            if words.iter().any(|w| lexicon::is_org_word(w)) {
                let subject = Subject::Name {
                    words,
                    role: None,
                    gender: Gender::Unknown,
                };
                return Some(cue_at(doc, verb, subject, (a, b), None));
            }
        }
    }
    // "said a note from Brightwater Advisors": who the writing is from.
    if let Some((a, b)) = writing_from(doc, first, hi) {
        if let Some(m) = mentions::parse_run(doc, a, b) {
            return Some(cue_at(doc, verb, Subject::named(m), (a, b), None));
        }
    }
    if let Some(end) = writing_after(doc, first, hi) {
        return Some(cue_at(doc, verb, Subject::Writing, (first, end), None));
    }
    if is_determiner(w) || lexicon::is_role_noun(w) {
        // "said the Israeli PM", "according to a campaign spokesman"
        let mut b = first + 1;
        let mut head = None;
        while b < hi && b - first < 7 {
            let bw = doc.word(b);
            if !doc.tokens[b].is_word || doc.in_quote(b) {
                break;
            }
            // "says the 43-year-old": an age is what a reporter calls
            // someone already named, as a post is.
            if lexicon::is_role_noun(bw) || is_capitalized(bw) || lexicon::is_age_epithet(bw) {
                head = Some(b);
            } else if head.is_some_and(|h| {
                // "said a Bramley police spokesman": after a place's name,
                // plain lower-case words may still lead to the post.
                lexicon::is_role_noun(doc.word(h))
                    || !bw.bytes().all(|c| c.is_ascii_lowercase())
                    || lexicon::is_reporting_verb(bw)
                    || matches!(
                        bw,
                        "for"
                            | "of"
                            | "in"
                            | "at"
                            | "to"
                            | "and"
                            | "or"
                            | "who"
                            | "that"
                            | "with"
                            | "from"
                            | "on"
                            | "by"
                            | "as"
                    )
            }) {
                break;
            }
            b += 1;
        }
        if lexicon::is_role_noun(w) && head.is_none() {
            head = Some(first);
        }
        let Some(head) = head else {
            // "one longtime season-ticket holder, Gary Lin,": a post no
            // word list knows, then a person's name set off by commas.
            return name_after_post(doc, verb, first, b, hi);
        };
        if !lexicon::is_role_noun(doc.word(head)) && !lexicon::is_age_epithet(doc.word(head)) {
            return None;
        }
        if let Some(cue) = name_after_post(doc, verb, first, head + 1, hi) {
            return Some(cue);
        }
        let end = qualifying_phrase_end(doc, head + 1, hi);
        let end = description_tail::trailing_modifier_end(doc, end, hi);
        // After a phrase ("according to a report in the Argus Leader of
        // Sioux Falls, Gov. Noem launched"), a comma opens the next clause.
        let app = (end == head + 1)
            .then(|| mentions::apposition_role(doc, end, hi))
            .flatten();
        return Some(described_cue(doc, verb, (first, end), app));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn subjects(text: &str) -> Vec<(String, String)> {
        let d = Document::new(text);
        cues(&d).into_iter().map(|c| (c.cue, c.mention)).collect()
    }

    #[test]
    fn subjects_before_and_after_the_verb() {
        assert_eq!(
            subjects("\"We will see,\" said Ann Lee. Tom Park told reporters so."),
            [
                ("said".into(), "Ann Lee".into()),
                ("told".into(), "Tom Park".into())
            ]
        );
        assert_eq!(subjects("\"No,\" he said."), [("said".into(), "he".into())]);
    }

    #[test]
    fn a_name_set_off_after_a_description_is_the_subject() {
        let d = Document::new("The harbour master, Aoife Brennan, said the wall was late.");
        let c = cues(&d);
        assert_eq!(c[0].mention, "Aoife Brennan");
        assert_eq!(c[0].apposition.as_deref(), Some("harbour master"));
        let d = Document::new("Later, the city\u{2019}s chief engineer, Tom Park, told reporters.");
        let c = cues(&d);
        assert_eq!(c[0].mention, "Tom Park");
        assert_eq!(
            c[0].apposition.as_deref(),
            Some("city\u{2019}s chief engineer")
        );
        // A clause before the commas is no description (no role), but the
        // full name set off by the commas is still the subject.
        let d = Document::new("The man who spoke first, Tom Park, said no.");
        let c = cues(&d);
        assert_eq!(c[0].mention, "Tom Park");
        assert_eq!(c[0].apposition, None);
    }

    #[test]
    fn as_a_name_put_it_reports_and_so_does_a_participle() {
        let d = Document::new("As Ann Lee, a tax lawyer, recently put it, \"Who pays?\"");
        assert_eq!(cues(&d)[0].mention, "Ann Lee");
        let d = Document::new("The ad shows Tom Park asking, \"Why not?\"");
        assert_eq!(cues(&d)[0].mention, "Tom Park");
    }

    #[test]
    fn a_role_noun_with_a_phrase_that_places_it_is_a_description() {
        let d = Document::new("\"Why not?\" a narrator in the town ad asks.");
        assert_eq!(cues(&d)[0].mention, "a narrator in the town ad");
        let d = Document::new("The ad in the paper asks for money.");
        assert!(cues(&d).is_empty());
    }

    #[test]
    fn who_after_a_name_is_that_name() {
        let d = Document::new(
            "Guests included Ann Lee and Tom Park, who joked of the hall, \"It is big.\"",
        );
        assert_eq!(cues(&d)[0].mention, "Tom Park");
    }

    #[test]
    fn appositions_are_skipped_to_reach_the_name() {
        let d = Document::new("Ann Lee, the mayor of the town, said it was fine.");
        let c = cues(&d);
        assert_eq!(c[0].mention, "Ann Lee");
        assert_eq!(c[0].apposition.as_deref(), Some("mayor of the town"));
    }

    #[test]
    fn descriptions_and_according_to() {
        assert_eq!(
            subjects("A campaign spokesman said no. According to the governor, it rained."),
            [
                ("said".into(), "A campaign spokesman".into()),
                ("according to".into(), "the governor".into())
            ]
        );
    }

    #[test]
    fn an_organisation_in_the_apposition_is_not_the_subject() {
        let d = Document::new(
            "Ann Lee, who speaks for the Bridge Builders Coalition, which has 40 members, said it was safe.",
        );
        assert_eq!(cues(&d)[0].mention, "Ann Lee");
    }

    #[test]
    fn a_participle_after_a_comma_reports_its_clauses_subject() {
        let d = Document::new("In a livestream, Ann Lee shared her reasons, saying \"We lost.\"");
        assert_eq!(cues(&d)[0].mention, "Ann Lee");
        // "quoted X, a post, as saying": the one quoted, not the outlet.
        let d = Document::new(
            "The Herald quoted Tom Park, a former harbour master, as saying \"It is late.\"",
        );
        assert_eq!(cues(&d)[0].mention, "Tom Park");
    }

    #[test]
    fn a_post_in_lower_case_may_stand_before_an_appositive_name() {
        let d = Document::new("One of the authors, herpetologist Ann Lee, told reporters so.");
        let c = cues(&d);
        assert_eq!(c[0].mention, "Ann Lee");
        let Subject::Name { role, .. } = &c[0].subject else {
            panic!("{:?}", c[0].subject)
        };
        assert_eq!(role.as_deref(), Some("herpetologist"));
        let d = Document::new(
            "Another co-author, civil engineering professor Tom Park, said it was hard.",
        );
        assert_eq!(cues(&d)[0].mention, "Tom Park");
    }

    #[test]
    fn who_reaches_past_an_apposition_to_the_name() {
        let d = Document::new(
            "The work was led by Tom Park, a biologist at Acme University, who said it was hard.",
        );
        assert_eq!(cues(&d)[0].mention, "Tom Park");
        let d = Document::new("The bill was drafted by Ann Lee who said it was late.");
        assert_eq!(cues(&d)[0].mention, "Ann Lee");
        // A name in a list is the antecedent itself.
        let d = Document::new("Guests were Ann Lee and Tom Park, who joked, \"It is big.\"");
        assert_eq!(cues(&d)[0].mention, "Tom Park");
    }

    #[test]
    fn the_author_of_a_writing_is_the_subject() {
        let d = Document::new("It was a ban, according to a tweet on Monday by Ann Lee.");
        assert_eq!(cues(&d)[0].mention, "Ann Lee");
        let d = Document::new("The Harbour Board issued a statement: \"We are closed.\"");
        let c = cues(&d);
        assert_eq!(c[0].cue, "issued");
        assert_eq!(c[0].mention, "Harbour Board");
        // Issuing a permit reports nothing.
        assert!(cues(&Document::new("The Harbour Board issued a permit.")).is_empty());
    }

    #[test]
    fn a_post_before_the_name_after_the_verb() {
        assert_eq!(
            subjects("\"No,\" tweeted former bank executive Tom Park."),
            [("tweeted".into(), "Tom Park".into())]
        );
        let d = Document::new("\"Yes,\" quipped Acme Comics editor Ann Lee, later.");
        let c = cues(&d);
        assert_eq!(c[0].mention, "Ann Lee");
        let Subject::Name { role, .. } = &c[0].subject else {
            panic!("{:?}", c[0].subject)
        };
        assert_eq!(role.as_deref(), Some("Acme Comics editor"));
    }

    #[test]
    fn they_and_plural_descriptions_are_subjects() {
        let d = Document::new("The researchers suggested it. They reported, \"It grows.\"");
        let c = cues(&d);
        assert_eq!(
            c[0].subject,
            Subject::Description(vec!["The".into(), "researchers".into()])
        );
        assert_eq!(c[1].subject, Subject::Plural);
    }

    #[test]
    fn a_title_keeps_the_particle_of_the_name_after_it() {
        let d = Document::new("Mayor de Vries told reporters so. Ann Lee informed the court.");
        let c = cues(&d);
        let Subject::Name { words, .. } = &c[0].subject else {
            panic!("{:?}", c[0].subject)
        };
        assert_eq!(words, &["de".to_string(), "Vries".to_string()]);
        assert_eq!(c[1].mention, "Ann Lee");
    }

    #[test]
    fn a_spokesman_for_a_body_is_the_subject_not_the_body() {
        assert_eq!(
            subjects(
                "A spokesman for the Foreign Ministry said no. The government of Utopia said yes."
            ),
            [
                ("said".into(), "A spokesman for the Foreign Ministry".into()),
                ("said".into(), "The government of Utopia".into())
            ]
        );
        // A person of a body stays the person.
        assert_eq!(
            subjects("Ann Lee of the Daily Post said no."),
            [("said".into(), "Ann Lee".into())]
        );
    }

    #[test]
    fn possessives_are_not_subjects() {
        assert!(subjects("Lee’s claims were false.").is_empty());
    }

    #[test]
    fn a_post_and_a_name_set_off_by_commas_give_the_name_its_role() {
        let cue = |t: &str| cues(&Document::new(t)).remove(0);
        let c = cue("\"Enough,\" the union's regional secretary, Tom Birch, said.");
        assert_eq!(c.mention, "Tom Birch");
        assert_eq!(c.apposition.as_deref(), Some("union's regional secretary"));
        let c = cue("\"It is fair,\" said the company's chief executive, Anna Berg.");
        assert_eq!(c.mention, "Anna Berg");
        assert_eq!(c.apposition.as_deref(), Some("company's chief executive"));
        // Not a name after the post: the description stays the subject.
        let c = cue("\"It is fair,\" said the company's chief executive, adding more.");
        assert_eq!(c.mention, "the company's chief executive");
    }

    #[test]
    fn an_age_in_the_apposition_is_skipped_to_reach_the_role() {
        let c = cues(&Document::new(
            "\"We will fight,\" said Jane Doe, 47, a teacher from Leeds.",
        ));
        assert_eq!(c[0].mention, "Jane Doe");
        assert_eq!(c[0].apposition.as_deref(), Some("teacher from Leeds"));
    }

    #[test]
    fn like_reports_words_in_spoken_english() {
        let d = Document::new("And she's like \"pray more\". I'm like: \"No.\" Some people went like \"Are you?\" She was like \"Fine\". He would like \"tea\".");
        let found: Vec<(String, Subject)> = cues(&d)
            .into_iter()
            .map(|c| (c.mention, c.subject))
            .collect();
        assert_eq!(found.len(), 4, "{found:?}");
        assert_eq!(found[0].1, Subject::Pronoun(Gender::Female));
        assert_eq!(found[1].1, Subject::FirstPerson);
        assert_eq!(found[2].0, "Some people");
        assert_eq!(found[3].1, Subject::Pronoun(Gender::Female));
    }

    #[test]
    fn a_given_name_alone_set_off_after_a_description_is_the_subject() {
        let c = cues(&Document::new(
            "His wife, Ana, added: \"We lost everything.\"",
        ));
        assert_eq!(c[0].mention, "Ana");
        assert_eq!(c[0].apposition.as_deref(), Some("wife"));
        // A word no list knows as a given name is not taken for one.
        let c = cues(&Document::new(
            "His company, Acme, added: \"We lost everything.\"",
        ));
        assert_ne!(c.first().map(|c| c.mention.as_str()), Some("Acme"));
    }
}
