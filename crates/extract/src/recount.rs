//! Recounted words: "Bostic said Whitfield had grabbed him and told him:
//! \"Get out of my way.\"" The quote a colon opens after a second verb of
//! telling is the words of that verb's subject (Whitfield), not of the one
//! who recounts them (Bostic).

use super::document::Document;
use super::entities::{is_kin, People};
use super::lexicon::{self, Gender};
use super::mentions;
use super::resolve::{person_named_in, Form, Speaker};

/// Verbs that hand words to someone else, or utter them aloud, the way the
/// recounted speaker did. ("added", "explained" continue the teller.)
const TELLING: &[&str] = &[
    "told",
    "tell",
    "tells",
    "telling",
    "declared",
    "declaring",
    "shouted",
    "shouting",
    "yelled",
    "yelling",
    "screamed",
    "screaming",
    "whispered",
    "whispering",
    "warned",
    "reminded",
    "instructed",
    // Words given as assurance, advice or order ("Pryce said the surgeon
    // had reassured him: …").
    "assured",
    "reassured",
    "promised",
    "advised",
    "urged",
    "ordered",
    "begged",
];

/// Possessives that open a relative's description ("his father").
const POSSESSIVES: &[&str] = &["his", "her", "their", "His", "Her", "Their"];

/// The colon that opens quote `q` and the first token of its sentence, when
/// a colon opens it.
fn opened_by_colon(doc: &Document, q: usize) -> Option<(usize, usize)> {
    let open = doc.token_at(doc.quotes[q].open);
    if open == 0 || open >= doc.tokens.len() || doc.word(open - 1) != ":" {
        return None;
    }
    Some((open - 1, doc.sentences[doc.sentence_of[open]].first))
}

/// The speaker of the words quote `q` opens with a colon, when its
/// sentence recounts them: an earlier verb of saying (or "According to")
/// and then a verb of telling whose subject is someone else.
pub fn recounted_voice(doc: &Document, people: &People, q: usize) -> Option<Speaker> {
    let (colon, first) = opened_by_colon(doc, q)?;
    let outside = |k: usize| !doc.in_quote(k) && doc.tokens[k].is_word;
    // The verb of telling: the last verb before the colon.
    let verb = (first..colon)
        .rev()
        .find(|&k| outside(k) && is_verb_of_saying(doc.word(k)))?;
    // "She says the commissioner looked at the women and said:": a verb
    // of saying joined to its own clause by "and" recounts too.
    let joined_saying = verb > first
        && matches!(doc.word(verb), "said" | "asked" | "replied")
        && doc.word(verb - 1) == "and";
    if !TELLING.contains(&doc.word(verb)) && !joined_saying {
        return None;
    }
    // The teller: an earlier verb of saying, or "According to" opening the
    // sentence.
    let according = doc.word(first).eq_ignore_ascii_case("according")
        && first + 1 < verb
        && doc.word(first + 1) == "to";
    let teller = (first..verb).find(|&k| outside(k) && is_verb_of_saying(doc.word(k)));
    let from = if according {
        (first..verb).find(|&k| doc.word(k) == ",")? + 1
    } else {
        teller? + 1
    };
    // "Sundar told The Hindu that Raghavan used to tell her students:":
    // whom the teller told is no subject; the clause opens after "that".
    /// The teller's audience and a time are a few words.
    const THAT_REACH: usize = 8;
    let from = (from..verb.min(from + THAT_REACH))
        .find(|&k| outside(k) && doc.word(k) == "that")
        .map_or(from, |that| that + 1);
    // "… shouting from the courtyard:": a participle's subject is the
    // name set off right before it ("her husband, Dawa Tamang, shouting").
    // With no name there ("he had warned her over dinner, telling her:"),
    // the clause's subject is read as below.
    if doc.word(verb).ends_with("ing") {
        let mut k = verb;
        if k > from && doc.word(k - 1) == "," {
            k -= 1;
        }
        if let Some((a, b)) = mentions::run_ending_at(doc, k.checked_sub(1)?, from) {
            return person_named_in(doc, people, a, b);
        }
    }
    // Otherwise the clause's subject is the first name after the teller
    // ("Bostic said Whitfield had grabbed him … and told him:") …
    let mut k = from;
    while k < verb {
        if !outside(k) {
            k += 1;
            continue;
        }
        let w = doc.word(k);
        // (A pronoun subject is most often the teller: "Lee said she told
        // them:"; "told him" is an object. One of the other sex is not:
        // "she said he had warned her, telling her:" is the latest man's.)
        if matches!(
            w,
            "he" | "she" | "they" | "I" | "we" | "He" | "She" | "They" | "We"
        ) {
            let teller_sex = if according {
                // "According to Ms Ashworth, he …": the one after "to".
                let (a, b) = mentions::run_ending_at(doc, from.checked_sub(2)?, first + 2)?;
                named_sex(doc, people, a, b)?
            } else {
                sex_before(doc, people, first, teller?)?
            };
            return other_sex_subject(doc, people, teller_sex, k);
        }
        if POSSESSIVES.contains(&w) && k + 1 < verb && is_kin(doc.word(k + 1)) {
            return relative(doc, people, k, k + 2);
        }
        // "his own father used to tell him:".
        if POSSESSIVES.contains(&w)
            && k + 2 < verb
            && doc.word(k + 1) == "own"
            && is_kin(doc.word(k + 2))
        {
            return relative(doc, people, k, k + 3);
        }
        // "She says the commissioner looked … and said:": a post the text
        // gave someone, held by them.
        if w == "the" && k + 1 < verb && lexicon::is_role_noun(doc.word(k + 1)) {
            let post = [doc.word(k + 1).to_string()];
            if let Some(i) = people.by_role(&post, doc.tokens[k].start) {
                let written = &doc.text[doc.tokens[k].start..doc.tokens[k + 1].end];
                return Some(Speaker::of_person(people, i, None, written, Form::Role));
            }
        }
        // "… recalled that a police colonel had told the protesters:": a
        // source described, not named, right before its verb.
        if matches!(w, "a" | "an" | "one") {
            if let Some(end) = described_subject(doc, k, verb) {
                let written = &doc.text[doc.tokens[k].start..doc.tokens[end - 1].end];
                return Some(Speaker::described(written.to_string(), None));
            }
        }
        if let Some((a, b)) = mentions::run_starting_at(doc, k, verb) {
            // Not a name a preposition governs ("grabbed him by Jones").
            let governed = k > from
                && matches!(
                    doc.word(k - 1),
                    "to" | "by" | "with" | "of" | "from" | "at" | "for" | "about" | "than" | "in"
                );
            if !governed {
                let found = person_named_in(doc, people, a, b).or_else(|| {
                    // A name the article gives only here ("Frayne marched
                    // into the dressing room and told the players:"), right
                    // before its verb.
                    let verb_next = b < verb && doc.word(b).starts_with(char::is_lowercase);
                    let m = mentions::parse_run(doc, a, b).filter(|_| verb_next)?;
                    let written = &doc.text[doc.tokens[a].start..doc.tokens[b - 1].end];
                    Some(Speaker::unresolved(&m.name, m.role.clone(), written))
                });
                // "… that the Environment Minister, Rachel Ngo, had phoned
                // her … and told her:": a post set off before the name is
                // no one yet; the name after the comma is the subject.
                if found.is_some() || b >= verb || doc.word(b) != "," {
                    return found;
                }
            }
            k = b;
            continue;
        }
        k += 1;
    }
    // … or, with the teller set off right after it ("His grandfather, he
    // said, used to … tell him:"), the relative the sentence opens with.
    let said = teller?;
    let opens_with_relative = POSSESSIVES.contains(&doc.word(first))
        && is_kin(doc.word(first + 1))
        && doc.word(first + 2) == ",";
    (opens_with_relative && said == first + 4).then(|| relative(doc, people, first, first + 2))?
}

/// "\u{201c}…,\u{201d} she said Mr Fenwick told her.": a cue after the words
/// whose verb of saying is followed by a name and a verb of telling gives
/// the words to that name, not to the one who says so.
pub fn recounted_after(doc: &Document, people: &People, q: usize) -> Option<Speaker> {
    let quote = &doc.quotes[q];
    let n = doc.tokens.len();
    let mut k = doc.token_at(quote.close);
    while k < n && (doc.in_quote(k) || !doc.tokens[k].is_word) {
        if doc.word(k) == "." {
            return None;
        }
        k += 1;
    }
    let end = doc.sentences[*doc.sentence_of.get(k)?].last;
    // The teller: a pronoun, or a name, right before a verb of saying.
    let verb = if lexicon::pronoun(doc.word(k)).is_some() {
        k + 1
    } else {
        mentions::run_starting_at(doc, k, end)?.1
    };
    if verb >= end || !lexicon::is_reporting_verb(doc.word(verb)) {
        return None;
    }
    let mut a = verb + 1;
    if a < end && doc.word(a) == "that" {
        a += 1;
    }
    let (a, b) = mentions::run_starting_at(doc, a, end)?;
    let mut told = b;
    if told < end && doc.word(told) == "had" {
        told += 1;
    }
    if told >= end || !TELLING.contains(&doc.word(told)) {
        return None;
    }
    person_named_in(doc, people, a, b).or_else(|| {
        let m = mentions::parse_run(doc, a, b)?;
        let written = &doc.text[doc.tokens[a].start..doc.tokens[b - 1].end];
        Some(Speaker::unresolved(&m.name, m.role.clone(), written))
    })
}

/// Nouns for words someone gave ("His advice … was simple:").
const WORDS_GIVEN: &[&str] = &[
    "advice",
    "words",
    "message",
    "motto",
    "answer",
    "reply",
    "instruction",
    "instructions",
    "warning",
    "orders",
    "mantra",
    "refrain",
    "catchphrase",
    "verdict",
    "response",
];

/// Words a colon opens after a sentence that gives them to someone other
/// than the one who recalls them: "His advice, she remembers, was always
/// simple:", "In his words:" (the man spoken of, not the woman telling);
/// "At every meeting, he said, Deloach ended the same way:" (the name
/// after the teller set off by commas).
pub fn owned_words(doc: &Document, people: &People, q: usize) -> Option<Speaker> {
    let (colon, sentence_first) = opened_by_colon(doc, q)?;
    if (sentence_first..colon).any(|k| doc.in_quote(k)) {
        return None;
    }
    let teller = set_off_teller(doc, sentence_first, colon);
    // "His advice", "Her opening words", "In his words".
    let mut first = sentence_first;
    if doc.word(first) == "In" {
        first += 1;
    }
    let possessor = match doc.word(first) {
        "His" | "his" => Some(Gender::Male),
        "Her" | "her" => Some(Gender::Female),
        _ => None,
    };
    if let Some(sex) = possessor {
        let noun =
            (first + 1..(first + 4).min(colon)).find(|&k| WORDS_GIVEN.contains(&doc.word(k)))?;
        // Only adjectives between ("opening", "first", "last").
        if (first + 1..noun).any(|k| !doc.word(k).starts_with(char::is_lowercase)) {
            return None;
        }
        // The words are the clause's subject: the colon or a copula follows,
        // perhaps after the teller ("His advice, she remembers, was"); not
        // "In his message, he praised …:", where "he" speaks.
        let mut next = noun + 1;
        if let Some((_, end)) = teller.filter(|&(a, _)| a == noun + 2) {
            next = end;
        }
        if !matches!(
            doc.word(next),
            ":" | "was" | "were" | "is" | "are" | "remains" | "remained"
        ) {
            return None;
        }
        let at = doc.tokens[first].start;
        let told_by = teller.and_then(|(a, _)| teller_person(doc, people, a, at));
        // One known to be of the sex first, else one who may be.
        let of_sex = |exact: bool| {
            people.latest(0, at, |i| {
                let p = &people.persons[i];
                let fits = if exact {
                    p.gender == sex
                } else {
                    p.gender.compatible(sex)
                };
                p.personish && fits && Some(i) != told_by
            })
        };
        let i = of_sex(true).or_else(|| of_sex(false))?;
        return Some(Speaker::of_person(
            people,
            i,
            None,
            doc.word(first),
            Form::Pronoun,
        ));
    }
    // "…, he said, Deloach ended the same way:": a name right after the
    // teller, then its verb.
    let (_, after) = teller?;
    let (a, b) = mentions::run_starting_at(doc, after, colon)?;
    if b >= colon || !doc.word(b).starts_with(char::is_lowercase) {
        return None;
    }
    person_named_in(doc, people, a, b)
}

/// A teller set off by commas before token `colon` (", she remembers,",
/// ", he said,"): the tokens of the teller and the token after the second
/// comma.
fn set_off_teller(doc: &Document, first: usize, colon: usize) -> Option<(usize, usize)> {
    (first + 1..colon.saturating_sub(3)).find_map(|c| {
        if doc.word(c) != "," {
            return None;
        }
        let subject = c + 1;
        let verb = if lexicon::pronoun(doc.word(subject)).is_some() {
            subject + 1
        } else {
            mentions::run_starting_at(doc, subject, colon)?.1
        };
        (verb + 1 < colon
            && (lexicon::is_reporting_verb(doc.word(verb))
                || matches!(doc.word(verb), "remembers" | "remembered"))
            && doc.word(verb + 1) == ",")
            .then_some((subject, verb + 2))
    })
}

/// The person of a teller whose words open at token `a`: a name, or the
/// latest person of a pronoun's sex before `at`.
fn teller_person(doc: &Document, people: &People, a: usize, at: usize) -> Option<usize> {
    if let Some(g) = lexicon::pronoun(doc.word(a)) {
        return people.recent(g, 0, at);
    }
    let (x, y) = mentions::run_starting_at(doc, a, doc.tokens.len())?;
    person_named_in(doc, people, x, y)?.person
}

/// The person "he" or "she" (token `pronoun`) stands for when the teller is
/// of the other sex (`teller_sex`): the latest person who may be of the
/// pronoun's sex before it. None when the sexes agree or either is unknown:
/// the pronoun is then most often the teller.
fn other_sex_subject(
    doc: &Document,
    people: &People,
    teller_sex: Gender,
    pronoun: usize,
) -> Option<Speaker> {
    let sex = lexicon::pronoun(doc.word(pronoun)).filter(|&g| g != Gender::Unknown)?;
    if teller_sex == Gender::Unknown || teller_sex == sex {
        return None;
    }
    let at = doc.tokens[pronoun].start;
    // The latest who may be of the sex: the one just spoken of ("She said
    // Malcolmson had come back. According to Ms Ashworth, he …"), even if
    // someone named before is known to be.
    let i = people.latest(0, at, |i| {
        let p = &people.persons[i];
        p.personish && p.gender.compatible(sex)
    })?;
    Some(Speaker::of_person(
        people,
        i,
        None,
        doc.word(pronoun),
        Form::Pronoun,
    ))
}

/// The sex of the one who says, by the word or name right before the verb
/// of saying at token `said` (not before token `first`).
fn sex_before(doc: &Document, people: &People, first: usize, said: usize) -> Option<Gender> {
    let teller = said.checked_sub(1).filter(|&t| t >= first)?;
    match lexicon::pronoun(doc.word(teller)) {
        Some(g) => Some(g),
        None => {
            let (a, b) = mentions::run_ending_at(doc, teller, first)?;
            named_sex(doc, people, a, b)
        }
    }
}

/// The sex of the person named by tokens `a..b`: as the honorific there
/// tells it ("Ms Ashworth"), else as the article knows them.
fn named_sex(doc: &Document, people: &People, a: usize, b: usize) -> Option<Gender> {
    let honorific = a
        .checked_sub(1)
        .and_then(|h| lexicon::honorific(doc.word(h)));
    let written = honorific.unwrap_or(mentions::parse_run(doc, a, b)?.gender);
    if written != Gender::Unknown {
        return Some(written);
    }
    Some(person_named_in(doc, people, a, b)?.gender)
}

/// The end of "a police colonel" opening at token `a` (its article), when
/// a few lower-case words end in a post and a verb follows before `verb`.
fn described_subject(doc: &Document, a: usize, verb: usize) -> Option<usize> {
    /// "a senior police colonel" at most.
    const WORDS: usize = 3;
    let mut k = a + 1;
    while k < verb && k - a <= WORDS {
        let w = doc.word(k);
        if !doc.tokens[k].is_word || !w.starts_with(char::is_lowercase) {
            return None;
        }
        if lexicon::is_role_noun(w) {
            // "a fisherman in Funafuti had told her": a place named after
            // the noun is part of the description.
            let mut end = k + 1;
            if end < verb && matches!(doc.word(end), "in" | "from" | "at" | "of") {
                if let Some((_, b)) = mentions::run_starting_at(doc, end + 1, verb) {
                    end = b;
                }
            }
            let next = doc.word(end);
            let verb_next = end == verb || next == "had" || next == "who";
            return (verb_next && k < verb).then_some(end);
        }
        k += 1;
    }
    None
}

/// Whether a cue's verb of telling at token `verb`, whose subject starts at
/// token `subject`, stands in a clause another verb of saying governs
/// earlier in sentence tokens `first..`: "Lee said a colleague had warned
/// her: …". Its words are recounted, so the teller stays the one a later
/// "she said" continues.
pub fn telling_recounted(doc: &Document, first: usize, subject: usize, verb: usize) -> bool {
    let outside = |k: usize| !doc.in_quote(k) && doc.tokens[k].is_word;
    TELLING.contains(&doc.word(verb))
        && subject > first
        && subject < verb
        && (first..subject).any(|k| outside(k) && is_verb_of_saying(doc.word(k)))
}

fn is_verb_of_saying(w: &str) -> bool {
    TELLING.contains(&w) || lexicon::is_reporting_verb(w)
}

/// "his father" (tokens `a..b`): the person introduced as such, else the
/// description as written.
fn relative(doc: &Document, people: &People, a: usize, b: usize) -> Option<Speaker> {
    let written = doc.text[doc.tokens[a].start..doc.tokens[b - 1].end].to_string();
    let noun = doc.word(b - 1).to_lowercase();
    let at = doc.tokens[a].start;
    let kin = people.by_role_where(std::slice::from_ref(&noun), at, |p| p.introduced_as(&noun));
    Some(match kin {
        Some(i) => Speaker::of_person(people, i, None, &written, Form::Role),
        None => Speaker::described(written.to_lowercase(), None),
    })
}
