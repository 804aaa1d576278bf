//! Mentions of people: runs of capitalised words split into a title (the role
//! written before a name), an honorific and the name itself, plus the role
//! written beside a name in an apposition ("Ann Lee, the city's mayor,").

use super::document::Document;
use super::lexicon::{self, FastSet, Gender};
use super::time;
use super::tokens::is_capitalized;
use std::sync::LazyLock;

/// Lower-case words that may sit inside a name ("Secretary of State", "Ludwig van Beethoven",
/// Welsh "Dafydd ap Rhys", Malay "Siti binti Aziz", Arabic "Mariam bint Saeed",
/// Italian "Luca della Robbia").
const CONNECTORS: &[&str] = &[
    "of", "de", "van", "von", "bin", "binti", "bint", "al", "da", "del", "della", "la", "le", "du",
    "ibn", "ten", "ter", "der", "den", "dos", "das", "di", "do", "ap", "ferch",
    // Catalan and Spanish join two surnames ("Puig i Ferrer", "Ortega y Gasset").
    "i", "y",
];

/// A name as written at one place in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct NameMention {
    /// Byte offset of the first token of the run.
    pub at: usize,
    /// Token range of the run (end exclusive).
    pub first: usize,
    pub last: usize,
    /// The name's words, honorifics and titles removed, possessive dropped.
    pub name: Vec<String>,
    /// A title written before the name, spelled out ("Prime Minister").
    pub role: Option<String>,
    pub gender: Gender,
    /// The courtesy title written before the name ("Dr", "Mr", without its
    /// full stop), which only a person has.
    pub courtesy: Option<String>,
    /// The kinship set off before the name ("Lee's wife, Folake,"), when
    /// the role says something else.
    pub kin: Option<String>,
    /// The name the person goes by, as the text gives it right after this
    /// one ("Joko Widodo, known as Jokowi,").
    pub alias: Option<String>,
    /// Which of two relatives sharing the surname the text says this is:
    /// the elder (true) or the younger (false).
    pub seniority: Option<bool>,
    /// A rank written before the name ("Lieutenant General") when a post
    /// the text sets beside it is the role: "the general" still names them.
    pub rank: Option<String>,
}

impl NameMention {
    pub fn full(&self) -> String {
        self.name.join(" ")
    }

    /// The age set off by a comma right after the name ("Abrenica, 54"),
    /// a number from 1 to 110.
    pub fn age_after(&self, doc: &Document) -> Option<u8> {
        let (comma, number) = (self.last, self.last + 1);
        if number >= doc.tokens.len() || doc.word(comma) != "," {
            return None;
        }
        doc.word(number)
            .parse::<u8>()
            .ok()
            .filter(|age| (1..=110).contains(age))
    }

    /// [`Self::age_after`] when a comma, a full stop or a bracket closes
    /// it ("Jun Wei, 38,"): a number that runs on is no age.
    pub fn closed_age(&self, doc: &Document) -> Option<u8> {
        let closing = self.last + 2;
        if closing >= doc.tokens.len() || !matches!(doc.word(closing), "," | "." | ")") {
            return None;
        }
        self.age_after(doc)
    }

    /// Whether an age is set off after the name, as a closed number
    /// ("Nenzinha, 63,") or as an epithet ("Abdoulaye, a 17-year-old from
    /// Guinea"): only a person's name takes one.
    pub fn aged(&self, doc: &Document) -> bool {
        let next = self.last + 1;
        if next + 1 >= doc.tokens.len() || doc.word(self.last) != "," {
            return false;
        }
        let epithet =
            matches!(doc.word(next), "a" | "an") && lexicon::is_age_epithet(doc.word(next + 1));
        epithet || self.closed_age(doc).is_some()
    }
}

pub fn strip_possessive(w: &str) -> &str {
    w.strip_suffix("’s")
        .or_else(|| w.strip_suffix("'s"))
        .or_else(|| w.strip_suffix('’'))
        .unwrap_or(w)
}

pub fn is_possessive(w: &str) -> bool {
    strip_possessive(w).len() != w.len()
}

/// Whether token `t` can be part of a name run.
///
/// (Inlined: asked of nearly every token, most of which are punctuation,
/// quoted or in lower case and answered here, without a call.)
#[inline]
fn is_name_word(doc: &Document, t: usize) -> bool {
    let tok = doc.tokens[t];
    if !tok.is_word || doc.in_quote(t) {
        return false;
    }
    let w = doc.word(t);
    // Most words are in lower case: no title, honorific or count (all
    // capitalised) need be looked up for them.
    if !is_capitalized(w) {
        return may_have_article_prefix(w) && has_article_prefix(w);
    }
    is_capitalised_name_word(doc, t, w)
}

/// [`has_article_prefix`]'s first test, inlined where every lower-case
/// word is asked: a hyphen or a capital in the third or fourth byte. Most
/// words have neither and are answered without a call.
#[inline]
fn may_have_article_prefix(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 4
        && (b[2] == b'-'
            || b[3] == b'-'
            || b[2].is_ascii_uppercase()
            || b[3].is_ascii_uppercase()
            || (matches!(b[0], b'h' | b'n' | b't') && (b[1].is_ascii_uppercase() || b[1] >= 0xC3)))
}

/// [`is_name_word`] for the capitalised word `w` at token `t`, outside
/// quotes. (Kept out of line, so the common answers above inline small.)
#[inline(never)]
fn is_capitalised_name_word(doc: &Document, t: usize, w: &str) -> bool {
    let tok = doc.tokens[t];
    if lexicon::title(w).is_some() || lexicon::honorific(w).is_some() {
        return true;
    }
    if COUNTS.contains(&w) {
        // "Four Navy ships are searching": a count opens a plural phrase,
        // never a name; inside one it is a name's word ("Channel Nine").
        return t > 0 && doc.tokens[t - 1].end == tok.start - 1 && is_name_word(doc, t - 1);
    }
    if is_contraction(w) || verb_opening_the_words(doc, t) || participle_opening(doc, t, w) {
        return false;
    }
    !lexicon::is_stop_capital(strip_possessive(w))
        || stop_capital_as_given_name(doc, t)
        || he_as_surname(doc, t)
        || stop_capital_as_surname(doc, t)
}

/// "Clashing with the leader, Mr Lee said": a verb in "-ing" that opens
/// its sentence before a preposition or an article opens a clause, and is
/// no name ("Fleming said" has its verb next).
fn participle_opening(doc: &Document, t: usize, w: &str) -> bool {
    const NEXT: &[&str] = &[
        "with",
        "to",
        "at",
        "on",
        "in",
        "from",
        "for",
        "after",
        "before",
        "about",
        "through",
        "over",
        "outside",
        "alongside",
        "during",
        "into",
        "under",
        "as",
        "his",
        "her",
        "their",
        "the",
        "a",
        "an",
        "back",
        "out",
        "up",
    ];
    w.len() > 5
        && w.ends_with("ing")
        && doc.sentences[doc.sentence_of[t]].first == t
        && t + 1 < doc.tokens.len()
        && NEXT.contains(&doc.word(t + 1))
        && !lexicon::is_given_name(w)
}

/// "Said Moss: \"…\"", "Added Moss, \"…\"": a verb of saying that opens
/// its sentence, whose subject's comma or colon opens the quoted words. (In
/// "Said Hassan, the minister, spoke first" it is a given name.)
#[inline]
pub fn verb_opening_the_words(doc: &Document, t: usize) -> bool {
    // Asked of every word outside quotes: the verbs are capitalised, and
    // most words are answered by their first byte, inline.
    if !doc.word(t).starts_with(|c: char| c.is_ascii_uppercase()) {
        return false;
    }
    verb_opening_the_words_listed(doc, t)
}

/// [`verb_opening_the_words`] for a capitalised word.
#[inline(never)]
fn verb_opening_the_words_listed(doc: &Document, t: usize) -> bool {
    /// The subject is a name or a short description.
    const REACH: usize = 6;
    if !matches!(
        doc.word(t),
        "Said" | "Says" | "Added" | "Adds" | "Wrote" | "Writes"
    ) {
        return false;
    }
    let s = doc.sentences[doc.sentence_of[t]];
    if s.first != t {
        return false;
    }
    let Some(mark) = (t + 1..(t + REACH).min(s.last)).find(|&k| matches!(doc.word(k), "," | ":"))
    else {
        return false;
    };
    mark + 1 < doc.tokens.len() && doc.in_quote(mark + 1)
}

/// "said Clara May, the prime minister", "said Nora May, who came": a
/// word kept out of names because it is also a month or a verb ("May",
/// "Will") is a surname right after a given name, when the name ends there
/// (a comma, the sentence's end or a reporting verb follows).
fn stop_capital_as_surname(doc: &Document, t: usize) -> bool {
    if t == 0 {
        return false;
    }
    let given = doc.word(t - 1);
    let adjacent = doc.tokens[t - 1].is_word
        && doc.tokens[t - 1].end + 1 == doc.tokens[t].start
        && doc.sentence_of[t - 1] == doc.sentence_of[t]
        && !doc.in_quote(t - 1);
    // "Dato’ Rusli Mat Nor,": after an honorific or a title and two words
    // of a name no list holds, a word other than a month is the name's too
    // ("Clean Rivers Now," is no one's).
    let name_before = || {
        t >= 3
            && time::month(doc.word(t)).is_none()
            // ("Dato’" may be read as "Dato" and its apostrophe.)
            && (t.saturating_sub(4)..t - 2).any(|k| {
                let w = doc.word(k);
                lexicon::honorific(w).is_some()
                    || lexicon::title(w).is_some()
                    || lexicon::honorific(&format!("{w}’")).is_some()
            })
            && doc.tokens[t - 2].is_word
            && doc.tokens[t - 2].end + 1 == doc.tokens[t - 1].start
            && doc.sentence_of[t - 2] == doc.sentence_of[t]
            && doc.sentences[doc.sentence_of[t]].first < t - 2
            && [doc.word(t - 2), given]
                .iter()
                .all(|w| is_capitalized(w) && !lexicon::is_stop_capital(w))
    };
    if !adjacent
        || lexicon::is_stop_capital(given)
        || !(lexicon::is_given_name(given) || name_before())
    {
        return false;
    }
    let next = t + 1;
    next >= doc.tokens.len()
        || doc.sentence_of[next] != doc.sentence_of[t]
        || matches!(doc.word(next), "," | "." | ";" | ")" | ":")
        || lexicon::is_reporting_verb(doc.word(next))
}

/// "He Jianxiong, the former executive director, said": "He" is a Chinese
/// surname when a capitalised word no list knows follows it and the name
/// ends there, at a comma or before a reporting verb.
fn he_as_surname(doc: &Document, t: usize) -> bool {
    let word = |k: usize| (k < doc.tokens.len()).then(|| doc.word(k));
    if doc.word(t) != "He" || !word(t + 1).is_some_and(is_capitalized) {
        return false;
    }
    let given = doc.word(t + 1);
    let unknown = !lexicon::is_stop_capital(given)
        && !lexicon::is_given_name(given)
        && lexicon::title(given).is_none()
        && !lexicon::is_reporting_verb(&given.to_lowercase())
        && doc.tokens[t + 1].is_word
        && !doc.in_quote(t + 1);
    unknown
        && word(t + 2).is_some_and(|w| w == "," || lexicon::is_reporting_verb(w))
        && doc.sentence_of[t + 1] == doc.sentence_of[t]
}

/// "director, Will McCallum, said": a word kept out of names because it
/// opens sentences ("Will the council …") is a given name inside a
/// sentence, right before a surname.
fn stop_capital_as_given_name(doc: &Document, t: usize) -> bool {
    let w = doc.word(t);
    let opens_sentence = doc.sentences[doc.sentence_of[t]].first == t;
    let next = t + 1;
    // A preposition is no given name: "— To LeBron James," after a
    // dateline's dash.
    const PREPOSITIONS: &[&str] = &[
        "To", "For", "With", "From", "In", "At", "By", "On", "Of", "As", "Into", "After", "Before",
        "Like", "Unlike", "Despite", "Amid", "Among", "Against", "Under", "Over", "Without",
        // Nor is a word that opens a clause: "HALIFAX — When Ingrid and
        // Maren Solberg were girls," after a dateline's dash.
        "When", "While", "Whilst", "If", "Although", "Though", "Because", "Since", "Once", "Until",
        "Unless", "Whether", "Where", "Why", "How", "What", "And", "But", "Or", "So", "Yet",
    ];
    // ("Reporters Without Borders": inside a name, it is part of it.)
    let opens_run = t == 0 || !is_capitalized(doc.word(t - 1));
    let preposition = opens_run && PREPOSITIONS.contains(&w);
    !opens_sentence
        && !preposition
        && time::month(w).is_none()
        && !is_possessive(w)
        && next < doc.tokens.len()
        && doc.tokens[next].is_word
        && !doc.in_quote(next)
        && is_capitalized(doc.word(next))
        && !lexicon::is_stop_capital(strip_possessive(doc.word(next)))
        && lexicon::title(doc.word(next)).is_none()
        && doc.sentence_of[next] == doc.sentence_of[t]
}

/// Whether capitalised `words` before a given name say what the person is
/// ("Hong Kong", "Republican", "NATO", "Co-developer") rather than being a
/// given name no list holds ("Aziz" in "Aziz Omar Baig").
fn qualifies_a_person(words: &[String]) -> bool {
    lexicon::is_place_name(words)
        || words.iter().all(|w| {
            let w = strip_possessive(w);
            lexicon::is_country(w)
                || lexicon::is_demonym(w)
                || lexicon::is_national(w)
                || lexicon::is_party_member(w)
                || lexicon::is_org_word(w)
                || lexicon::is_stop_capital(w)
                || is_role_word(w)
                || is_role_word(&w.to_lowercase())
                || lexicon::is_age_epithet(&w.to_lowercase())
                || (w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase()))
        })
}

/// "said Abdi Hassan Noor", "the federation's president, Xosé Manuel
/// Pereira,": one capitalised word no list knows before a known given name
/// and a surname, inside a sentence and after a comma or a verb of saying,
/// is a given name too (a qualifier such as a party or a place is listed;
/// one opening a sentence may be any word, "Rival Hillary Clinton").
/// Right after a title too: in "Economy Minister Facundo Ezequiel
/// Larrañaga" and "Upazila Nirbahi Officer Tanvir Hasan Sikder" the post
/// has ended, and what follows it is the name.
fn unlisted_given_name_before(
    doc: &Document,
    first: usize,
    words: &[&str],
    split: usize,
    name: &[String],
    k: usize,
) -> bool {
    if k != 1 || name.len() != 3 {
        return false;
    }
    let w = name[0].as_str();
    let plain = w.chars().all(char::is_alphabetic)
        && !w.bytes().all(|b| b.is_ascii_uppercase())
        && !lexicon::is_stop_capital(w)
        && !qualifies_a_person(&name[..1]);
    // (A short word after a title is more often a rank's second
    // abbreviation: "Lt Col Alexander Vindman".)
    if split > 0 {
        return plain && w.chars().count() > 3 && lexicon::title(words[split - 1]).is_some();
    }
    if first == 0 {
        return false;
    }
    let before = doc.word(first - 1);
    let set_off = before == "," || lexicon::is_reporting_verb(before);
    let opens_sentence = doc.sentences[doc.sentence_of[first]].first == first;
    plain && set_off && !opens_sentence
}

/// "al-Hakim", "el-Sisi", "ash-Shara": an Arabic surname written with its
/// article in lower case is still a name; so is one written with its
/// particle against it ("duPlessis").
#[inline]
pub fn has_article_prefix(w: &str) -> bool {
    // Asked of every word a name run looks at: most have no hyphen in
    // their third or fourth place and are answered at once.
    let b = w.as_bytes();
    if b.len() < 4 {
        return false;
    }
    if b[2] == b'-' || b[3] == b'-' {
        return [
            "al-", "el-", "ad-", "ash-", "as-", "an-", "ar-", "at-", "az-",
        ]
        .iter()
        .any(|p| w.strip_prefix(p).is_some_and(is_capitalized));
    }
    // "Ó hEochaidh", "Ní nGaoithín", "Ó tSúilleabháin": an Irish surname
    // keeps the letter its particle puts before it in lower case.
    if matches!(b[0], b'h' | b'n' | b't') && is_capitalized(&w[1..]) {
        return true;
    }
    // "duPlessis", "deVries", "vanDyke": a particle written against the
    // capital of the name.
    (b[2].is_ascii_uppercase() || b[3].is_ascii_uppercase())
        && ["du", "de", "da", "di", "del", "van", "von", "le", "la"]
            .iter()
            .any(|p| {
                w.strip_prefix(p)
                    .is_some_and(|rest| rest.len() >= 3 && is_capitalized(rest))
            })
}

/// Capitalised counts: a name's word only after another.
const COUNTS: &[&str] = &[
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "Eleven",
    "Twelve",
    "Twenty",
    "Thirty",
    "Fifty",
    "Hundreds",
    "Thousands",
    "Dozens",
    "Millions",
    "Several",
    "Few",
];

/// "I've", "We're", "Don't": a capital that starts a clause, not a name.
fn is_contraction(w: &str) -> bool {
    const TAILS: &[&str] = &["ve", "re", "ll", "m", "d", "t"];
    // Most capitalised words hold no apostrophe: a byte scan for "'" and
    // for the last byte of "’" tells them, without the char search.
    if !w.bytes().any(|b| b == b'\'' || b == 0x99) {
        return w == "I";
    }
    match w.rsplit_once(['\'', '’']) {
        Some((head, tail)) => {
            TAILS.contains(&tail) && (head == "I" || head.ends_with('n') || tail != "t")
        }
        None => w == "I",
    }
}

/// A capitalised word that names a post rather than a person: a role noun
/// ("Spokeswoman"), or a compound ending in one ("Co-developer",
/// "Secretary-General").
fn is_role_word(w: &str) -> bool {
    lexicon::title(w).is_some()
        || lexicon::is_role_noun(w)
        || w.rsplit_once('-')
            .is_some_and(|(_, tail)| lexicon::is_role_noun(tail) || lexicon::title(tail).is_some())
}

/// "Kenya's envoy to Japan Tendai Moyo": after a post and "to" or "for",
/// the run opens with the place or body the post is held for, then the
/// holder's name. How many of `name`'s words (the run from token `first`)
/// are that place: one, or two for a two-word place ("South Africa").
/// Only a run of three words or more, so a lone "envoy to Japan Moyo"
/// stays whole.
fn post_place(doc: &Document, first: usize, name: &[String]) -> Option<usize> {
    if name.len() < 3 || first < 2 || name[0] != doc.word(first) {
        return None;
    }
    let post = doc.word(first - 2);
    // "Minister for Foreign Affairs Tang Xiaoping": a portfolio's words,
    // then the name.
    // "Minister of State for Fisheries K. Sudhakar Naidu": the title may
    // have its own "of State" before the portfolio.
    if doc.word(first - 1) == "for"
        && (lexicon::title(post).is_some() || of_state_before(doc, first))
    {
        // "Minister for Disaster Management and Relief Md Karim": the
        // portfolio runs on through "and", but never ends on it.
        let is_joint = |w: &str| matches!(w, "and" | "the" | "of");
        let mut cut = name.iter().take_while(|w| is_portfolio_word(w)).count();
        while cut > 0 && is_joint(&name[cut - 1]) {
            cut -= 1;
        }
        return (cut > 0 && name.len() - cut >= 2).then_some(cut);
    }
    // "Ambassador to Japan Tendai Moyo": a title in capitals before "to";
    // before "for" only a portfolio's words are the place (above).
    let titled_to = doc.word(first - 1) == "to" && lexicon::title(post).is_some();
    if !matches!(doc.word(first - 1), "to" | "for")
        || (is_capitalized(post) && !titled_to)
        || !(is_role_word(post) || titled_to)
    {
        return None;
    }
    // "a spokeswoman for Fundación Mar Austral": a run that a body's word
    // opens or holds is the body, with no holder after it.
    if lexicon::opens_a_body(&name[0]) || name.iter().any(|w| lexicon::is_org_word(w)) {
        return None;
    }
    Some(if name.len() >= 4 && lexicon::is_place_name(&name[..2]) {
        2
    } else {
        1
    })
}

/// "Minister of State for" just before token `first`.
fn of_state_before(doc: &Document, first: usize) -> bool {
    first >= 4
        && doc.word(first - 1) == "for"
        && doc.word(first - 2) == "State"
        && doc.word(first - 3) == "of"
        && lexicon::title(doc.word(first - 4)).is_some()
}

fn is_connector(doc: &Document, t: usize, lo: usize, hi: usize) -> bool {
    let w = doc.word(t);
    if matches!(w, "(" | ")") {
        return bracketed_honorific(doc, t, lo, hi);
    }
    // "of", "on" and "for" continue an organisation's name ("Commission on
    // Public Works"), so its tail is not taken for a person's.
    if matches!(w, "of" | "on" | "for")
        && t > lo
        && t + 1 < hi
        && lexicon::is_org_word(doc.word(t - 1))
        && (is_name_word(doc, t + 1)
            // "Ministry of the Environment": "the" may follow.
            || (t + 2 < hi && doc.word(t + 1) == "the" && is_name_word(doc, t + 2)))
    {
        return true;
    }
    // ... and that "the" with it.
    if w == "the"
        && t > lo + 1
        && t + 1 < hi
        && matches!(doc.word(t - 1), "of" | "on" | "for")
        && lexicon::is_org_word(doc.word(t - 2))
        && is_name_word(doc, t + 1)
    {
        return true;
    }
    // "Leader of the Opposition Ann Lee", "Speaker of the House": a
    // title's "of the" too.
    let title_of_the = |of: usize| {
        of > lo
            && of + 2 < hi
            && doc.word(of) == "of"
            && doc.word(of + 1) == "the"
            && lexicon::title(doc.word(of - 1)).is_some()
            && is_name_word(doc, of + 2)
    };
    if title_of_the(t) || (w == "the" && t > 0 && title_of_the(t - 1)) {
        return true;
    }
    // "Ministry of Land, Infrastructure, Transport and Tourism": commas
    // list a body's portfolios, up to the "and" before the last one.
    if w == "," && t > lo && t + 1 < hi && is_name_word(doc, t - 1) && is_name_word(doc, t + 1) {
        let in_list = |k: usize| is_name_word(doc, k) || doc.word(k) == ",";
        let and_after = (t + 1..(t + 12).min(hi))
            .find(|&k| !in_list(k))
            .is_some_and(|k| doc.word(k) == "and" && k + 1 < hi && is_name_word(doc, k + 1));
        return and_after && portfolio_list_of_body(doc, t, lo);
    }
    // "Trinidad and Tobago", "St Kitts and Nevis": "and" inside a
    // country's name.
    // (Built only between two capitals.)
    if w == "and"
        && t > lo
        && t + 1 < hi
        && is_capitalized(doc.word(t - 1))
        && is_capitalized(doc.word(t + 1))
    {
        let place = (1..=2).filter(|&k| t >= lo + k).any(|k| {
            let words: Vec<String> = (t - k..=t + 1).map(|j| doc.word(j).to_string()).collect();
            lexicon::is_place_name(&words)
        });
        if place {
            return true;
        }
    }
    // "Brennan & Vale", "Marks & Spencer": an ampersand joins a firm's
    // name, never two people.
    if w == "&" && t > lo && t + 1 < hi && is_name_word(doc, t - 1) && is_name_word(doc, t + 1) {
        return true;
    }
    // "and" continues a body's name ("Department of Health and Human
    // Services", "Bill and Melinda Gates Foundation"), never joins two people.
    if matches!(w, "and" | "&")
        && t > lo
        && t + 1 < hi
        && is_name_word(doc, t - 1)
        && is_name_word(doc, t + 1)
    {
        // "Agency for Water Safety and Standards" too, and the last of a
        // list ("Ministry of Land, Infrastructure, Transport and Tourism").
        let body_before = (t.saturating_sub(4).max(lo + 1)..t).any(|k| {
            matches!(doc.word(k), "of" | "for" | "on") && lexicon::is_org_word(doc.word(k - 1))
        }) || portfolio_list_of_body(doc, t, lo);
        // The body's name ends in its body word ("… Gates Foundation");
        // "and House Speaker Kevin McCarthy" is a second person, whose
        // title only starts with one.
        let body_after = (t + 1..(t + 5).min(hi))
            .take_while(|&k| is_name_word(doc, k))
            .last()
            .is_some_and(|k| lexicon::is_org_word(doc.word(k)));
        // "Minister of Environment and Forestry Retnowati": "and" inside a
        // post's portfolio, which the name follows.
        let portfolio = is_portfolio_word(doc.word(t + 1))
            // (The post may stand before the run being read: `lo` is
            // where that run opens.)
            && (t.saturating_sub(4).max(1)..t).any(|k| {
                matches!(doc.word(k), "of" | "for")
                    && is_role_word(doc.word(k - 1))
                    && (k + 1..t).all(|j| is_portfolio_word(doc.word(j)))
            });
        return body_before || body_after || portfolio;
    }
    // "of" only continues a title ("Secretary of State"), never a name ("Lee of Utopia").
    let fits = w != "of" || lexicon::title(doc.word(t.saturating_sub(1))).is_some();
    // Particles may come two in a row ("Joost van der Berg").
    let particle = |k: usize| CONNECTORS.contains(&doc.word(k)) && doc.word(k) != "of";
    if t <= lo || t + 1 >= hi || !CONNECTORS.contains(&w) || !fits {
        return false;
    }
    let name_before =
        is_name_word(doc, t - 1) || (t > lo + 1 && particle(t - 1) && is_name_word(doc, t - 2));
    let name_after = t + 1 < hi
        && (is_name_word(doc, t + 1)
            || (t + 2 < hi && particle(t + 1) && is_name_word(doc, t + 2)));
    name_before && name_after
}

/// Whether token `t`, a bracket, holds an honorific between a title and
/// a name: "Pastor (Mrs) Comfort Nyarko", "Dr (Mrs) Ann Lee", as West
/// African papers write a married woman's style after her title.
fn bracketed_honorific(doc: &Document, t: usize, lo: usize, hi: usize) -> bool {
    let open = if doc.word(t) == "(" {
        t
    } else {
        t.saturating_sub(2)
    };
    open > lo
        && open + 3 < hi
        && doc.word(open) == "("
        && doc.word(open + 2) == ")"
        && lexicon::honorific(doc.word(open + 1)).is_some()
        && is_name_word(doc, open - 1)
        && is_name_word(doc, open + 3)
}

/// Whether token `t` (a comma or an "and") stands in a list of capitalised
/// words, set off by commas, that follows a body's "of" ("Ministry of Land,
/// Infrastructure, Transport and Tourism").
fn portfolio_list_of_body(doc: &Document, t: usize, lo: usize) -> bool {
    let mut k = t;
    let mut commas = usize::from(doc.word(t) == ",");
    while k > lo + 1 {
        k -= 1;
        match doc.word(k) {
            "," => commas += 1,
            "of" | "for" => return commas > 0 && lexicon::is_org_word(doc.word(k - 1)),
            _ if is_name_word(doc, k) => {}
            _ => return false,
        }
    }
    false
}

/// A capital letter and a full stop: "R." in "R. Venkatesh Gowda".
fn is_initial(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() == 2 && b[0].is_ascii_uppercase() && b[1] == b'.'
}

/// "Justices R. Vaidehi and K. Murali": a title in the plural, opening a
/// run before an initial or a given name, is the title of the names after
/// it, not part of the first one.
fn plural_title_before_name(w: &str, next: &str) -> bool {
    let names_follow = lexicon::is_given_name(next) || is_initial(next);
    names_follow
        && w.strip_suffix('s')
            .is_some_and(|one| lexicon::title(one).is_some())
}

/// "the Yuba County Sheriff's Office", "the Attorney General's Office": a
/// post's (or a saint's) possessive inside a body's name, right before its
/// body word. The name runs on over it (elsewhere a possessive ends a name:
/// "Lee's aide").
fn office_possessive(doc: &Document, t: usize) -> bool {
    let w = doc.word(t);
    if !is_possessive(w) || t + 1 >= doc.tokens.len() {
        return false;
    }
    let post = strip_possessive(w);
    // "St Vincent's Hospital", "St John's College": a saint's too.
    let saint = t > 0 && matches!(doc.word(t - 1), "St" | "St." | "Saint");
    // "the Ombudsman's Office": an office named after a post no list holds.
    let office = matches!(
        post,
        "Ombudsman" | "Ombudsperson" | "Auditor" | "Comptroller"
    );
    if !is_capitalized(post) {
        return false;
    }
    if (saint
        || office
        || lexicon::title(post).is_some()
        || lexicon::is_role_noun(&post.to_lowercase()))
        && lexicon::is_org_word(doc.word(t + 1))
    {
        return true;
    }
    // "the National Farmers’ Union", "the Tenants’ Rights Coalition", "the
    // Women’s Institute", "the People’s Party": a plural's possessive is
    // the members a body is named after when its name runs on to a body
    // word. ("Kenya’s Electoral Commission" is a country's body: a singular
    // possessive stays the end of a name.)
    let plural = w.ends_with("s’")
        || w.ends_with("s'")
        || matches!(post, "Women" | "Children" | "People" | "Men");
    plural
        && (t + 1..(t + 5).min(doc.tokens.len()))
            .take_while(|&k| is_name_word(doc, k) || matches!(doc.word(k), "of" | "and"))
            .any(|k| lexicon::is_org_word(doc.word(k)))
}

/// The run of name words ending at token `last` (inclusive), not before `lo`.
pub fn run_ending_at(doc: &Document, last: usize, lo: usize) -> Option<(usize, usize)> {
    if last < lo || !is_name_word(doc, last) {
        return None;
    }
    let hi = last + 1;
    let mut first = last;
    while first > lo {
        let p = first - 1;
        if is_possessive(doc.word(p)) && !office_possessive(doc, p) {
            break;
        }
        if is_name_word(doc, p) || is_connector(doc, p, lo, hi) {
            first = p;
        } else {
            break;
        }
    }
    while first < last && CONNECTORS.contains(&doc.word(first)) {
        first += 1;
    }
    Some((first, hi))
}

/// The run of name words starting at token `first`, not reaching `hi`.
pub fn run_starting_at(doc: &Document, first: usize, hi: usize) -> Option<(usize, usize)> {
    if first >= hi || !is_name_word(doc, first) {
        return None;
    }
    let mut last = first + 1;
    while last < hi {
        if is_possessive(doc.word(last - 1)) && !office_possessive(doc, last - 1) {
            break;
        }
        if is_name_word(doc, last) || is_connector(doc, last, first, hi) {
            last += 1;
        } else {
            break;
        }
    }
    Some((first, last))
}

/// "the South Belfast MLA said", "the Washington Democrat said": after
/// "the", a seat or a state before a post or a party names the holder by
/// where they sit, no one called so.
fn seat_epithet(doc: &Document, first: usize, last: usize) -> bool {
    if first == 0 || last - first < 2 || doc.word(first - 1) != "the" {
        return false;
    }
    let head = doc.word(last - 1);
    (lexicon::title(head).is_some() || lexicon::is_party_member(head))
        && !lexicon::is_courtesy_title(head)
        && doc.words_in(first, last - 1).iter().all(|&w| {
            is_capitalized(w)
                && lexicon::title(w).is_none()
                && (!lexicon::is_given_name(w) || lexicon::is_place_name(&[w.to_string()]))
        })
}

/// [`PORTFOLIO_WORDS`] as a set: `parse_run` asks it of every word of
/// most names, where reading the list compared a word with each entry.
static PORTFOLIO_SET: LazyLock<FastSet<&str>> =
    LazyLock::new(|| PORTFOLIO_WORDS.iter().copied().collect());

/// Whether `w` is one of [`PORTFOLIO_WORDS`].
fn is_portfolio_word(w: &str) -> bool {
    PORTFOLIO_SET.contains(w)
}

/// Words that make up a government portfolio after "Minister of" ("Trade
/// and Industry", "Foreign Affairs", "Homeland Security").
pub const PORTFOLIO_WORDS: &[&str] = &[
    "and",
    "the",
    "of",
    "Affairs",
    "Agriculture",
    "Commerce",
    "Communications",
    "Culture",
    "Defence",
    "Defense",
    "Development",
    "Digital",
    "Economic",
    "Economy",
    "Education",
    "Energy",
    "Environment",
    "External",
    "Family",
    "Finance",
    "Fisheries",
    "Foreign",
    "Forestry",
    "Health",
    "Home",
    "Homeland",
    "Housing",
    "Industry",
    "Information",
    "Infrastructure",
    "Innovation",
    "Interior",
    "Internal",
    "International",
    "Justice",
    "Labour",
    "Labor",
    "Land",
    "Lands",
    "Mineral",
    "Mines",
    "Mining",
    "National",
    "Natural",
    "Petroleum",
    "Physical",
    "Planning",
    "Public",
    "Resources",
    "Rural",
    "Science",
    "Security",
    "Social",
    "Sport",
    "Sports",
    "Technology",
    "Tourism",
    "Trade",
    "Transport",
    "Transportation",
    "Treasury",
    "Urban",
    "Water",
    "Welfare",
    "Women",
    "Works",
    "Works",
    "Youth",
    "Administration",
    "Arts",
    "Audit",
    "Aviation",
    "Budget",
    "Children",
    "Climate",
    "Communities",
    "Competition",
    "Consumer",
    "Customs",
    "Disaster",
    "Elections",
    "Emergency",
    "Employment",
    "Equality",
    "Government",
    "Heritage",
    "Highways",
    "Human",
    // "Minister for Humanitarian Action", "Minister for Climate Action".
    "Humanitarian",
    "Action",
    "Immigration",
    "Indigenous",
    "Intelligence",
    "Investigation",
    "Investigations",
    "Local",
    "Management",
    "Maritime",
    "Media",
    "Migration",
    "Pensions",
    "Police",
    "Prosecution",
    "Prosecutions",
    "Protection",
    "Railways",
    "Refugees",
    "Relief",
    "Research",
    "Revenue",
    "Rights",
    "Roads",
    "Safety",
    "Space",
    "Standards",
    "Statistics",
    "Taxation",
    "Veterans",
    "Wildlife",
    "Aged",
    "Correctional",
    "Corrections",
    "Enterprise",
    "Gender",
    "Higher",
    "Integration",
    "Investment",
    "Irrigation",
    "Minorities",
    "Multicultural",
    "Parliamentary",
    "Ports",
    "Privatisation",
    "Privatization",
    "Procurement",
    "Reconciliation",
    "Reconstruction",
    "Reform",
    "Rehabilitation",
    "Religious",
    "Resettlement",
    "Shipping",
    "Skills",
    "Solidarity",
    "Telecommunications",
    "Tertiary",
    "Textiles",
    "Sanitation",
    "Livestock",
    "Cooperatives",
    "Training",
    "Unification",
];

/// Letters written after a name for a seat, a rank at the bar or an honour:
/// a member of a parliament or assembly (Westminster, Europe, Scotland, the
/// Dáil, Ontario, Quebec, a legislative council), senior counsel (King's,
/// Queen's, Senior Counsel in Australia, Ireland and South Africa, Senior
/// Advocate of Nigeria), and orders of the Commonwealth.
const POST_NOMINALS: &[&str] = &[
    "MP", "MEP", "MSP", "MLA", "MLC", "MPP", "MNA", "TD", "QC", "KC", "SC", "SAN", "OBE", "MBE",
    "CBE", "KBE", "DBE", "CMG", "KCMG", "GCMG", "AO", "AC",
];

/// Splits a run into title, honorific and name. `None` when no name is left
/// (a bare title such as "the President").
pub fn parse_run(doc: &Document, first: usize, last: usize) -> Option<NameMention> {
    if let Some(m) = handle(doc, first, last) {
        return Some(m);
    }
    // "Said Natural Resources Minister Lemalu Tuiasosopo:": a reporting
    // verb opening an inverted sentence is capitalised, no part of the run
    // when a post follows it ("Said Hassan" is a given name).
    // (Parsed for every run: the verbs are matched as written, no lower-case
    // copy made.)
    let inverted_verb = last > first + 1
        && matches!(
            doc.word(first),
            "Said" | "Says" | "Added" | "Adds" | "Wrote" | "Writes" | "Told" | "Tells" | "Asked"
        )
        && (first + 1..last).any(|t| lexicon::title(doc.word(t)).is_some());
    let mut first = if inverted_verb { first + 1 } else { first };
    if seat_epithet(doc, first, last) {
        return None;
    }
    // "the Singapore-based Haze Action Network": where a body is based is
    // no part of its name.
    // ("Mexico City-based Laboratorios Quimvera": a place of two words too.)
    if let Some(based) = (first..last - 1)
        .rev()
        .find(|&t| doc.word(t).ends_with("-based"))
    {
        first = based + 1;
    }
    // "Minister of Trade, Industry and Energy Choi Hye-jin": a portfolio
    // listed with commas ends before the name; the post is the role.
    let listed_post = portfolio_title_before(doc, first);
    if listed_post.is_some() {
        // ("… Fisheries and Food Anne Dale": the last after "and" may be a
        // word no list holds.)
        while last - first > 2
            && (is_portfolio_word(doc.word(first))
                || (doc.word(first - 1) == "and" && !lexicon::is_given_name(doc.word(first))))
        {
            first += 1;
        }
    }
    let words = doc.words_in(first, last);
    // The name starts after the last title or honorific word; a title word
    // that ends the run is a surname ("Larry King", "Mr. Speaker" aside).
    let n = words.len();
    // "Martin Luther King III": a title word followed by nothing but a
    // generational suffix is a surname too.
    let suffix = |w: &&str| matches!(*w, "Jr." | "Jr" | "Sr." | "Sr" | "II" | "III" | "IV");
    // "Rovers manager Dean Holt": after a post in lower case, a
    // title that is also a given name, with one word after it, is the given
    // name (no one is written with two posts and a surname alone).
    let given_after_post = |i: usize, w: &str| {
        i == 0
            && n == 2
            && first > 0
            && doc.tokens[first - 1].is_word
            && !is_capitalized(doc.word(first - 1))
            && lexicon::is_role_noun(doc.word(first - 1))
            && lexicon::is_given_name(w)
    };
    // "Sergeant Dean Hollis", "the trial of Dean Malcolmson": a title that
    // is also a given name, with one word after it, is the given name after
    // another title, or anywhere when the article never uses the word as a
    // post ("the dean", "Dean of Students").
    let given_not_title = |i: usize, w: &str| {
        i + 2 == n
            && lexicon::is_given_name(w)
            && (given_after_post(i, w)
                || (i > 0 && lexicon::title(words[i - 1]).is_some())
                || (i == 0 && !used_as_post(doc, w)))
    };
    let split = words
        .iter()
        .enumerate()
        .rposition(|(i, w)| {
            // ("Sri Lanka Cricket": an honorific that opens a place's
            // name is the place's.)
            (lexicon::honorific(w).is_some()
                && !(i + 1 < n
                    && lexicon::is_place_name(&[w.to_string(), words[i + 1].to_string()])))
                || (lexicon::title(w).is_some()
                    && ((i + 1 < n && !words[i + 1..].iter().all(suffix)) || n == 1)
                    && !given_not_title(i, w))
                // "PC Ann Lee", "DI Tom Roe": a police rank's letters
                // are a title before a full name ("DC Comics" is no one).
                || (lexicon::is_police_rank(w)
                    && (i + 2 < n || (i + 1 < n && lexicon::is_given_name(words[i + 1]))))
                || (lexicon::is_elder_style(w) && i + 2 < n)
                || (i == 0 && i + 1 < n && plural_title_before_name(w, words[1]))
        })
        .map_or(0, |i| i + 1);
    // "Pastor (Mrs) Comfort Nyarko": the bracket closing an honorific is
    // the title's.
    let split = if words.get(split) == Some(&")") {
        split + 1
    } else {
        split
    };
    // "The Attorney General’s Office", "the Prime Minister’s Office": a
    // body named after a post holds the post's title words; no one is named.
    let post_office =
        n >= 2 && lexicon::is_org_word(words[n - 1]) && is_possessive(words[n - 2]) && {
            let post = strip_possessive(words[n - 2]);
            is_role_word(post) || is_role_word(&post.to_lowercase())
        };
    let split = if post_office { 0 } else { split };
    // "Secretary of State Ann Lee": the "of" phrase belongs to the title; so do
    // further capitals before a given name ("Secretary of Homeland Security").
    let mut split = split;
    // "the Washington Post Trump said" (no comma between them): an
    // organisation's name is no part of the person's that follows it.
    if let Some(org) = words[split..]
        .iter()
        .rposition(|w| lexicon::is_org_word(strip_possessive(w)))
    {
        let after = split + org + 1;
        let is_title = after < n && lexicon::title(words[after]).is_some();
        // "Network Rail", "Union Pacific": a run that opens with the
        // organisation word is one name, unless a given name follows.
        // ("Fundación Mar Austral": a body's word in Spanish or Portuguese
        // opens its name, whatever follows.)
        let opens_run = org == 0
            && (!words[after..].iter().any(|w| lexicon::is_given_name(w))
                || lexicon::opens_a_body(words[0]));
        // "BBC Radio Kent", "ABC Radio Melbourne": one word after a station
        // word is where the station broadcasts, the body's name.
        let station = after + 1 == n
            && matches!(
                strip_possessive(words[after - 1]),
                "Radio" | "TV" | "Television"
            );
        // "Health Service Executive", "Millbrook School District": one
        // word that names a post or a kind of place ends the body's name.
        let body_tail = after + 1 == n
            && (lexicon::is_role_noun(&words[after].to_lowercase())
                || lexicon::is_place_kind(words[after]));
        if after < n
            && !is_title
            && !opens_run
            && !station
            && !body_tail
            && words[after..].iter().all(|w| is_capitalized(w))
        {
            split = after;
        }
    }
    // Only "of" continues a title; "Mayor de Blasio" keeps its particle.
    // After the portfolio's first word, the words a portfolio is made of
    // ("Minister of Agriculture and Environment Nguyen Thi Lan"); a word no
    // list knows is the name's when it leaves a name of two or three words.
    // "Commissioner for Physical Planning Ann Lee": "for" opens one too.
    let portfolio_opened =
        split > 0 && split + 1 < words.len() && matches!(words[split], "of" | "for");
    // "Prime Minister of New Zealand": a post of a country names no one
    // ("Zealand" is no surname).
    if portfolio_opened {
        let country: Vec<String> = words[split + 1..].iter().map(|w| w.to_string()).collect();
        if lexicon::is_place_name(&country) {
            return None;
        }
    }
    if portfolio_opened {
        // "Leader of the Opposition Ann Lee": "the" and the word after it.
        split += if words[split + 1] == "the" && split + 3 < words.len() {
            3
        } else {
            2
        };
        while words.len() - split > 1 && is_portfolio_word(words[split]) {
            split += 1;
        }
    }
    // "Minister of State for Jal Shakti R. Venkatesh Gowda": after a
    // portfolio's "of" or "for", words no list knows up to an initial are
    // the portfolio's. ("Minister for Lakes Shivanand K. Hosamani": an
    // initial with one word after it is a middle one.)
    let after_portfolio = portfolio_opened
        || (split == 0 && first > 0 && matches!(doc.word(first - 1), "of" | "for"));
    if after_portfolio {
        if let Some(k) = (split + 1..words.len().saturating_sub(2)).find(|&k| is_initial(words[k]))
        {
            // (A portfolio of listed words is read above: "Minister of
            // State for Fisheries K. Sudhakar Naidu".)
            let listed = words[split..k].iter().all(|w| is_portfolio_word(w));
            if !listed && !words[split..k].iter().any(|w| lexicon::is_given_name(w)) {
                split = k;
            }
        }
    }
    // Only the last word's possessive is the name's case ("Lee's aide");
    // one inside belongs to a body's name ("Sheriff's Office").
    let last_word = words.len().saturating_sub(1);
    let name: Vec<String> = words[split..]
        .iter()
        .enumerate()
        .map(|(i, w)| {
            if split + i == last_word {
                strip_possessive(w).to_string()
            } else {
                w.to_string()
            }
        })
        .filter(|w| !w.is_empty())
        .fold(Vec::new(), |mut out: Vec<String>, w| {
            // A comma in a body's list of portfolios ("Ministry of Land,
            // Infrastructure, …") is written against the word before.
            match out.last_mut() {
                Some(before) if w == "," => before.push(','),
                _ => out.push(w),
            }
            out
        });
    let courtesy = words[..split]
        .iter()
        .rfind(|w| lexicon::honorific(w).is_some())
        .map(|w| w.trim_end_matches('.').to_string());
    let honorific = courtesy.is_some();
    // "Head of Research at ICICI": a post followed by what it heads names
    // no one ("Dean said" may be a surname).
    let heads_something = last < doc.tokens.len() && doc.word(last) == "of";
    // ("the Secretary-General said": titles joined by a hyphen too.)
    let post_only = name
        .iter()
        .all(|w| w.split('-').all(|part| lexicon::title(part).is_some()))
        || (heads_something && name.iter().all(|w| is_role_word(w)));
    if name.is_empty() || (!honorific && post_only) {
        return None;
    }
    // "The Minister of Energy and Mineral Resources, Agus Nugroho,": the
    // end of a portfolio cut off at "and" names no one.
    // Nor does the rest of a portfolio after its title ("Minister of Rural
    // Development,").
    if (name.len() >= 2 || portfolio_opened) && name.iter().all(|w| is_portfolio_word(w)) {
        return None;
    }
    // "Republican Donald Trump", "Hong Kong Carrie Lam", "United Nations
    // Nikki Haley": capitalised words before a known given name qualify the
    // person; they are no part of the name. So are words naming a post
    // ("NATO Secretary-General Jens Stoltenberg", "Co-developer Ann Lee").
    let mut name = name;
    let mut qualifiers: Vec<String> = Vec::new();
    // "Tran Van Hung", "Pham Van Dong": a given name that is also a
    // particle opens no name inside a run; it is a middle name.
    let particle = |w: &str| CONNECTORS.iter().any(|c| c.eq_ignore_ascii_case(w));
    // "Engr. Abdi Hassan Noor": right after a courtesy title the name
    // starts; nothing stands between to qualify it.
    let courtesy_before = split > 0 && lexicon::honorific(words[split - 1]).is_some();
    // (Asked only of a run with a given name inside it.)
    let posted_before = || {
        first > 0
            && doc.tokens[first - 1].is_word
            && !is_capitalized(doc.word(first - 1))
            && lexicon::is_role_noun(doc.word(first - 1))
    };
    let given_at = (1..name.len().saturating_sub(1))
        .filter(|_| !courtesy_before)
        .find(|&k| lexicon::first_name_gender(&name[k]) != Gender::Unknown && !particle(&name[k]))
        .filter(|&k| {
            name[..k]
                .iter()
                .all(|w| lexicon::first_name_gender(w) == Gender::Unknown)
                // "Ali Hussein Fakhreddine", "Terry Ahmed Lee": a given name
                // of either sex opens the name; it qualifies nobody unless
                // it also names a place or a people ("Jordan").
                && !name[..k].iter().any(|w| {
                    lexicon::is_given_name(w) && !qualifies_a_person(std::slice::from_ref(w))
                })
                // "Ambassador Al-Sadig Omer Hamdallah": a word with the
                // Arabic article is a name's, never a qualifier.
                && !name[..k].iter().any(|w| {
                    ["Al-", "El-"].iter().any(|p| w.strip_prefix(p).is_some_and(is_capitalized))
                })
                // "Dang Thi Mai Huong": a Vietnamese middle name before
                // the given names makes the words one name.
                && !name[..k].iter().any(|w| matches!(w.as_str(), "Thi" | "Thị" | "Văn" | "Van"))
                // "Faisal bin Farhan Al Saud": a particle before the given
                // name ties the words into one name.
                && !name[..=k]
                    .iter()
                    .any(|w| w != "of" && CONNECTORS.contains(&w.as_str()))
                // "Institute for Urban Housing Policy", "Foundation for
                // Hope and Grace": after a body's "for" or "on" comes what
                // it is for, whatever given names its words also are.
                && !matches!(name[k - 1].as_str(), "for" | "on")
                // "St Luke Hospital", "Royal Alfred Hospital": a body
                // named after someone keeps the words before the given
                // name, as a saint's name does ("St Patrick").
                && !name[k..].iter().any(|w| lexicon::is_org_word(w))
                && !matches!(
                    name[k - 1].as_str(),
                    "St" | "St." | "Saint" | "San" | "Santa" | "Sankt"
                )
                // "ministry spokesman Aziz Omar Baig": after a post in lower
                // case, a capital no list knows is the given name itself;
                // only words that name a place, a people, a party, a body or
                // a post still qualify the person.
                && (!posted_before() || qualifies_a_person(&name[..k]))
                && !unlisted_given_name_before(doc, first, words, split, &name, k)
        });
    // "Fisherman Sakiusa said": a trade written as a title before a name
    // of one word is no part of it either, unless it is a given name too
    // ("Mason Mount"), the two make a place ("Cook Islands"), or the second
    // is a label ("Witness K", "Patient Alpha", "Juror 4").
    const LABELLED: &[&str] = &[
        "Witness",
        "Patient",
        "Victim",
        "Juror",
        "Suspect",
        "Informant",
    ];
    let trade_opens = name.len() == 2
        && !LABELLED.contains(&name[0].as_str())
        && name[1].len() >= 3
        && name[1].chars().skip(1).all(char::is_lowercase)
        && lexicon::title(&name[0]).is_none()
        && !lexicon::is_given_name(&name[0])
        && lexicon::is_role_noun(&name[0].to_lowercase())
        && !lexicon::is_org_word(&name[1])
        && !lexicon::is_place_name(&name);
    // "Twelve-year-old Mariam": nor is an age written before the name.
    // Nor a rank or a record joined by a hyphen ("Second-placed Karisma
    // Joseph-Alexis", "Top-seeded Ann Lee", "Two-time champion"): a
    // name's own hyphen joins capitals ("Joseph-Alexis").
    let ranked_opens = name.len() >= 3
        && name[0].rsplit_once('-').is_some_and(|(head, tail)| {
            is_capitalized(head) && tail.len() >= 3 && tail.chars().all(|c| c.is_ascii_lowercase())
        });
    let aged_opens =
        ranked_opens || (name.len() >= 2 && lexicon::is_age_epithet(&name[0].to_lowercase()));
    let post_until = (0..name.len().saturating_sub(2))
        .rev()
        .filter(|_| !post_office)
        .find(|&k| is_role_word(&name[k]))
        .map(|k| k + 1)
        .or((trade_opens || aged_opens).then_some(1));
    let mut held_for = None;
    let place_cut = post_place(doc, first, &name);
    // "Researcher João Pedro Albuquerque": after a post, a capital no list
    // knows before a known given name is a given name too, unless it names
    // a body, a people or a place ("Ambassador Hong Kong ...").
    let cut = match (given_at, post_until) {
        (Some(g), Some(p))
            if g > p
                && !lexicon::is_place_name(&name[p..g])
                && name[p..g].iter().all(|w| {
                    !lexicon::is_org_word(w)
                        && !lexicon::is_demonym(w)
                        && !lexicon::is_national(w)
                        && !is_role_word(w)
                }) =>
        {
            Some(p)
        }
        _ => given_at.max(post_until),
    };
    // "Minister for Disaster Management Md Shafiqul Karim": after the
    // portfolio, capitals no list knows before a known given name are the
    // holder's given names too, as after a post above.
    let plain = |ws: &[String]| {
        ws.iter().all(|w| {
            !lexicon::is_org_word(w)
                && !lexicon::is_demonym(w)
                // "Minister for Indigenous Australians Kate Wirth": a people
                // in the plural is the portfolio's.
                && !w.strip_suffix('s').is_some_and(lexicon::is_demonym)
                && !lexicon::is_national(w)
                && !is_role_word(w)
                && !is_portfolio_word(w)
        }) && !lexicon::is_place_name(ws)
    };
    let cut = match (cut, place_cut) {
        (Some(c), Some(pc)) if c > pc && post_until.is_none() && plain(&name[pc..c]) => Some(pc),
        _ => cut,
    };
    if cut.is_none() || cut == place_cut {
        if let Some(cut) = place_cut {
            // The post, its preposition and the place are the role: "envoy
            // to Japan".
            let place = name.drain(..cut).collect::<Vec<_>>().join(" ");
            let from = if of_state_before(doc, first) {
                first - 4
            } else {
                first - 2
            };
            let post = &doc.text[doc.tokens[from].start..doc.tokens[first - 1].end];
            held_for = Some(format!("{post} {place}"));
        }
    } else if let Some(cut) = cut {
        qualifiers = name.drain(..cut).collect();
    }
    // "Philip Dunne MP", "Jane Roe KC": letters after a name are a post or
    // an honour, not the name.
    let mut post_nominal = None;
    while name.len() >= 3 || (name.len() == 2 && post_nominal.is_none()) {
        match name.last() {
            Some(w) if POST_NOMINALS.contains(&w.as_str()) => post_nominal = name.pop(),
            _ => break,
        }
    }
    // A lone word is most often a surname ("Warren", "Clinton"): its gender
    // is not read from the given names.
    // "Van Acker", "De Vries": a surname's particle opening the sentence is
    // no given name ("Van" is one), and says nothing of gender.
    let particle_first = name.len() == 2
        && CONNECTORS.iter().any(|c| c.eq_ignore_ascii_case(&name[0]))
        && name[0].starts_with(char::is_uppercase);
    let mut gender = if name.len() >= 2 && !particle_first {
        lexicon::first_name_gender(&name[0])
    } else {
        Gender::Unknown
    };
    let mut role_words = Vec::new();
    let mut post_written = false;
    for w in &words[..split] {
        if let Some(g) = lexicon::honorific(w) {
            if gender == Gender::Unknown {
                gender = g;
            }
        } else if let Some(rank) = lexicon::police_rank_in_full(w) {
            // "Zonal Police Commander SACP Hamisi Mrisho": after the post
            // written out, a rank "of Police" adds nothing a reader needs.
            // ("Staff Sgt. Kyle Brannigan": a British or American rank's
            // letters finish the rank written before them.)
            if !(post_written && rank.ends_with(" of Police")) {
                role_words.push(rank);
            }
        } else if matches!(*w, "(" | ")") {
            // (The brackets of "Pastor (Mrs)", whose honorific went.)
        } else {
            // As written: "Sen." and "Rep." are how the trade spells the role.
            role_words.push(*w);
            post_written |= lexicon::is_role_noun(&w.to_lowercase());
        }
    }
    let posted = qualifiers.iter().any(|w| is_role_word(w));
    role_words.extend(qualifiers.iter().map(String::as_str));
    // A role is a title word with what qualifies it ("Israeli Prime Minister");
    // a lone adjective ("Israeli Benjamin") is not.
    // "Economist Dr. Samuel Armah": an occupation opening the run before
    // an honorific is a role too.
    let has_title = posted
        || role_words.iter().any(|w| {
            lexicon::title(w).is_some()
                || lexicon::is_police_rank(w)
                || w.contains(' ')
                || lexicon::is_role_noun(&w.to_lowercase())
        });
    let role = (has_title && !role_words.is_empty())
        .then(|| role_words.join(" "))
        .or(held_for)
        .or(post_nominal)
        .or_else(|| {
            listed_post.map(|title| {
                doc.text[doc.tokens[title].start..doc.tokens[first - 1].end].to_string()
            })
        });
    Some(NameMention {
        at: doc.tokens[first].start,
        first,
        last,
        name,
        role,
        gender,
        courtesy,
        kin: None,
        alias: None,
        seniority: None,
        rank: None,
    })
}

/// The apposition after a name ("Ann Lee, the city's mayor, said"): its text,
/// when it names a role. `after` is the token just past the name. A role
/// set off by dashes counts as one set off by commas ("Ravi Menon — a young
/// Welsh director — found").
pub fn apposition_role(doc: &Document, after: usize, hi: usize) -> Option<String> {
    let after = past_parenthetical(doc, after, hi);
    if after >= hi || !matches!(doc.word(after), "," | "—" | "–") {
        return None;
    }
    // Only between two dashes: "PORTVILLE – Mayor Ann Lee opened" is a
    // dateline's dash.
    let dash = doc.word(after) != ",";
    if dash && !(after + 1..hi.min(after + 14)).any(|k| doc.word(k) == doc.word(after)) {
        return None;
    }
    if !dash && sets_off_a_later_name(doc, after, hi) {
        return None;
    }
    apposition_after_verb(doc, after + 1, hi)
}

/// "Rep. Ann Lee (D-Ore.), chair of the caucus,": a short aside in
/// parentheses after a name (a party and state, an age) stands between the
/// name and its apposition. The token after the aside, or `at` when none
/// opens there.
fn past_parenthetical(doc: &Document, at: usize, hi: usize) -> usize {
    /// An aside longer than this is a sentence of its own.
    const ASIDE_TOKENS: usize = 8;
    if at >= hi || doc.word(at) != "(" || doc.in_quote(at) {
        return at;
    }
    (at + 1..hi.min(at + ASIDE_TOKENS))
        .take_while(|&k| !doc.in_quote(k))
        .find(|&k| doc.word(k) == ")")
        .map_or(at, |close| close + 1)
}

/// "Speaking to Reuters, the president of the league, Ann Lee, said": the
/// post set off after a name (here an outlet's) is the post of the person
/// named right after it, not of the name before. `comma` opens the post.
fn sets_off_a_later_name(doc: &Document, comma: usize, hi: usize) -> bool {
    /// A post set off before a name is a few words.
    const POST_REACH: usize = 14;
    let Some(close) = (comma + 1..hi.min(comma + POST_REACH))
        .take_while(|&k| !doc.in_quote(k) && !matches!(doc.word(k), "." | ";" | ":"))
        .find(|&k| doc.word(k) == ",")
    else {
        return false;
    };
    let Some((a, b)) = run_starting_at(doc, close + 1, hi) else {
        return false;
    };
    let words: Vec<String> = (a..b).map(|t| doc.word(t).to_string()).collect();
    // A person's name, not a place ("the mayor of Springfield, Illinois,").
    let persons_name = words.len() >= 2
        && (lexicon::first_name_gender(&words[0]) != Gender::Unknown
            || lexicon::is_given_name(&words[0]))
        && !lexicon::is_listed_place(&words);
    persons_name && b < hi && matches!(doc.word(b), "," | "—" | "–")
}

/// The role phrase starting at token `t`: an apposition's words after its
/// comma, or a relative clause's after "is".
fn apposition_after_verb(doc: &Document, t: usize, hi: usize) -> Option<String> {
    /// Longer roles are cut: a role is a few words, not a biography.
    const MAX_WORDS: usize = 12;
    /// "of the Maidan Wardak provincial council": a body's name, not a clause.
    const AFFILIATION_WORDS: usize = 8;
    /// "Marsh County Department of Water public information officer": a
    /// body's name may stand before the post's noun.
    const ROLE_REACH: usize = 10;
    let mut t = t;
    // "Jane Doe, 47, a teacher": an age set off by commas comes before the
    // role; the age is no role, what follows it is.
    if t + 1 < hi && doc.word(t).chars().all(|c| c.is_ascii_digit()) && doc.word(t + 1) == "," {
        t += 2;
    }
    let start = t;
    while t < hi && t - start < 40 {
        let w = doc.word(t);
        if doc.in_quote(t) || matches!(w, "," | "." | ";" | "(" | ")" | ":" | "—" | "–") {
            break;
        }
        t += 1;
    }
    if t == start {
        return None;
    }
    let mut words: Vec<&str> = (start..t).map(|k| doc.word(k)).collect();
    // "Horrocks, who is in the team in place of …": a place or a
    // circumstance, not a post.
    if matches!(
        words[0],
        "who"
            | "which"
            | "whose"
            | "where"
            | "and"
            | "but"
            | "said"
            | "says"
            | "in"
            | "at"
            | "on"
            | "with"
            | "under"
            | "into"
            | "over"
            | "near"
            | "among"
            | "during"
    ) {
        return None;
    }
    if lexicon::is_reporting_verb(words[words.len() - 1]) {
        return None;
    }
    // "… who questioned Dale, tried to corner the former governor": a
    // verb with its object or infinitive after the comma is the sentence
    // going on, no apposition ("retired teacher" is one).
    // An irregular past ("met the general", "took the view") as well.
    let past = words[0].ends_with("ed") || time::IRREGULAR_EVENTS.contains(&words[0]);
    let verb_phrase = words.len() >= 2
        && past
        && words[0].chars().all(|c| c.is_lowercase())
        && matches!(
            words[1],
            "to" | "the"
                | "a"
                | "an"
                | "his"
                | "her"
                | "their"
                | "its"
                | "him"
                | "them"
                | "it"
                // "The lawyer, Paul Kamau, argued that the witness lied":
                // a clause no post opens.
                | "that"
                | "how"
                | "why"
                | "whether"
                | "what"
        );
    if verb_phrase {
        return None;
    }
    // "Sharif Hotak, of the provincial council, said": an affiliation set
    // off by commas is what the text says of the person.
    let closed = t < hi && doc.word(t) == ",";
    if matches!(words[0], "of" | "from")
        && closed
        && words.len() <= AFFILIATION_WORDS
        && words[1..].iter().any(|w| is_capitalized(w))
        // "of the council", "of Acme Corp": a body; "of Springfield" is a
        // home town, which says where the person lives, not what they are.
        && (words[1] == "the" || words[1..].iter().any(|w| lexicon::is_org_word(w)))
    {
        return Some(join_words(doc, start, t, &words));
    }
    let mut first = start;
    // "Noor Haddad, also an Ithaca undergrad,": an adverb before the
    // article says how the text goes on, not what the person is.
    if words.len() > 2
        && matches!(words[0], "also" | "now" | "still" | "currently")
        && matches!(words[1], "the" | "a" | "an")
    {
        words.remove(0);
        first += 1;
    }
    if matches!(words[0], "the" | "a" | "an" | "The" | "A" | "An") {
        words.remove(0);
        first += 1;
    }
    if words.is_empty() {
        return None;
    }
    // A role noun early on, with no verb before it: "the deputy director of
    // the zoo", not "Later, Mayor Lee spoke with his aide".
    // ("Joan Pettit, agree they cannot picture Mr Hale …": a subject
    // pronoun or a modal before the post makes a clause too.)
    const CLAUSE: &[&str] = &[
        "is", "was", "were", "are", "has", "had", "have", "will", "would", "spoke", "said", "says",
        "told", "did", "they", "he", "she", "we", "cannot", "can", "could", "should", "must",
    ];
    // "an Egyptologist at the American University": after an article, a
    // capitalised noun built as a name for what people do is a post too.
    let after_article = first > start;
    // "Ohio Department of Transport press officer": a body's name may
    // come first.
    // "one of his editors at Halcyon Press": one of a post's holders.
    let one_of = words.len() > 3 && words[0] == "one" && words[1] == "of";
    let role_at = words
        .iter()
        .take(ROLE_REACH)
        .enumerate()
        .position(|(k, w)| {
            is_role_word(strip_possessive(w))
                || lexicon::is_party_member(w)
                || (k == 0 && after_article && lexicon::is_role_noun(&w.to_lowercase()))
                || (one_of && k == 3 && w.strip_suffix('s').is_some_and(is_role_word))
        })
        .or_else(|| after_article.then(|| described_head(&words)).flatten())?;
    if words[..role_at].iter().any(|w| CLAUSE.contains(w)) {
        return None;
    }
    // "a Miami lawyer who has been involved in …": the relative clause tells
    // what the person did, not the post; the role ends before it.
    if let Some(clause) = words[role_at + 1..]
        .iter()
        .position(|w| matches!(*w, "who" | "whose" | "which" | "that"))
    {
        let at = role_at + 1 + clause;
        // "a former foreign minister who is now the Forum's special envoy":
        // the post held now is the role.
        match post_held_now(&words[at..]).map(|k| at + k) {
            Some(now) if now < words.len() => {
                words.drain(..now);
                first += now;
            }
            _ => words.truncate(at),
        }
    }
    // "Chris Wright, the chief technology officer of Red Hat said …": a
    // verb after the post ends it (the closing comma was left out).
    if let Some(verb) = words[role_at + 1..]
        .iter()
        .position(|w| CLAUSE.contains(w) || lexicon::is_reporting_verb(w))
    {
        words.truncate(role_at + 1 + verb);
    }
    if words.len() > MAX_WORDS {
        words.truncate(name_end(&words, MAX_WORDS));
        while words.len() > role_at + 1
            && matches!(
                *words.last()?,
                "of" | "the"
                    | "and"
                    | "at"
                    | "in"
                    | "to"
                    | "for"
                    | "a"
                    | "an"
                    | "who"
                    | "is"
                    | "was"
                    | "on"
                    | "with"
            )
        {
            words.pop();
        }
    }
    let last = first + words.len();
    Some(join_words(doc, first, last, &words))
}

/// How many words of a relative clause (`clause`, from "who") say that the
/// post after them is held now: "who is now the", "who now serves as a".
fn post_held_now(clause: &[&str]) -> Option<usize> {
    const NOW: &[&[&str]] = &[
        &["who", "is", "now"],
        &["who", "is", "currently"],
        &["who", "now", "serves", "as"],
        &["who", "currently", "serves", "as"],
    ];
    let k = NOW.iter().find(|p| clause.starts_with(p))?.len();
    let article = clause
        .get(k)
        .is_some_and(|w| matches!(*w, "the" | "a" | "an"));
    Some(k + usize::from(article))
}

/// "Hal Drury, 64, a retired roofer who stayed", "Nia Okoro, the harbour
/// controller for the port,": an article's noun phrase set
/// off after a name says what the person is, whether or not our lists know
/// the noun. The position of its head noun (the last word before a
/// relative clause or a preposition), when it reads as one.
fn described_head(words: &[&str]) -> Option<usize> {
    /// Words that end a noun phrase's head: a clause or a phrase after it.
    const AFTER_HEAD: &[&str] = &[
        "who", "whose", "which", "that", "for", "of", "at", "in", "from", "with", "to", "on",
        "since", "after", "before", "when", "where", "and", "or", "but", "by", "as", "than",
    ];
    /// Heads that say when or how, or rank, not who: "the day before",
    /// "a move that surprised", "the first to arrive".
    const NOT_WHO: &[&str] = &[
        "day",
        "days",
        "week",
        "weeks",
        "month",
        "months",
        "year",
        "years",
        "time",
        "times",
        "morning",
        "afternoon",
        "evening",
        "night",
        "moment",
        "move",
        "decision",
        "claim",
        "statement",
        "reference",
        "sign",
        "way",
        "fact",
        "point",
        "result",
        "number",
        "lot",
        "bit",
        "part",
        "kind",
        "sort",
        "series",
        "first",
        "last",
        "only",
        "same",
        "other",
        "next",
        "latest",
        "one",
        "case",
        "matter",
        "reason",
        "view",
        "idea",
        "message",
        "comment",
        "remark",
        "remarks",
        "report",
        "news",
        "story",
        "issue",
        "problem",
        "question",
    ];
    const MAX_BEFORE_HEAD: usize = 5;
    let end = words
        .iter()
        .position(|w| AFTER_HEAD.contains(w))
        .unwrap_or(words.len());
    let head = end.checked_sub(1)?;
    let w = words[head];
    // Only a noun built for a person by what they do ("shrimper",
    // "controller", "grower"): a bare noun phrase after a name is as often
    // about something else ("a move that", "the state's largest utility").
    let agentive = ["er", "or", "ian", "ant", "ent"]
        .iter()
        .any(|end| w.ends_with(end))
        && !matches!(
            w,
            "other"
                | "order"
                | "matter"
                | "letter"
                | "number"
                | "paper"
                | "water"
                | "power"
                | "border"
                | "center"
                | "centre"
                | "corner"
                | "error"
                | "sector"
                | "factor"
                | "event"
                | "percent"
                | "moment"
                | "statement"
                | "comment"
                | "government"
                | "plant"
                | "grant"
                | "content"
                | "extent"
                | "talent"
                | "agent"
                | "parent"
                | "student"
                | "resident"
                | "president"
        );
    let noun_like = w.len() >= 3
        && (agentive || lexicon::is_occupation(w))
        && w.chars().all(|c| c.is_lowercase() || c == '-')
        && !NOT_WHO.contains(&w);
    // A few modifiers at most, none a verb or a number: "a retired shrimper",
    // "the longtime community guide".
    let modifiers_fit = head <= MAX_BEFORE_HEAD
        && words[..head]
            .iter()
            .all(|m| !m.chars().any(|c| c.is_ascii_digit()) || m.contains("-year-old"));
    (noun_like && modifiers_fit).then_some(head)
}

/// Where a role cut at `cut` words ends: never inside a body's name, which
/// a role cut there would leave as "at the University". A name the cut
/// falls in goes whole, with the words that lead to it ("founding director
/// of the Center for Water Policy at the University of Oregon" is "founding
/// director of the Center for Water Policy"): a role is a few words, so
/// the post stays and the place it is held goes.
fn name_end(words: &[&str], cut: usize) -> usize {
    let joins = |w: &str| matches!(w, "of" | "for" | "and" | "on" | "the" | "at");
    let name_word = |k: usize| is_capitalized(words[k]) || is_possessive(words[k]);
    // The cut falls in a name when a name's word stands on both sides of
    // it, or a joining word right after one ("University of | Oregon").
    let inside_name = cut < words.len()
        && name_word(cut)
        && (name_word(cut - 1) || cut >= 2 && joins(words[cut - 1]) && name_word(cut - 2));
    if !inside_name {
        return cut;
    }
    // Back to the preposition that leads to the name; "at" parts two names
    // ("the Center for Water Policy at the University").
    let mut start = cut;
    while start > 1 && words[start - 1] != "at" && (name_word(start - 1) || joins(words[start - 1]))
    {
        start -= 1;
    }
    start
}

/// "United States Senator from Vermont Bernie Sanders": a title, "from" and
/// the place, written before the name as one phrase. `a` opens the run that
/// holds the place and the name; the name starts at `name_first`.
fn title_from_place(doc: &Document, a: usize, name_first: usize, lo: usize) -> Option<String> {
    if a < lo + 2 || name_first <= a {
        return None;
    }
    // "Ambassador to the United Nations Nikki Haley": "the" may open the place.
    let link = if doc.word(a - 1) == "the" && a >= lo + 3 {
        a - 2
    } else {
        a - 1
    };
    if !matches!(doc.word(link), "from" | "for" | "to") {
        return None;
    }
    let (title_first, title_end) = run_ending_at(doc, link - 1, lo)?;
    // The run must end in a title word ("Senator"), not a place.
    lexicon::title(doc.word(title_end - 1))?;
    let words = doc.words_in(title_first, name_first);
    Some(join_words(doc, title_first, name_first, words))
}

/// "Karsten Warholm of Norway", "John Geiger of USGS": the body or place a
/// person is of, right after the name, is what the text says of them.
fn affiliation_after(doc: &Document, b: usize, hi: usize) -> Option<String> {
    /// "of worldwide victim group Ending Clergy Abuse": lower-case words
    /// that say what kind of body the name is.
    const KIND_WORDS: usize = 4;
    if b + 1 >= hi || doc.in_quote(b) {
        return None;
    }
    // "said Ioana Marin, of the Centre for Public Integrity": set off by a
    // comma, only a body (a home town set off so is no affiliation).
    let set_off = doc.word(b) == "," && matches!(doc.word(b + 1), "of" | "from" | "at");
    let b = if set_off { b + 1 } else { b };
    if b + 1 >= hi {
        return None;
    }
    // "Tom Hale from the Coast Rescue Brigade", "Dr Ruth Hale at Saint
    // Jude Hospital": a body the person comes from or works at, as "of"
    // says it; not a home town ("Ann Lee from Leeds") nor a place they are
    // at ("Lee at the White House").
    let preposition = doc.word(b);
    if !matches!(preposition, "of" | "from" | "at") {
        return None;
    }
    let mut first = b + 1;
    if matches!(doc.word(first), "the" | "a" | "an") && first + 1 < hi {
        first += 1;
    }
    let kind_end = (first..hi.min(first + KIND_WORDS + 1))
        .take_while(|&k| {
            doc.tokens[k].is_word
                && !doc.in_quote(k)
                && doc.word(k).chars().all(|c| c.is_lowercase() || c == '-')
        })
        .last()
        .map_or(first, |k| k + 1);
    if kind_end > first && lexicon::BODY_EPITHETS.contains(&doc.word(kind_end - 1)) {
        first = kind_end;
    }
    let (a, mut e) = run_starting_at(doc, first, hi)?;
    // "of the UK's National Crime Agency": a possessor and what it holds.
    while e < hi && is_possessive(doc.word(e - 1)) {
        match run_starting_at(doc, e, hi) {
            Some((_, next)) => e = next,
            None => break,
        }
    }
    // A person's name after "of" ("the wife of Tom Park") is no affiliation.
    if lexicon::first_name_gender(doc.word(a)) != Gender::Unknown {
        return None;
    }
    let a_body = || (a..e).any(|k| lexicon::is_org_word(doc.word(k)));
    let fits = match preposition {
        "from" => doc.word(b + 1) == "the" || a_body(),
        // Where people work, not a building one visits.
        "at" => (a..e).any(|k| {
            matches!(
                doc.word(k),
                "University"
                    | "College"
                    | "Hospital"
                    | "Institute"
                    | "School"
                    | "Clinic"
                    | "Laboratory"
                    | "Centre"
                    | "Center"
                    | "Academy"
                    | "Museum"
            )
        }),
        _ => true,
    };
    if !fits || (set_off && !a_body()) {
        return None;
    }
    let words = doc.words_in(b, e);
    Some(join_words(doc, b, e, words))
}

/// "A university student named Wong said", "a nurse called Ann Lee": the
/// description a name is given after is what the text says the person is.
/// `a` is the name's first token.
fn described_as_named(doc: &Document, a: usize, lo: usize) -> Option<String> {
    /// "a final-year university student named": the determiner this near.
    const REACH: usize = 4;
    if a < lo + 3 || !matches!(doc.word(a - 1), "named" | "called") {
        return None;
    }
    let noun = a - 2;
    let w = doc.word(noun);
    if !w.chars().all(|c| c.is_lowercase() || c == '-') || !lexicon::is_role_noun(w) {
        return None;
    }
    let opener = (noun.saturating_sub(REACH).max(lo)..noun)
        .rev()
        .take_while(|&k| doc.tokens[k].is_word && !doc.in_quote(k))
        .find(|&k| matches!(doc.word(k), "a" | "an" | "A" | "An" | "one" | "One"))?;
    let words = doc.words_in(opener + 1, noun + 1);
    Some(join_words(doc, opener + 1, noun + 1, words))
}

/// "Senators Ruth Okafor and Dan Pressley", "engineers Ann Lee and Tom
/// Park": a post in the plural before a name, or before two names joined
/// by "and", is each one's, in the singular. `a` is the name's first token.
fn shared_plural_post(doc: &Document, a: usize, lo: usize) -> Option<String> {
    let singular_post = |t: usize| -> Option<String> {
        // "Sens. Ann Lee and Tom Park": the abbreviation's full stop (and
        // only an abbreviation's: "dividends to shareholders. Lee said").
        let stop = doc.word(t) == "." && t > lo;
        let t = if stop { t - 1 } else { t };
        if !doc.tokens[t].is_word
            || doc.in_quote(t)
            || doc.sentence_of[t] != doc.sentence_of[a] && !stop
        {
            return None;
        }
        let stem = doc.word(t).strip_suffix('s')?;
        let titled = [stem.to_string(), format!("{stem}.")]
            .into_iter()
            .find_map(|w| lexicon::title(&w).map(|_| w));
        if stop {
            return titled.filter(|w| w.ends_with('.'));
        }
        titled.or_else(|| {
            (stem.len() > 2
                && (lexicon::is_role_noun(&stem.to_lowercase()) || lexicon::is_party_member(stem)))
            .then(|| stem.to_string())
        })
    };
    if a <= lo {
        return None;
    }
    if let Some(post) = singular_post(a - 1) {
        return Some(post);
    }
    if a < lo + 3 || doc.word(a - 1) != "and" {
        return None;
    }
    // The run of the first name may hold the post ("Senators Ruth Okafor"
    // opening a sentence).
    let (first, end) = run_ending_at(doc, a - 2, lo)?;
    if end != a - 1 {
        return None;
    }
    singular_post(first).or_else(|| (first > lo).then(|| singular_post(first - 1)).flatten())
}

/// "Mike Pompeo, who is the secretary of state,": the post a relative
/// clause gives.
fn relative_post(doc: &Document, b: usize, hi: usize) -> Option<String> {
    let mut t = b;
    if t < hi && doc.word(t) == "," {
        t += 1;
    }
    // "Bowen is the community manager of the project": the copula alone.
    if t + 1 < hi && matches!(doc.word(t), "is" | "was") && t == b {
        return matches!(doc.word(t + 1), "the" | "a" | "an")
            .then(|| apposition_after_verb(doc, t + 1, hi))
            .flatten();
    }
    if t + 2 >= hi || doc.word(t) != "who" {
        return copula_after_aside(doc, b, hi);
    }
    if POST_VERBS.contains(&doc.word(t + 1)) {
        return post_clause(doc, t, hi);
    }
    if !matches!(doc.word(t + 1), "is" | "was") {
        return copula_after_aside(doc, b, hi);
    }
    // The clause after "is" reads like an apposition: reuse its rules.
    apposition_after_verb(doc, t + 2, hi).or_else(|| copula_after_aside(doc, b, hi))
}

/// "Bowen — who, unlike Greco, works for the firm — is the community
/// manager of the project", "Lee, who joined in May, is a senior editor":
/// the copula after an aside set off by dashes or commas gives the post.
fn copula_after_aside(doc: &Document, b: usize, hi: usize) -> Option<String> {
    /// An aside longer than this is a story of its own, not a gloss on
    /// the name.
    const ASIDE_WORDS: usize = 16;
    if b >= hi {
        return None;
    }
    let mark = doc.word(b);
    if !matches!(mark, "," | "\u{2014}" | "\u{2013}") {
        return None;
    }
    let close = (b + 1..hi.min(b + 2 + ASIDE_WORDS))
        .take_while(|&t| !doc.in_quote(t))
        .find(|&t| doc.word(t) == mark)?;
    let verb = close + 1;
    (verb + 1 < hi
        && matches!(doc.word(verb), "is" | "was")
        && matches!(doc.word(verb + 1), "the" | "a" | "an"))
    .then(|| apposition_after_verb(doc, verb + 1, hi))
    .flatten()
}

/// Verbs whose relative clause says what a person does for a living ("Jason
/// Foy, who represents the captain,", "who heads the pilots' union").
const POST_VERBS: &[&str] = &[
    "represents",
    "represented",
    "heads",
    "leads",
    "chairs",
    "directs",
    "runs",
    "manages",
    "oversees",
    "owns",
    "founded",
    "co-founded",
    "coaches",
    "teaches",
    "studies",
];

/// The relative clause at token `t` ("who") up to its end, when it is short
/// enough to be a role.
fn post_clause(doc: &Document, t: usize, hi: usize) -> Option<String> {
    /// "who heads the Federation of Chemical and Energy Workers at RdO".
    const MAX_WORDS: usize = 12;
    let mut e = t + 2;
    // Tokens of bracketed acronyms, which add nothing to the post's length.
    let mut bracketed = 0;
    // "the pilots' union": a plural's apostrophe is a token of its own.
    // "the Federation of Chemical Workers (FTCE) at RdO": so is a body's
    // acronym in brackets.
    loop {
        if bracketed_acronym(doc, e, hi) {
            e += 3;
            bracketed += 3;
            continue;
        }
        if e < hi
            && (doc.tokens[e].is_word || matches!(doc.word(e), "'" | "\u{2019}"))
            && !doc.in_quote(e)
            && !lexicon::is_reporting_verb(doc.word(e))
            && !matches!(doc.word(e), "but" | "who" | "which")
            // ("the Federation of Chemical and Energy Workers": an "and"
            // inside a body's name.)
            && (doc.word(e) != "and" || inside_a_name(doc, e, hi))
        {
            e += 1;
            continue;
        }
        break;
    }
    // Cut mid-clause or too long to be a post: say nothing.
    let ended = e >= hi || matches!(doc.word(e), "," | "." | ";" | ")" | "—" | "–");
    if !ended || e - t - bracketed > MAX_WORDS || e == t + 2 {
        return None;
    }
    // "who heads the Federation of Chemical Workers": the post is the
    // noun of the verb ("head of the Federation of Chemical Workers"), the
    // way a reader would write it and look for it.
    let noun = match doc.word(t + 1) {
        "heads" => Some("head"),
        "leads" => Some("leader"),
        "chairs" => Some("chair"),
        "directs" => Some("director"),
        "manages" => Some("manager"),
        "owns" => Some("owner"),
        "founded" => Some("founder"),
        "co-founded" => Some("co-founder"),
        _ => None,
    };
    if let Some(noun) = noun {
        let object = doc.words_in(t + 2, e);
        return Some(format!("{noun} of {}", join_words(doc, t + 2, e, object)));
    }
    let words = doc.words_in(t, e);
    Some(join_words(doc, t, e, words))
}

/// Whether the "and" at token `t` joins two capitalised words of one name.
fn inside_a_name(doc: &Document, t: usize, hi: usize) -> bool {
    t > 0 && t + 1 < hi && is_capitalized(doc.word(t - 1)) && is_capitalized(doc.word(t + 1))
}

/// Whether an acronym in brackets opens at token `t`: "(FTCE)".
fn bracketed_acronym(doc: &Document, t: usize, hi: usize) -> bool {
    t + 2 < hi
        && doc.word(t) == "("
        && doc.word(t + 2) == ")"
        && !doc.in_quote(t + 1)
        && doc.word(t + 1).len() >= 2
        && doc
            .word(t + 1)
            .chars()
            .all(|c| c.is_uppercase() || c == '-')
}

/// Determiners and possessive pronouns that open a noun phrase.
const OPENERS: &[&str] = &[
    "the", "The", "a", "A", "an", "An", "their", "Their", "his", "His", "her", "Her", "its", "Its",
];

/// "Their coach, Patrick Mouratoglou, backed …": a post set off before a
/// name that is itself set off by commas. `a..b` is the name.
fn post_before(doc: &Document, a: usize, b: usize, lo: usize, hi: usize) -> Option<String> {
    const REACH: usize = 5;
    // "A member of the Tunisian Parliament, Samir Dilou said": the comma
    // after the name may be left out before the verb.
    // "The pact was signed by the fisheries minister, Anna Berg.": or
    // the sentence's end.
    let closed = b < hi
        && (matches!(doc.word(b), "," | "." | ";") || lexicon::is_reporting_verb(doc.word(b)));
    if a < lo + 2 || doc.word(a - 1) != "," || !closed {
        return None;
    }
    let mut last = a - 2;
    // "The President of the Nigerian Workers' Congress (NWC), Comrade
    // Adebayo Ogunleye,": the body's acronym in brackets ends the post.
    if last >= lo + 3 && bracketed_acronym(doc, last - 2, a) {
        last -= 3;
    }
    // "The mayor of Northbridge, Helen Carver,": the post's place or body,
    // in capitals after "of", ends the phrase; the post heads it.
    // "Georgia's Republican secretary of state, Ann Lee,": a post with its
    // "of" phrase in lower case.
    // ("The leader of the opposition, Tom Kalnins,": "the" may stand
    // after "of".)
    let the_before = last > lo + 3 && doc.word(last - 1) == "the";
    let of_at = if the_before {
        last - 2
    } else {
        last.saturating_sub(1)
    };
    let lower_of = of_at > lo + 1
        && doc.word(last).chars().all(|c| c.is_lowercase())
        && doc.word(of_at) == "of"
        && lexicon::is_role_noun(doc.word(of_at - 1));
    let head = post_of_place(doc, last, lo)
        .or(lower_of.then(|| of_at - 1))
        .unwrap_or(last);
    // "The Attorney-General, Rhys Cantor,": a post written as a title.
    let post = lexicon::is_role_noun(doc.word(head))
        || lexicon::is_party_member(doc.word(head))
        || is_role_word(doc.word(head));
    // "One of the company's directors, Ann Lee,": one of a post's holders.
    let one_of_holders = !post
        && singular(doc.word(head)).is_some_and(|w| lexicon::is_role_noun(&w) || is_role_word(&w))
        && (lo..head)
            .rev()
            .take(REACH + 2)
            .any(|k| doc.word(k) == "of" && k > lo && matches!(doc.word(k - 1), "One" | "one"));
    if doc.in_quote(head) || doc.in_quote(last) || !(post || one_of_holders) {
        return None;
    }
    let titled = lexicon::title(doc.word(head)).is_some();
    let mut first = head;
    // Inside a possessor's name ("Castlebridge Town's manager"): its
    // capitals belong to the phrase.
    let mut in_possessor = false;
    while first > lo && head - first < REACH {
        let w = doc.word(first - 1);
        // "the Nigerian Workers’ Congress": a plural's apostrophe is a
        // token of its own; the capital before it is a possessor.
        if matches!(w, "'" | "\u{2019}")
            && first >= lo + 2
            && is_capitalized(doc.word(first - 2))
            && !doc.in_quote(first - 2)
        {
            in_possessor = true;
            first -= 2;
            continue;
        }
        if !doc.tokens[first - 1].is_word || doc.in_quote(first - 1) {
            break;
        }
        let two_back = |first: usize| (first >= lo + 2).then(|| doc.word(first - 2));
        if one_of_holders && w == "of" && matches!(two_back(first), Some("One" | "one")) {
            first -= 2;
            break;
        }
        if OPENERS.contains(&w) && !(one_of_holders && two_back(first) == Some("of")) {
            break;
        }
        if possessor_after_preposition(doc, first) {
            break;
        }
        let capital = w.starts_with(|c: char| c.is_uppercase());
        if capital && is_possessive(w) {
            in_possessor = true;
            first -= 1;
            continue;
        }
        if capital && in_possessor {
            first -= 1;
            continue;
        }
        in_possessor = false;
        // Lower-case words and possessors ("Labour's housing spokesman"),
        // and the capitals of a post ("the Welsh First Minister").
        let of_post = lexicon::title(w).is_some()
            || lexicon::is_role_noun(w)
            || lexicon::is_national(w)
            || lexicon::is_party_member(w)
            || matches!(
                w,
                "First" | "Prime" | "Deputy" | "Chief" | "Vice" | "Foreign" | "Home"
            );
        // "The Federal Data Commissioner, Neville Ostrander,": before a
        // post written as a title, capitals are the portfolio's.
        if w.starts_with(|c: char| c.is_uppercase()) && !is_possessive(w) && !of_post && !titled {
            return None;
        }
        first -= 1;
    }
    // The phrase must open its clause: a determiner or the sentence start
    // before it ("said the coach, Ann Lee," is the cue's business).
    // ("signed by Iceland's fisheries minister, Sigríður Arnadottir": a
    // possessor opens it as a determiner does, after a preposition too.)
    let opens = first == lo
        || doc.sentences[doc.sentence_of[first]].first == first
        || OPENERS.contains(&doc.word(first - 1))
        || possessor_after_preposition(doc, first)
        || after_opening_phrase(doc, first);
    if !opens {
        return None;
    }
    if one_of_holders {
        return Some(one_holders_post(doc, first, last));
    }
    let words = doc.words_in(first, last + 1);
    Some(join_words(doc, first, last + 1, words))
}

/// Whether token `first` opens the clause after a phrase of time or
/// circumstance set off at the head of the sentence: "Under
/// cross-examination on Wednesday, Mutai's lawyer, Paul Kamau, suggested".
fn after_opening_phrase(doc: &Document, first: usize) -> bool {
    /// Sentence adverbs that are set off the same way but open no scene.
    const LINKING: &[&str] = &["However", "Afterwards"];
    let Some(comma) = first.checked_sub(1) else {
        return false;
    };
    let start = doc.sentences[doc.sentence_of[first]].first;
    doc.word(comma) == ","
        && comma > start
        && (crate::resolve::opens_a_scene(doc.word(start)) || LINKING.contains(&doc.word(start)))
        && (start..comma).all(|k| doc.word(k) != "," && !doc.in_quote(k))
}

/// The title token of a portfolio listed with commas that runs on to
/// token `t` ("Minister of Trade, Industry and Energy" before "Choi"): back
/// over the portfolio's words, commas and "and" to "of" or "for" after a
/// title. None when token `t` is no such portfolio's word.
fn portfolio_title_before(doc: &Document, t: usize) -> Option<usize> {
    if t == 0 || !is_capitalized(doc.word(t)) {
        return None;
    }
    if !is_portfolio_word(doc.word(t)) && doc.word(t - 1) != "and" {
        return None;
    }
    let mut k = t;
    let mut comma = false;
    while k > 1 {
        k -= 1;
        let w = doc.word(k);
        comma |= w == ",";
        if matches!(w, "of" | "for") {
            return (comma && lexicon::title(doc.word(k - 1)).is_some()).then_some(k - 1);
        }
        if !(w == "," || is_portfolio_word(w)) {
            return None;
        }
    }
    None
}

/// Whether the article uses a title word as a post somewhere: written in
/// lower case ("the dean said") or followed by "of" ("Dean of Students").
fn used_as_post(doc: &Document, title: &str) -> bool {
    (0..doc.tokens.len()).any(|t| {
        let w = doc.word(t);
        (w.eq_ignore_ascii_case(title) && !is_capitalized(w))
            || (w == title && t + 1 < doc.tokens.len() && doc.word(t + 1) == "of")
    })
}

/// Whether token `first` is a capitalised possessor right after a
/// preposition: "signed by Iceland's fisheries minister, Sigríður
/// Arnadottir" opens the post there, as a determiner would.
fn possessor_after_preposition(doc: &Document, first: usize) -> bool {
    let w = doc.word(first);
    first > 0
        && is_possessive(w)
        && is_capitalized(w)
        && matches!(
            doc.word(first - 1),
            "by" | "with" | "to" | "from" | "and" | "for"
        )
}

/// "One of Norland's vice presidents" (tokens `first..=last`): the post one
/// holds, "Norland's vice president", as a reader would write it of them.
fn one_holders_post(doc: &Document, first: usize, last: usize) -> String {
    let mut from = first;
    while from < last && matches!(doc.word(from), "One" | "one" | "of" | "the") {
        from += 1;
    }
    let text = &doc.text[doc.tokens[from].start..doc.tokens[last].end];
    singular(text).unwrap_or_else(|| text.to_string())
}

/// A plural noun's singular, the regular way ("directors", "secretaries").
fn singular(plural: &str) -> Option<String> {
    match plural.strip_suffix("ies") {
        Some(stem) => Some(format!("{stem}y")),
        None => plural.strip_suffix('s').map(str::to_string),
    }
}

/// "posts by his son, Jared Hollis.": a relative set off before the name
/// that starts at token `a`, whatever follows the name.
fn kin_set_off_before(doc: &Document, a: usize, lo: usize) -> Option<String> {
    if a < lo + 3 || doc.word(a - 1) != "," {
        return None;
    }
    let kin = doc.word(a - 2);
    let possessor = doc.word(a - 3);
    (super::entities::is_kin(kin)
        && matches!(possessor, "his" | "her" | "their" | "His" | "Her" | "Their"))
    .then(|| format!("{possessor} {kin}"))
}

/// "As a marine biologist at Coastal University, Hana Voss has studied …":
/// the post a sentence opens with, set off by a comma right before the name
/// `a..b`, is the name's. Only when the sentence is told in the present
/// ("has studied", "says"): "As a summer associate at a law firm, Ann Lee
/// said she …" recalls a post held long ago.
fn fronted_post(doc: &Document, a: usize, b: usize) -> Option<String> {
    /// "As a …," is a short phrase.
    const REACH: usize = 16;
    let first = doc.sentences[doc.sentence_of[a]].first;
    let fronted = a >= first + 4
        && a - first <= REACH
        && doc.word(a - 1) == ","
        && doc.word(first) == "As"
        && matches!(doc.word(first + 1), "a" | "an" | "the")
        && (first..a - 1).all(|k| doc.word(k) != "," && !doc.in_quote(k))
        && {
            // "Scott, 69, has emerged": past an age set off by commas.
            let aged = b + 3 < doc.tokens.len()
                && doc.word(b) == ","
                && doc.word(b + 1).bytes().all(|c| c.is_ascii_digit())
                && doc.word(b + 2) == ",";
            let verb = if aged { b + 3 } else { b };
            verb < doc.tokens.len() && {
                let verb = doc.word(verb);
                matches!(verb, "has" | "is")
                    || verb.ends_with('s') && verb.starts_with(char::is_lowercase)
            }
        };
    fronted
        .then(|| apposition_after_verb(doc, first + 1, a))
        .flatten()
}

/// The post before "of" and a few capitalised words ending at token `last`
/// ("mayor of Northbridge", "head of Acme Foods"), if there is one.
fn post_of_place(doc: &Document, last: usize, lo: usize) -> Option<usize> {
    /// A place or body's name is a few words.
    const PLACE_WORDS: usize = 4;
    let mut t = last;
    // "Rural and Maritime Development": "and" between capitals too.
    let joins = |t: usize| {
        matches!(doc.word(t), "and" | "&") && t > lo && is_capitalized(doc.word(t - 1)) && t < last
    };
    let mut reach = PLACE_WORDS + 2;
    loop {
        while t > lo
            && last - t < reach
            && ((is_capitalized(doc.word(t)) && !is_possessive(doc.word(t))) || joins(t))
        {
            t -= 1;
        }
        // "The Chairperson of the Akwadum Local Council of Churches": a
        // body's own "of" is inside the name, once.
        let body_of = t > lo
            && reach == PLACE_WORDS + 2
            && doc.word(t) == "of"
            && is_capitalized(doc.word(t - 1))
            && lexicon::is_org_word(doc.word(t - 1));
        if !body_of {
            break;
        }
        t -= 1;
        reach += PLACE_WORDS + 2;
    }
    // "leader of the opposition National Alliance": one word in lower case
    // may stand before the body's capitals.
    if t < last
        && t > lo + 2
        && doc.word(t).chars().all(|c| c.is_lowercase())
        && doc.word(t - 1) == "the"
        && matches!(doc.word(t - 2), "of" | "for")
    {
        t -= 1;
    }
    // "chair of the Social Democrats": "the" may open the body's name.
    if t < last && t > lo + 1 && doc.word(t) == "the" && doc.word(t - 1) == "of" {
        t -= 1;
    }
    // "The Minister for Rural Development, Ann Lee,": "for" too.
    (t < last
        && t > lo
        // "The senator from Ohio, Ann Lee,": "from" too.
        && matches!(doc.word(t), "of" | "for" | "from")
        && lexicon::is_role_noun(doc.word(t - 1)))
    .then(|| t - 1)
}

/// "The Native American Rights Fund's Jacqueline De León": a body (a run of
/// capitals holding an organisation word), possessive, right before the
/// name, is the person's affiliation. A person ("Obama's Joe Biden") or a
/// place ("North Korea's Kim Jong Un") is not.
fn possessor_body(doc: &Document, name_first: usize, lo: usize) -> Option<String> {
    /// A body's name is a few words.
    const BODY_WORDS: usize = 8;
    if name_first <= lo || !doc.tokens[name_first - 1].is_word {
        return None;
    }
    let last = name_first - 1;
    let w = doc.word(last);
    if !is_possessive(w) || !is_capitalized(w) || doc.in_quote(last) {
        return None;
    }
    let mut first = last;
    while first > lo
        && last - first < BODY_WORDS
        && doc.tokens[first - 1].is_word
        && !doc.in_quote(first - 1)
        && (is_capitalized(doc.word(first - 1)) || CONNECTORS.contains(&doc.word(first - 1)))
        && !matches!(doc.word(first - 1), "The" | "A" | "An")
    {
        first -= 1;
    }
    let words: Vec<&str> = (first..=last)
        .map(|k| strip_possessive(doc.word(k)))
        .collect();
    // "North Korea's Kim Jong Un": a place is no affiliation.
    let body = words.iter().any(|w| lexicon::is_org_word(w));
    if !body || lexicon::is_stop_capital(words[0]) {
        return None;
    }
    Some(words.join(" "))
}

/// Lower-case premodifiers before a name that name a role
/// ("Republican presidential nominee Ann Lee" -> "Republican presidential nominee").
pub fn premodifier_role(doc: &Document, name_first: usize, lo: usize) -> Option<String> {
    if name_first == 0 || name_first <= lo {
        return None;
    }
    let head = name_first - 1;
    let hw = doc.word(head);
    // "former secretary of state Vivian Lee": a post with its "of" phrase
    // in lower case; the walk back starts at the post.
    let post_of = head >= lo + 2
        && doc.tokens[head].is_word
        && !doc.in_quote(head)
        && hw.chars().all(|c| c.is_lowercase())
        && doc.word(head - 1) == "of"
        && !is_capitalized(doc.word(head - 2))
        && lexicon::is_role_noun(doc.word(head - 2));
    if !post_of
        && (!doc.tokens[head].is_word
            || doc.in_quote(head)
            || is_capitalized(hw)
            || !(lexicon::is_occupation(hw) || lexicon::is_body_epithet(hw)))
    {
        return None;
    }
    const STOP: &[&str] = &[
        "the",
        "a",
        "an",
        "and",
        "or",
        "to",
        "of",
        "in",
        "at",
        "on",
        "for",
        "with",
        "by",
        "from",
        "that",
        "who",
        "is",
        "was",
        "as",
        "his",
        "her",
        "their",
        "its",
        "said",
        "says",
        "told",
        "but",
        "former's",
        "when",
        "while",
        "after",
        "before",
        // "Last week State Department official David Holmes": a time
        // phrase opening the sentence is no part of the post.
        "week",
        "month",
        "year",
        // "Meanwhile South African captain Ann Lee": an adverb opening
        // the sentence neither.
        "meanwhile",
        "however",
        "also",
        "separately",
        "earlier",
        "later",
        "yesterday",
        "today",
        "moreover",
        "furthermore",
        "additionally",
        "instead",
        "elsewhere",
        "likewise",
        "similarly",
        "finally",
        "weekend",
        "night",
        "morning",
        "afternoon",
        "evening",
        "last",
        "how",
        "why",
        "where",
        "what",
        "which",
        "whose",
        "whom",
        "if",
        "because",
        "although",
        "though",
        "since",
        // Past tenses without -ed: "Benjamin Netanyahu met US envoy Steve
        // Witkoff" (the -ed ones are caught below).
        "met",
        "won",
        "led",
        "sent",
        "beat",
        "took",
        "gave",
        "got",
        "saw",
        "became",
        "chose",
        "left",
        "lost",
        "brought",
        "held",
        "kept",
        "spoke",
        "thanked",
        "visited",
        "named",
        "appointed",
        "hired",
        "fired",
        "replaced",
        "succeeded",
    ];
    let mut first = if post_of { head - 2 } else { head };
    while first > lo && head - first < 5 {
        let p = first - 1;
        let w = doc.word(p);
        // "Florida Power & Light spokesman": an ampersand inside a name.
        let ampersand = w == "&" && p > lo && is_capitalized(doc.word(p - 1));
        // Any case: "As early retiree Steve Adcock wrote", "While White
        // House press secretary ...".
        if (!doc.tokens[p].is_word && !ampersand)
            || doc.in_quote(p)
            || STOP.iter().any(|s| s.eq_ignore_ascii_case(w))
            || lexicon::is_reporting_verb(w)
        {
            break;
        }
        // "Riverton United sacked manager Paul Dunn": a past tense after a
        // capitalised subject is the sentence's verb, no modifier.
        if w.ends_with("ed") && p > lo && is_capitalized(doc.word(p - 1)) {
            break;
        }
        // "will meet party leader Ann Lee", "there to see rebel
        // leader Omar Haddi": a verb after a modal, or a verb that takes
        // a person after "to", is no modifier ("to liberal talk radio
        // host" keeps its adjective).
        const TAKES_A_PERSON: &[&str] = &[
            "see",
            "meet",
            "visit",
            "replace",
            "succeed",
            "join",
            "thank",
            "hire",
            "fire",
            "name",
            "appoint",
            "support",
            "back",
            "oppose",
            "face",
            "challenge",
            "defeat",
            "beat",
            "call",
            "ask",
            "tell",
            "warn",
            "urge",
            "help",
            "elect",
            "interview",
            "question",
            "brief",
        ];
        if p > lo
            && !is_capitalized(w)
            && (matches!(
                doc.word(p - 1),
                "will" | "would" | "can" | "could" | "should" | "must" | "might" | "did"
            ) || (doc.word(p - 1) == "to" && TAKES_A_PERSON.contains(&w)))
        {
            break;
        }
        first = p;
    }
    let words = doc.words_in(first, head + 1);
    Some(join_words(doc, first, head + 1, words))
}

/// A title written in a name run ("Gov. Mike Pence"), with the lower-case
/// role phrase written right before the run, if any: "Republican
/// vice-presidential nominee Gov." says more than "Gov." alone.
pub fn with_premodifier(doc: &Document, title: String, name_first: usize, lo: usize) -> String {
    // "former President Bill Clinton": when the post was held is part of it.
    const WHEN: &[&str] = &[
        "former", "then", "acting", "late", "outgoing", "incoming", "interim", "retired",
    ];
    let (title, name_first) = match name_first.checked_sub(1) {
        Some(k) if k >= lo && WHEN.contains(&doc.word(k)) && !doc.in_quote(k) => {
            (format!("{} {title}", doc.word(k)), k)
        }
        _ => (title, name_first),
    };
    match premodifier_role(doc, name_first, lo) {
        Some(phrase) => format!("{phrase} {title}"),
        None => title,
    }
}

/// The text between two tokens as written (keeps hyphens and apostrophes), or
/// the words joined when the span holds a line break.
fn join_words(doc: &Document, first: usize, last: usize, words: &[&str]) -> String {
    let s = &doc.text[doc.tokens[first].start..doc.tokens[last - 1].end];
    if s.contains('\n') {
        words.join(" ")
    } else {
        let skipped = words.len() < last - first;
        if skipped {
            words.join(" ")
        } else {
            s.to_string()
        }
    }
}

/// Every name run outside quotes in the article.
/// "@SimonClarke tweeted", "@realDonaldTrump": a social media handle in
/// capitals joined together names the person its words spell; a leading
/// lower-case part ("real") is no part of the name.
fn handle(doc: &Document, first: usize, last: usize) -> Option<NameMention> {
    if last != first + 1 || first == 0 || doc.word(first - 1) != "@" {
        return None;
    }
    let w = doc.word(first);
    let mut words: Vec<String> = Vec::new();
    for c in w.chars() {
        if c.is_uppercase() || words.is_empty() {
            words.push(String::new());
        }
        words.last_mut()?.push(c);
    }
    words.retain(|p| p.starts_with(char::is_uppercase));
    // "@GovWendellBrooks": a title opening the handle is no part of the name.
    while words.len() > 2
        && (lexicon::title(&words[0]).is_some() || super::tokens::is_abbreviation(&words[0]))
    {
        words.remove(0);
    }
    (words.len() >= 2 && words.iter().all(|p| p.chars().count() >= 2)).then(|| NameMention {
        at: doc.tokens[first].start,
        first,
        last,
        gender: lexicon::first_name_gender(&words[0]),
        name: words,
        role: None,
        courtesy: None,
        kin: None,
        alias: None,
        seniority: None,
        rank: None,
    })
}

/// "the Russian and Syrian claims", "Americans say": a nation's adjective
/// or its people, alone, name no one.
pub fn is_lone_demonym(name: &[String]) -> bool {
    let [w] = name else {
        return false;
    };
    // "E! News": one letter alone names no one either; nor does a party's
    // member ("one Republican warned").
    w.chars().count() == 1
        || lexicon::is_demonym(w)
        || w.strip_suffix('s').is_some_and(lexicon::is_demonym)
        || lexicon::is_party_member(w)
        || w.strip_suffix('s').is_some_and(lexicon::is_party_member)
}

pub fn all_names(doc: &Document) -> Vec<NameMention> {
    let mut out = Vec::new();
    // Headlines and captions are title-cased: their capitals are no names.
    for (pi, &(first, end)) in doc.para_tokens.iter().enumerate() {
        if doc.paras[pi].noise {
            continue;
        }
        let mut t = first;
        while t < end {
            match run_starting_at(doc, t, end) {
                Some((a, b)) => {
                    if let Some(mut m) = parse_run(doc, a, b)
                        .filter(|m| !is_lone_demonym(&m.name) && !lone_word_after_in(doc, a, m))
                    {
                        // "Philip Dunne MP": the letters follow the name.
                        let letters = (a..b)
                            .rev()
                            .take_while(|&t| POST_NOMINALS.contains(&doc.word(t)))
                            .count()
                            .min((b - a).saturating_sub(m.name.len()));
                        let name_first = (b - letters).saturating_sub(m.name.len()).max(a);
                        let post_nominal = m
                            .role
                            .take_if(|r| letters > 0 && POST_NOMINALS.contains(&r.as_str()));
                        // Read once: the role may be it, and the kinship is
                        // looked for in it.
                        let post = post_before(doc, a, b, first, end);
                        m.rank = m
                            .role
                            .as_deref()
                            .filter(|r| lexicon::is_rank(r))
                            .map(str::to_string);
                        let ranked = m.rank.is_some();
                        m.role = match m.role.take() {
                            // "The deputy council leader, Cllr Tariq Hussain,":
                            // the post set off before says more than a title.
                            Some(title) => (!title.contains(' ') || ranked)
                                .then(|| post.clone())
                                .flatten()
                                // "Professor Ann Lee, the medical director
                                // of the trust,", "Police Colonel Arnel
                                // Dumaguete, the provincial police
                                // director,": the post says more than a
                                // courtesy title or a rank.
                                .or_else(|| {
                                    (lexicon::is_courtesy_title(&title) || ranked)
                                        .then(|| apposition_role(doc, b, end))
                                        .flatten()
                                })
                                .or_else(|| Some(with_premodifier(doc, title, a, first))),
                            None => title_from_place(doc, a, name_first, first)
                                .or_else(|| apposition_role(doc, b, end))
                                .or_else(|| premodifier_role(doc, a, first))
                                .or_else(|| described_as_named(doc, a, first))
                                .or_else(|| post.clone())
                                .or_else(|| fronted_post(doc, a, b))
                                .or_else(|| affiliation_after(doc, b, end))
                                .or_else(|| possessor_body(doc, name_first, first))
                                .or_else(|| relative_post(doc, b, end))
                                .or_else(|| shared_plural_post(doc, name_first, first))
                                // The letters after the name, when nothing
                                // says more.
                                .or(post_nominal),
                        };
                        // "Adebayo-Cole's wife, Folake, a retired midwife,":
                        // the kinship before, though the role is the post after.
                        m.kin = post
                            .filter(|r| {
                                r.split_whitespace()
                                    .last()
                                    .is_some_and(|w| super::entities::is_kin(&w.to_lowercase()))
                            })
                            .or_else(|| kin_set_off_before(doc, a, first));
                        out.push(m);
                    }
                    t = b;
                }
                None => t += 1,
            }
        }
    }
    let inserted = bracketed_given_names(doc);
    if !inserted.is_empty() {
        out.extend(inserted);
        out.sort_by_key(|m| m.at);
    }
    share_surnames(doc, &mut out);
    kin_takes_surname(doc, &mut out);
    for m in out.iter_mut().filter(|m| m.name.len() == 1) {
        m.seniority = seniority(doc, m.first, m.last);
    }
    known_as(doc, &mut out);
    out
}

/// "who now works in Alberta", "floods across Bicol": one capitalised word
/// after a preposition of place, with no title, is a place no list holds
/// (also one that is a given name too, as "Alberta" is), never a person to
/// give words to. ("in Smith's view" is a person's: the possessive says so.)
fn lone_word_after_in(doc: &Document, a: usize, m: &NameMention) -> bool {
    const OF_PLACE: &[&str] = &["in", "across", "throughout", "near", "outside", "around"];
    m.name.len() == 1
        && m.role.is_none()
        && m.courtesy.is_none()
        && a > 0
        && OF_PLACE.contains(&doc.word(a - 1))
        && !is_possessive(doc.word(m.last - 1))
}

/// "the elder Castellano", "Ashdown senior," (true); "the younger Hollis"
/// (false): the words around the name of token run `a..b` that tell which
/// of two relatives it is.
pub fn seniority(doc: &Document, a: usize, b: usize) -> Option<bool> {
    // "the younger Mr Tan": a courtesy title may stand between.
    let title = |w: &str| lexicon::honorific(w).is_some() || lexicon::is_courtesy_title(w);
    let a = if a >= 3 && title(doc.word(a - 1)) {
        a - 1
    } else {
        a
    };
    let before = (a >= 2 && doc.word(a - 2).eq_ignore_ascii_case("the"))
        .then(|| doc.word(a - 1))
        .and_then(|w| match w {
            "elder" | "older" => Some(true),
            "younger" => Some(false),
            _ => None,
        });
    // After the name only where the name ends there: "Ashdown senior, a
    // former chairman," (not "Lee senior adviser").
    let ends = |k: usize| {
        k >= doc.tokens.len()
            || matches!(doc.word(k), "," | "." | ";" | ":")
            || lexicon::is_reporting_verb(doc.word(k))
    };
    before.or_else(|| {
        (b < doc.tokens.len() && ends(b + 1))
            .then(|| doc.word(b))
            .and_then(|w| match w {
                "senior" => Some(true),
                "junior" => Some(false),
                _ => None,
            })
    })
}

/// "President Joko Widodo, known as Jokowi,", "(better known as Lula)": the
/// name the person goes by, kept with the full name for the people of the
/// article to resolve it by.
fn known_as(doc: &Document, out: &mut [NameMention]) {
    for k in 1..out.len() {
        if out[k].name.len() != 1 {
            continue;
        }
        let t = out[k].first;
        if t < 4 || doc.word(t - 1) != "as" || doc.word(t - 2) != "known" {
            continue;
        }
        let mut open = t - 3;
        if matches!(
            doc.word(open),
            "also" | "better" | "popularly" | "widely" | "commonly" | "affectionately"
        ) {
            open -= 1;
        }
        if !matches!(doc.word(open), "," | "(") || open == 0 {
            continue;
        }
        // The full name ends right before the comma or the bracket.
        let full = &out[k - 1];
        let ends_there = full.name.len() >= 2
            && full.name.last().map(String::as_str) == Some(strip_possessive(doc.word(open - 1)))
            && full.at < doc.tokens[open].start;
        if !ends_there {
            continue;
        }
        out[k - 1].alias = Some(out[k].name[0].clone());
    }
}

/// "Tara Quill's mother Helen says": a relative named by a given name
/// alone after a full name's possessive and a kin noun bears that surname
/// ("Ms Quill said" may then be her).
fn kin_takes_surname(doc: &Document, mentions: &mut [NameMention]) {
    for i in 1..mentions.len() {
        let (owner, lone) = (&mentions[i - 1], &mentions[i]);
        if lone.name.len() != 1 || owner.name.len() < 2 || !lexicon::is_given_name(&lone.name[0]) {
            continue;
        }
        let mut k = lone.first;
        if k > 0 && doc.word(k - 1) == "," {
            k -= 1;
        }
        let kin_at = k.checked_sub(1);
        let fits = kin_at.is_some_and(|kin| {
            owner.last == kin
                && kin > 0
                && super::entities::is_kin(doc.word(kin))
                && is_possessive(doc.word(kin - 1))
        });
        // "Ana Bertoldi and her brother Paulo": a sibling or child joined
        // to the full name by "and" bears its surname too (a spouse or a
        // parent may not).
        let joined = kin_at.is_some_and(|kin| {
            kin >= 2
                && matches!(
                    doc.word(kin),
                    "brother" | "sister" | "son" | "daughter" | "twin"
                )
                && matches!(doc.word(kin - 1), "his" | "her")
                && doc.word(kin - 2) == "and"
                && owner.last == kin - 2
        });
        if fits || joined {
            let surname = owner.name[owner.name.len() - 1].clone();
            mentions[i].name.push(surname);
        }
    }
    // "Her sister, Tess, said" after "twins Meg and Tess Callaghan": a
    // given name set off after a pronoun's kinship is the one full name of
    // the article that opens with it, when that name is of the family just
    // spoken of.
    for i in 0..mentions.len() {
        let lone = &mentions[i];
        if lone.name.len() != 1 || lone.first < 3 || !lexicon::is_given_name(&lone.name[0]) {
            continue;
        }
        let (comma, kin, owner) = (lone.first - 1, lone.first - 2, lone.first - 3);
        let set_off = doc.word(comma) == ","
            && super::entities::is_kin(doc.word(kin))
            && matches!(
                doc.word(owner),
                "His" | "his" | "Her" | "her" | "Their" | "their"
            );
        if !set_off {
            continue;
        }
        let mut full = mentions
            .iter()
            .filter(|m| m.name.len() >= 2 && m.name[0] == lone.name[0]);
        let (Some(only), None) = (full.next(), full.next()) else {
            continue;
        };
        // The family is the one just named ("Her husband, Tom," of Ann Lee
        // is no Senator Tom Smith): the last full name before shares the
        // surname.
        let family = mentions[..i].iter().rev().find(|m| m.name.len() >= 2);
        if family.is_none_or(|f| f.name.last() != only.name.last()) {
            continue;
        }
        let rest = only.name[1..].to_vec();
        mentions[i].name.extend(rest);
    }
}

/// "Erik and Sofia Lindqvist": a given name alone, joined by "and" to a
/// full name that opens with a given name, shares its surname.
fn share_surnames(doc: &Document, mentions: &mut [NameMention]) {
    for i in 1..mentions.len() {
        let (lone, full) = (&mentions[i - 1], &mentions[i]);
        let shares = lone.last + 1 == full.first
            && doc.word(lone.last) == "and"
            && lone.name.len() == 1
            && lone.role.is_none()
            && full.name.len() >= 2
            && lexicon::is_given_name(&lone.name[0])
            && lexicon::is_given_name(&full.name[0]);
        if shares {
            let surname = full.name[full.name.len() - 1].clone();
            mentions[i - 1].name.push(surname);
        }
    }
}

/// "Coach (Frank) Vogel came in here": inside a quote, the given name an
/// editor put in brackets before a surname makes the full name, which the
/// story may give nowhere else. Names inside quotes are otherwise no
/// mentions: a speaker's words name whom they please.
fn bracketed_given_names(doc: &Document) -> Vec<NameMention> {
    let mut out = Vec::new();
    let bytes = doc.text.as_bytes();
    for t in 0..doc.tokens.len().saturating_sub(3) {
        // A walk over every token of the text: its first byte tells.
        let tok = doc.tokens[t];
        let closing = match bytes[tok.start] {
            b'(' if tok.end == tok.start + 1 => ")",
            b'[' if tok.end == tok.start + 1 => "]",
            _ => continue,
        };
        let (given, surname) = (doc.word(t + 1), doc.word(t + 3));
        let fits = doc.in_quote(t)
            && doc.word(t + 2) == closing
            && doc.tokens[t + 3].is_word
            && is_capitalized(surname)
            && surname.chars().count() > 1
            && lexicon::is_given_name(given)
            && !lexicon::is_given_name(surname)
            && lexicon::title(surname).is_none();
        if fits {
            out.push(NameMention {
                at: doc.tokens[t + 1].start,
                first: t + 1,
                last: t + 4,
                name: vec![given.to_string(), strip_possessive(surname).to_string()],
                role: None,
                gender: lexicon::first_name_gender(given),
                courtesy: None,
                kin: None,
                alias: None,
                seniority: None,
                rank: None,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<(String, Option<String>)> {
        let d = Document::new(text);
        all_names(&d)
            .into_iter()
            .map(|m| (m.full(), m.role))
            .collect()
    }

    #[test]
    fn a_role_phrase_before_a_title_joins_it() {
        let n = names(
            "On Sunday the vice-presidential nominee Gov. Tom Park spoke. Gov. Ann Lee did not.",
        );
        let role_of = |name: &str| {
            n.iter()
                .find(|(n, _)| n == name)
                .and_then(|(_, r)| r.clone())
        };
        assert_eq!(
            role_of("Tom Park").as_deref(),
            Some("vice-presidential nominee Gov.")
        );
        assert_eq!(role_of("Ann Lee").as_deref(), Some("Gov."));
    }

    #[test]
    fn a_given_name_bracketed_in_a_quote_makes_a_full_name() {
        let n = names("\u{201c}Coach (Frank) Vogel came in,\u{201d} James said. Vogel nodded.");
        assert!(n.iter().any(|(name, _)| name == "Frank Vogel"), "{n:?}");
        // Outside a quote, or around a word that is no given name: nothing.
        let n =
            names("Coach (Frank) Vogel came in. \u{201c}The [Lakers] Vogel team,\u{201d} he said.");
        assert!(n.iter().all(|(name, _)| name != "Frank Vogel"), "{n:?}");
        assert!(n.iter().all(|(name, _)| name != "Lakers Vogel"), "{n:?}");
    }

    #[test]
    fn counts_are_capitalised() {
        // `is_name_word` answers a lower-case word before reading `COUNTS`
        // (and the titles and honorifics, which lexicon's tests check).
        assert!(COUNTS.iter().all(|w| is_capitalized(w)));
    }

    #[test]
    fn a_count_opening_a_plural_phrase_is_no_name() {
        // "Six Harbour Police boats": a count of things, not a person called
        // "Six Harbour Police".
        let n = names("Six Harbour Police boats searched the bay while Ann Lee waited.");
        assert!(n.iter().all(|(name, _)| !name.starts_with("Six")), "{n:?}");
        assert!(n.iter().any(|(name, _)| name == "Ann Lee"), "{n:?}");
    }

    #[test]
    fn titles_become_roles_and_honorifics_go() {
        assert_eq!(
            names("Later, Mayor of Springfield Ann Lee spoke with Mr. Tom Park’s aide."),
            [
                (
                    "Ann Lee".to_string(),
                    Some("Mayor of Springfield".to_string())
                ),
                ("Tom Park".to_string(), None)
            ]
        );
    }

    #[test]
    fn a_relative_clause_after_the_post_is_no_part_of_the_role() {
        let n = names(
            "We met Ann Lee, a Miami lawyer who has been involved in the fund for years, on Monday.",
        );
        assert_eq!(n[0].1.as_deref(), Some("Miami lawyer"));
        let n = names("We met Ann Lee, director of a group that monitors prices, on Monday.");
        assert_eq!(n[0].1.as_deref(), Some("director of a group"));
    }

    #[test]
    fn a_long_role_is_never_cut_inside_a_name() {
        let n = names(
            "We met Ann Lee, founding director of the Center for Water Policy at the University of Oregon, on Monday.",
        );
        assert_eq!(
            n[0].1.as_deref(),
            Some("founding director of the Center for Water Policy")
        );
        let n = names(
            "We met Ann Lee, program administrator for the Refugees in Towns Project at Tufts University's Feinstein International Center, on Monday.",
        );
        assert_eq!(
            n[0].1.as_deref(),
            Some("program administrator for the Refugees in Towns Project")
        );
        // A cut among plain words still ends the role where the limit says.
        let n = names(
            "We met Ann Lee, director of a small group of people who count birds and trees in the park, on Monday.",
        );
        assert_eq!(
            n[0].1.as_deref(),
            Some("director of a small group of people")
        );
    }

    #[test]
    fn a_post_set_off_before_a_name_set_off_is_its_role() {
        let n = names("Their coach, Patrick Moore, backed both players.");
        assert_eq!(n[0].1.as_deref(), Some("coach"));
        let n = names("Labour's housing spokesman, Nadia Rahman, said no.");
        assert_eq!(
            n.last().unwrap().1.as_deref(),
            Some("Labour's housing spokesman")
        );
        // A list of names is no post and a name.
        let n = names("He met the coach, Patrick Moore and Ann Lee on Monday.");
        assert_eq!(n[0].1, None);
    }

    #[test]
    fn an_affiliation_or_a_relative_clause_after_a_name_gives_its_role() {
        let n = names("Yesterday, Karl Berg of Norway won the final.");
        assert_eq!(n[0].1.as_deref(), Some("of Norway"));
        let n = names("John Geiger of the USGS told the press.");
        assert_eq!(n[0].1.as_deref(), Some("of the USGS"));
        let n = names("Bolton often argued with Mike Pompeo who is the secretary of state.");
        assert_eq!(n.last().unwrap().1.as_deref(), Some("secretary of state"));
        let n = names("Ann Lee of the UK's National Crime Agency said so.");
        assert_eq!(n[0].1.as_deref(), Some("of the UK's National Crime Agency"));
        let n = names("Bowen is the community manager of the project.");
        assert_eq!(n[0].1.as_deref(), Some("community manager of the project"));
        let n = names("It was said by Tedros Ghebreyesus, the Director-General of the WHO.");
        assert_eq!(n[0].1.as_deref(), Some("Director-General of the WHO"));
        // The kind of body may stand before its name.
        let n = names("Ann Lee of local campaign group Clean Rivers Alliance said so.");
        assert_eq!(
            n[0].1.as_deref(),
            Some("of local campaign group Clean Rivers Alliance")
        );
        let n = names("Ann Lee of the charity Harbor Hope said so.");
        assert_eq!(n[0].1.as_deref(), Some("of the charity Harbor Hope"));
        // A body's long name before the post's noun.
        let n = names(
            "Dana Whitlock, Marsh County Department of Water public information officer, said so.",
        );
        assert_eq!(
            n[0].1.as_deref(),
            Some("Marsh County Department of Water public information officer")
        );
        // A relative clause of what the person does.
        let n = names("Tobin Aske, who heads the Port Velling pilots\u{2019} union, said so.");
        assert_eq!(
            n[0].1.as_deref(),
            Some("head of the Port Velling pilots\u{2019} union")
        );
        let n = names("Ann Lee, who runs a bakery and sings, said so.");
        assert_eq!(n[0].1, None);
        // The copula after an aside set off by dashes or commas.
        let n = names(
            "Tomas Vrell \u{2014} who, unlike his partner, works for Redline \u{2014} is the community manager of the Kestrel project.",
        );
        assert_eq!(
            n[0].1.as_deref(),
            Some("community manager of the Kestrel project")
        );
        let n = names("Ann Lee, who joined in May, is a senior editor at the Courier.");
        assert_eq!(n[0].1.as_deref(), Some("senior editor at the Courier"));
        // An aside that does not close before the copula gives nothing.
        let n = names("Ann Lee, who joined in May and is a senior editor at the Courier.");
        assert_eq!(n[0].1, None);
        // "He" as a surname.
        let n = names("\u{201c}It will pass,\u{201d} He Lianzhou, a former trade official, said.");
        assert_eq!(n[0].0, "He Lianzhou");
        assert!(names("He Said He Would Stay")
            .iter()
            .all(|(n, _)| !n.starts_with("He ")));
        // A post in the plural before two names.
        let n = names("On Monday, senators Ruth Okafor and Dan Pressley said so.");
        assert_eq!(n[0].1.as_deref(), Some("senator"));
        assert_eq!(n[1].1.as_deref(), Some("senator"));
        let n = names("Engineers Ruth Okafor and Dan Pressley said so.");
        assert_eq!(
            n[0],
            ("Ruth Okafor".to_string(), Some("Engineer".to_string()))
        );
        assert_eq!(n[1].1.as_deref(), Some("Engineer"));
        let n = names("Sens. Ruth Okafor and Dan Pressley said so.");
        assert_eq!(n[1].1.as_deref(), Some("Sen."));
        let n = names("Voters met the newest presidential hopeful, Olu Brandt, on Friday.");
        let brandt = n.iter().find(|(name, _)| name == "Olu Brandt").unwrap();
        assert_eq!(brandt.1.as_deref(), Some("newest presidential hopeful"));
        // A post set off before a name whose closing comma was left out.
        let n = names("A member of the Vellish Parliament, Ana Ruiz said so.");
        let ruiz = n.iter().find(|(name, _)| name == "Ana Ruiz").unwrap();
        assert_eq!(ruiz.1.as_deref(), Some("member of the Vellish Parliament"));
        // A description the name is given after.
        let n = names("A university student named Wong said so.");
        assert_eq!(n[0].1.as_deref(), Some("university student"));
        let n = names("The song is named Ann Lee by her fans.");
        assert_eq!(n[0].1, None);
        // A person after "of" is kin, not an affiliation.
        let n = names("We met Ann Lee of Tom Park fame.");
        assert_eq!(n[0].1, None);
    }

    #[test]
    fn a_title_from_a_place_before_the_name_is_the_role() {
        let n =
            names("On Wednesday, United States Senator from Vermont Bernie Sanders ended his bid.");
        let sanders = n.iter().find(|(name, _)| name == "Bernie Sanders").unwrap();
        assert_eq!(
            sanders.1.as_deref(),
            Some("United States Senator from Vermont")
        );
    }

    #[test]
    fn the_sentences_verb_is_no_part_of_a_premodifier_role() {
        let n = names("Riverton United sacked manager Paul Dunn on Tuesday.");
        let dunn = n.iter().find(|(name, _)| name == "Paul Dunn").unwrap();
        assert_eq!(dunn.1.as_deref(), Some("manager"));
        let n = names("Police named retired teacher Ann Lee as the victim.");
        let lee = n.iter().find(|(name, _)| name == "Ann Lee").unwrap();
        assert_eq!(lee.1.as_deref(), Some("retired teacher"));
    }

    #[test]
    fn appositions_and_premodifiers_give_roles() {
        let n = names("We met Ann Lee, the deputy director of the zoo, on a farm.");
        assert_eq!(n[0].1.as_deref(), Some("deputy director of the zoo"));
        let n = names("It was said by Green party candidate Ann Lee today.");
        assert_eq!(
            n.last().unwrap().1.as_deref(),
            Some("Green party candidate")
        );
    }

    #[test]
    fn an_organisation_before_a_name_is_cut_off() {
        let n = names("In a talk with the Daily Post Lee said it was fine.");
        assert_eq!(n.last().unwrap().0, "Lee");
    }

    #[test]
    fn words_before_a_given_name_and_post_words_are_no_part_of_the_name() {
        let n = names("Yesterday Harbour Board Ann Lee spoke.");
        assert_eq!(n[0].0, "Ann Lee");
        let n = names("Yesterday Acme Secretary-General Tom Park spoke.");
        assert_eq!(
            n[0],
            (
                "Tom Park".to_string(),
                Some("Acme Secretary-General".to_string())
            )
        );
        // Two given names are both kept ("Mary Ann").
        let n = names("Yesterday Mary Ann Lee spoke.");
        assert_eq!(n[0].0, "Mary Ann Lee");
    }

    #[test]
    fn contractions_are_not_names() {
        assert!(is_contraction("I've"));
        assert!(is_contraction("We’re"));
        assert!(is_contraction("Don't"));
        assert!(!is_contraction("O'Brien"));
        assert!(!is_contraction("Lee"));
        assert!(names("I've seen Ann Lee.").iter().all(|(n, _)| n != "I've"));
    }

    #[test]
    fn abbreviated_titles_are_kept_as_written() {
        let n = names("Yesterday Sen. Ann Lee spoke.");
        assert_eq!(n[0], ("Ann Lee".to_string(), Some("Sen.".to_string())));
    }
}
