//! Word lists the passes consult, loaded once from the data files in `lexicon/`.
//!
//! Keeping them out of the code lets a reader see (and extend) what the
//! extractor knows without reading the rules that use it.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

/// FNV-1a: lexicon keys are short words, for which SipHash's protection
/// against crafted keys costs more than the lookup itself.
#[derive(Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf29ce484222325
        } else {
            self.0
        };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x100000001b3);
        }
        self.0 = h;
    }
}

pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;
pub type FastSet<K> = HashSet<K, BuildHasherDefault<Fnv>>;

/// A word list with a bit sketch of its words' lengths and first, second and
/// last bytes: the passes ask the lists about every word of an article, and
/// most words are in none, so most answers come from one bit, without
/// hashing the word. A clear bit means the word is surely not listed; a set
/// one sends it to the list itself.
pub struct Sketched<T> {
    words: T,
    bits: Box<[u64; SKETCH_WORDS]>,
}

const SKETCH_BITS: u32 = 13;
const SKETCH_WORDS: usize = (1 << SKETCH_BITS) / 64;

impl<T> Sketched<T> {
    fn new<'k>(words: T, keys: impl IntoIterator<Item = &'k str>) -> Sketched<T> {
        let mut bits = Box::new([0u64; SKETCH_WORDS]);
        for k in keys {
            let i = sketch_bit(k);
            bits[i / 64] |= 1 << (i % 64);
        }
        Sketched { words, bits }
    }

    /// False when `word` is surely not in the list.
    #[inline]
    pub fn may_hold(&self, word: &str) -> bool {
        let i = sketch_bit(word);
        self.bits[i / 64] & (1 << (i % 64)) != 0
    }
}

impl<T> std::ops::Deref for Sketched<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.words
    }
}

#[inline]
fn sketch_bit(word: &str) -> usize {
    let b = word.as_bytes();
    let first = u32::from(b.first().copied().unwrap_or(0));
    let second = u32::from(b.get(1).copied().unwrap_or(0));
    let last = u32::from(b.last().copied().unwrap_or(0));
    let key = first | second << 8 | last << 16 | (b.len() as u32 & 0xff) << 24;
    (key.wrapping_mul(0x9e37_79b1) >> (32 - SKETCH_BITS)) as usize
}

pub fn sketch_set(words: FastSet<&'static str>) -> Sketched<FastSet<&'static str>> {
    let keys: Vec<&str> = words.iter().copied().collect();
    Sketched::new(words, keys)
}

pub fn sketch_map<V>(words: FastMap<&'static str, V>) -> Sketched<FastMap<&'static str, V>> {
    let keys: Vec<&str> = words.keys().copied().collect();
    Sketched::new(words, keys)
}

/// A person's grammatical gender as far as pronouns tell it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
    Unknown,
}

impl Gender {
    fn parse(s: &str) -> Gender {
        match s {
            "m" => Gender::Male,
            "f" => Gender::Female,
            _ => Gender::Unknown,
        }
    }

    /// Whether a person of gender `self` may be referred to by a pronoun of `other`.
    pub fn compatible(self, other: Gender) -> bool {
        self == Gender::Unknown || other == Gender::Unknown || self == other
    }
}

/// The non-comment, non-empty lines of a lexicon file.
fn lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(|l| l.trim_end_matches('\r'))
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
}

fn word_set(data: &'static str) -> FastSet<&'static str> {
    lines(data).map(str::trim).collect()
}

fn gendered(data: &'static str) -> FastMap<&'static str, Gender> {
    lines(data)
        .filter_map(|l| {
            let (word, g) = l.trim().rsplit_once(' ')?;
            Some((word, Gender::parse(g)))
        })
        .collect()
}

static REPORTING_VERBS: LazyLock<Sketched<FastSet<&str>>> =
    LazyLock::new(|| sketch_set(word_set(include_str!("lexicon/reporting_verbs.txt"))));
static HONORIFICS: LazyLock<Sketched<FastMap<&str, Gender>>> =
    LazyLock::new(|| sketch_map(gendered(include_str!("lexicon/honorifics.txt"))));
static PRONOUNS: LazyLock<FastMap<&str, Gender>> =
    LazyLock::new(|| gendered(include_str!("lexicon/pronouns.txt")));
/// Given names: the hand-kept list (nicknames, names from outside the US),
/// then the generated list of US given names; the hand-kept entry wins.
static FIRST_NAMES: LazyLock<Sketched<FastMap<&str, Gender>>> = LazyLock::new(|| {
    let mut names = gendered(include_str!("lexicon/given_names.txt"));
    names.extend(gendered(include_str!("lexicon/first_names.txt")));
    sketch_map(names)
});
static FAMILY_NAMES_FIRST: LazyLock<FastSet<&str>> =
    LazyLock::new(|| word_set(include_str!("lexicon/family_names_first.txt")));
static GENDERED_ROLES: LazyLock<FastMap<&str, Gender>> =
    LazyLock::new(|| gendered(include_str!("lexicon/gendered_roles.txt")));
static DEMONYMS: LazyLock<FastMap<&str, Gender>> =
    LazyLock::new(|| gendered(include_str!("lexicon/demonyms.txt")));
static EPITHETS: LazyLock<FastMap<&str, Gender>> =
    LazyLock::new(|| gendered(include_str!("lexicon/epithets.txt")));
static ROLE_NOUNS: LazyLock<Sketched<FastSet<&str>>> =
    LazyLock::new(|| sketch_set(word_set(include_str!("lexicon/role_nouns.txt"))));
static OCCUPATIONS: LazyLock<FastSet<&str>> =
    LazyLock::new(|| word_set(include_str!("lexicon/occupations.txt")));
static STOP_CAPITALS: LazyLock<Sketched<FastSet<&str>>> =
    LazyLock::new(|| sketch_set(word_set(include_str!("lexicon/stop_capitals.txt"))));
static ORG_WORDS: LazyLock<Sketched<FastSet<&str>>> = LazyLock::new(|| {
    let mut words = word_set(include_str!("lexicon/org_words.txt"));
    words.extend(FOREIGN_BODY_WORDS.iter().copied());
    sketch_set(words)
});
static FOREIGN_BODY_WORDS: LazyLock<FastSet<&str>> =
    LazyLock::new(|| word_set(include_str!("lexicon/foreign_body_words.txt")));
static PLACES: LazyLock<FastSet<&str>> =
    LazyLock::new(|| lines(include_str!("lexicon/places.txt")).collect());
static COUNTRIES: LazyLock<Sketched<FastSet<&str>>> =
    LazyLock::new(|| sketch_set(word_set(include_str!("lexicon/countries.txt"))));
static NOISE_LINES: LazyLock<Vec<&str>> = LazyLock::new(|| {
    include_str!("lexicon/noise_lines.txt")
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .collect()
});
static VENUE_WORDS: LazyLock<Vec<Vec<&str>>> = LazyLock::new(|| {
    let mut v: Vec<Vec<&str>> = lines(include_str!("lexicon/venue_words.txt"))
        .map(|l| l.split_whitespace().collect())
        .collect();
    // Longest first, so "press conference" wins over "conference".
    v.sort_by_key(|w| std::cmp::Reverse(w.len()));
    v
});
/// Title word -> how the role is written out ("Sen." -> "Senator").
static TITLES: LazyLock<Sketched<FastMap<&str, &str>>> = LazyLock::new(|| {
    sketch_map(
        lines(include_str!("lexicon/titles.txt"))
            .map(|l| match l.trim().split_once('=') {
                Some((t, e)) => (t, e),
                None => (l.trim(), l.trim()),
            })
            .collect(),
    )
});

/// Whether the sketched `list` holds `word`. The sketch test is inlined
/// where the question is asked (for every word, by some passes), and turns
/// most words away without a call; the lookup is kept out of line, so that
/// inlining stays small.
#[inline]
fn sketched_holds(list: &Sketched<FastSet<&'static str>>, word: &str) -> bool {
    list.may_hold(word) && holds(list, word)
}

#[inline(never)]
fn holds(list: &FastSet<&'static str>, word: &str) -> bool {
    list.contains(word)
}

#[inline]
pub fn is_reporting_verb(word: &str) -> bool {
    sketched_holds(&REPORTING_VERBS, word)
}

/// The gender an honorific implies, if `word` is one.
#[inline]
pub fn honorific(word: &str) -> Option<Gender> {
    // Every honorific and title starts with a capital (a test below checks
    // the lists): most words of a text are answered without a call or a hash.
    if !starts_with_capital(word) {
        return None;
    }
    listed_honorific(word)
}

fn listed_honorific(word: &str) -> Option<Gender> {
    if !HONORIFICS.may_hold(word) {
        return None;
    }
    HONORIFICS.get(word).copied()
}

#[inline]
fn starts_with_capital(word: &str) -> bool {
    word.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
}

pub fn pronoun(word: &str) -> Option<Gender> {
    match PRONOUNS.get(word) {
        Some(g) => Some(*g),
        None if word.chars().any(char::is_uppercase) => {
            with_lowercase(word, |w| PRONOUNS.get(w).copied())
        }
        None => None,
    }
}

/// Whether a full name writes its family name first, as Chinese and
/// Korean names do: a common family name of theirs ("Park", "Tan"), then a
/// given name hyphenated the Korean way ("Park Ha-eun", "Moon Jae-in") or
/// two short syllables ("Tan Boon Kiat", "Lee Hsien Loong"; not "Lee
/// Harvey Oswald"). Two words with no
/// hyphen ("Xi Jinping", "Kim Kardashian") are left as written: alone they
/// do not tell.
pub fn family_name_first(words: &[String]) -> bool {
    // (Not tested against given names of other languages: "Jun", "Wei"
    // and "Min" are in such lists too.)
    let short_syllable = |w: &str| {
        w.len() <= 5
            && crate::tokens::is_capitalized(w)
            && w.chars().all(|c| c.is_ascii_alphabetic())
    };
    match words {
        [family, given] => {
            FAMILY_NAMES_FIRST.contains(family.as_str())
                && given.split_once('-').is_some_and(|(a, b)| {
                    crate::tokens::is_capitalized(a)
                        && !b.is_empty()
                        && b.chars().all(|c| c.is_lowercase())
                        && a.len() <= 4
                        && b.len() <= 4
                })
        }
        [family, a, b] => {
            FAMILY_NAMES_FIRST.contains(family.as_str()) && short_syllable(a) && short_syllable(b)
        }
        _ => false,
    }
}

pub fn first_name_gender(word: &str) -> Gender {
    given_name(word).unwrap_or(Gender::Unknown)
}

/// Whether `word` is a given name, also one given to both sexes ("Charlie",
/// "Jessie"): a name it opens is a person's even when its gender is unknown.
pub fn is_given_name(word: &str) -> bool {
    given_name(word).is_some()
}

fn given_name(word: &str) -> Option<Gender> {
    if FIRST_NAMES.may_hold(word) {
        if let Some(g) = FIRST_NAMES.get(word) {
            return Some(*g);
        }
    }
    // "María", "José", "Zoë": the list spells names without accents.
    if word.is_ascii() {
        return None;
    }
    let folded: String = word.chars().map(fold_accent).collect();
    FIRST_NAMES.get(folded.as_str()).copied()
}

/// The plain Latin letter an accented one is written on.
fn fold_accent(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' => 'a',
        'Á' | 'À' | 'Â' | 'Ä' | 'Ã' | 'Å' | 'Ā' => 'A',
        'é' | 'è' | 'ê' | 'ë' | 'ě' | 'ē' => 'e',
        'É' | 'È' | 'Ê' | 'Ë' | 'Ě' | 'Ē' => 'E',
        'í' | 'ì' | 'î' | 'ï' | 'ı' | 'ī' => 'i',
        'Í' | 'Ì' | 'Î' | 'Ï' | 'İ' | 'Ī' => 'I',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' | 'ō' => 'o',
        'Ó' | 'Ò' | 'Ô' | 'Ö' | 'Õ' | 'Ø' | 'Ō' => 'O',
        'ú' | 'ù' | 'û' | 'ü' | 'ū' => 'u',
        'Ú' | 'Ù' | 'Û' | 'Ü' | 'Ū' => 'U',
        'ñ' | 'ń' => 'n',
        'Ñ' | 'Ń' => 'N',
        'ç' | 'ć' | 'č' => 'c',
        'Ç' | 'Ć' | 'Č' => 'C',
        'š' | 'ś' | 'ş' => 's',
        'Š' | 'Ś' | 'Ş' => 'S',
        'ž' | 'ź' | 'ż' => 'z',
        'Ž' | 'Ź' | 'Ż' => 'Z',
        'ł' => 'l',
        'Ł' => 'L',
        'ř' => 'r',
        'Ř' => 'R',
        'ý' => 'y',
        'Ý' => 'Y',
        'ğ' => 'g',
        'Ğ' => 'G',
        other => other,
    }
}

/// The gender a role written beside a name says its holder has: that of
/// the role's head noun ("Kim Jong-un's sister", "sister of the leader",
/// "DHS spokeswoman"), when it is a gendered word.
/// The gender one lower-case noun for a person says ("mother", "waiter"),
/// looked up without copying it: asked of every word near a pronoun.
pub fn noun_gender(word: &str) -> Gender {
    if word.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') {
        GENDERED_ROLES.get(word).copied().unwrap_or(Gender::Unknown)
    } else {
        role_gender(word)
    }
}

pub fn role_gender(role: &str) -> Gender {
    const QUALIFIERS: &[&str] = &["of", "for", "at", "in", "from", "with", "to", "on"];
    let words: Vec<&str> = role.split_whitespace().collect();
    let end = words
        .iter()
        .position(|w| QUALIFIERS.contains(w))
        .unwrap_or(words.len());
    let Some(head) = end.checked_sub(1).map(|k| words[k]) else {
        return Gender::Unknown;
    };
    let head = head
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    GENDERED_ROLES
        .get(head.as_str())
        .copied()
        .unwrap_or(Gender::Unknown)
}

/// The gender an epithet implies, if `word` is one ("businessman", "the
/// Republican"): a noun that after "the" stands for someone already named.
pub fn epithet(word: &str) -> Option<Gender> {
    if let Some(g) = EPITHETS.get(word) {
        return Some(*g);
    }
    with_lowercase(word, |lower| {
        EPITHETS.get(lower).or_else(|| DEMONYMS.get(lower)).copied()
    })
}

/// Whether `word` names a person by their nation ("Dutchman", "Spaniard").
pub fn is_demonym(word: &str) -> bool {
    with_lowercase(word, |w| DEMONYMS.contains_key(w))
}

/// A nation's adjective or people ("Spanish", "Welsh", "Israeli",
/// "Chinese", "Spaniard"), capitalised.
pub fn is_national(w: &str) -> bool {
    w.starts_with(char::is_uppercase)
        && (is_demonym(w)
            || (w.len() > 5 && w.ends_with("ish"))
            || (w.len() > 5 && (w.ends_with("ian") || w.ends_with("ese")))
            || (w.len() > 4 && w.ends_with('i') && !w.ends_with("ni"))
            || matches!(
                w,
                "French" | "Dutch" | "Welsh" | "Greek" | "Thai" | "Swiss" | "American"
            ))
}

/// "45-year-old", "teenage" aside: an age written as an epithet ("the
/// 45-year-old said") stands for someone already named, of either gender.
pub fn is_age_epithet(word: &str) -> bool {
    word.strip_suffix("-year-old").is_some_and(|n| {
        !n.is_empty()
            && n.chars()
                .all(|c| c.is_ascii_digit() || c.is_ascii_lowercase() || c == '-')
    })
}

/// Whether `word` names a body by whom it serves when a name comes before
/// it ("the Biden campaign", "the Trump administration").
pub fn is_named_body_noun(word: &str) -> bool {
    // Not "camp": "sources in the Rukban camp" is a place. "The Syrian
    // army", "the US military", "the Kenyan police": a country's forces.
    matches!(
        word,
        "campaign" | "administration" | "government" | "army" | "military" | "navy" | "police"
    )
}

/// Whether `w` is one of [`BODY_EPITHETS`]. Asked of the word before every
/// name: one bit of a sketch turns away nearly every word before the set is
/// read.
pub fn is_body_epithet(w: &str) -> bool {
    static SET: LazyLock<Sketched<FastSet<&str>>> =
        LazyLock::new(|| sketch_set(BODY_EPITHETS.iter().copied().collect()));
    SET.may_hold(w) && SET.contains(w)
}

/// Nouns that after "the" stand for a body the article has named ("the
/// company said", "the ministry said").
pub const BODY_EPITHETS: &[&str] = &[
    "company",
    "firm",
    "ministry",
    "department",
    "agency",
    "government",
    "council",
    "court",
    "police",
    "university",
    "organisation",
    "organization",
    "group",
    "party",
    "commission",
    "committee",
    "office",
    "board",
    "club",
    "team",
    "airline",
    "bank",
    "charity",
    "union",
    "regulator",
    "watchdog",
    "carrier",
    "broadcaster",
    "network",
    "manufacturer",
    "maker",
    "retailer",
    "insurer",
    "lender",
    "operator",
    "publisher",
    "newspaper",
    "startup",
    "authority",
    "army",
    "military",
    "navy",
    "embassy",
    "hospital",
    "coalition",
    "alliance",
    "federation",
    "association",
    "institute",
    "foundation",
    "administration",
    "cabinet",
    "parliament",
    "senate",
    "assembly",
    "tribunal",
    "service",
    "bureau",
    "directorate",
    "delegation",
    "league",
    "museum",
    "school",
    "college",
    "campaign",
    "church",
    "municipality",
    "secretariat",
    "centre",
    "center",
    "laboratory",
    "observatory",
    "consulate",
    "studio",
    // "the prefecture said", "the coastguard said": a French or Japanese
    // prefecture, a country's coastguard.
    "prefecture",
    "coastguard",
];

/// "a Republican, Mark Amodei,", "Ann Lee, a Democrat, said": a party's
/// member, written as a post beside a name. Not a role noun elsewhere: before
/// a name ("Democrat Hillary Clinton") it qualifies, and "the Republican
/// Party" names a body.
pub fn is_party_member(word: &str) -> bool {
    matches!(
        word,
        "Republican" | "Democrat" | "Conservative" | "Liberal" | "Socialist"
    )
}

pub fn is_role_noun(word: &str) -> bool {
    let listed = |w: &str| sketched_holds(&ROLE_NOUNS, w);
    listed(word)
        || (word.chars().any(char::is_uppercase) && with_lowercase(word, listed))
        || has_role_suffix(word)
        // "co-leader", "vice-chancellor": a post shared or second is still
        // the post. ("ex-wife", "ex-partner" are no posts: kin and
        // associates are resolved as descriptions of someone.)
        || split_at_hyphen(word).is_some_and(|(prefix, w)| {
            POST_PREFIXES.iter().any(|p| prefix.eq_ignore_ascii_case(p))
                && (listed(w) || with_lowercase(w, is_role_noun))
        })
}

/// Whether lower-case `word` names a person by what they do: a role noun,
/// or any trade WordNet knows ("costumer", "undergrad"). Asked only where
/// the place in the sentence already says a role stands (right before a
/// name, at the head of an apposition): as a description of a speaker
/// ("a freelancer said") most of these words are too rare to trust.
pub fn is_occupation(word: &str) -> bool {
    is_role_noun(word)
        || OCCUPATIONS.contains(word)
        // "ex-Muslim", "ex-Marine": who someone was, by faith, service or
        // band, says what they are now. ("ex-wife" is kin, and no role.)
        || split_at_hyphen(word)
            .is_some_and(|(prefix, rest)| prefix == "ex" && rest.starts_with(char::is_uppercase))
}

/// `word` split at its first hyphen, as `split_once('-')` would: most words
/// asked about hold none, and scanning a short word's bytes is cheaper than
/// the general char search.
fn split_at_hyphen(word: &str) -> Option<(&str, &str)> {
    let at = word.bytes().position(|b| b == b'-')?;
    Some((&word[..at], &word[at + 1..]))
}

/// Prefixes joined to a post by a hyphen ("co-chair", "vice-chancellor",
/// "pro-vice-chancellor", "under-secretary").
const POST_PREFIXES: &[&str] = &["co", "vice", "pro", "sub", "under"];

/// `f` of `word` in lower case; a short ASCII word (most are) is lowered on
/// the stack instead of in a new `String`.
fn with_lowercase<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 32];
    if word.is_ascii() && word.len() <= buf.len() {
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        if let Ok(lower) = std::str::from_utf8(lower) {
            return f(lower);
        }
    }
    f(&word.to_lowercase())
}

/// "archaeologist", "sportswriter", "filmmaker", "goalkeeper": a lower-case
/// word built the way English builds names for what people do. Only lower
/// case: "Communist Party" and "Baptist Church" are names, not posts.
fn has_role_suffix(word: &str) -> bool {
    /// Endings that make a noun for a person by what they do or study.
    const SUFFIXES: &[&str] = &[
        "ologist", "ographer", "writer", "maker", "keeper", "worker", "holder", "person", "ician",
        "ist",
    ];
    /// Words with those endings that name no person.
    const NOT_PEOPLE: &[&str] = &[
        "list",
        "mist",
        "fist",
        "gist",
        "wrist",
        "twist",
        "exist",
        "assist",
        "insist",
        "persist",
        "resist",
        "consist",
        "enlist",
        "checklist",
        "playlist",
        "shortlist",
        "watchlist",
        "blacklist",
        "waitlist",
        "wishlist",
        "whilst",
        "amidst",
        "midst",
        "typewriter",
        "placeholder",
        "playmaker",
        "icemaker",
    ];
    word.len() >= 6
        // Every ending closes with "t", "r" or "n": most words are turned
        // away by their last byte, before their letters are read.
        && matches!(word.as_bytes().last(), Some(b't' | b'r' | b'n'))
        && word
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b == b'-' || b >= 0x80)
        && SUFFIXES.iter().any(|s| word.ends_with(s))
        && !NOT_PEOPLE.contains(&word)
        // "Lindqvist", "Almkvist": the Scandinavian surname ending, not
        // "-ist" of a trade.
        && !(word.ends_with("qvist") || word.ends_with("kvist"))
}

/// Whether a capitalised word marks an organisation or a place ("Coalition").
#[inline]
pub fn is_org_word(word: &str) -> bool {
    sketched_holds(&ORG_WORDS, word)
}

/// Whether `word` is a Spanish or Portuguese word for a body ("Fundación",
/// "Instituto"), which opens the body's name whatever follows it.
pub fn opens_a_body(word: &str) -> bool {
    FOREIGN_BODY_WORDS.contains(word)
}

/// Words that end a place's name and say what kind of place it is
/// ("Nakuru District", "Sindh Province").
const PLACE_KINDS: &[&str] = &[
    "District",
    "Province",
    "County",
    "Region",
    "Constituency",
    "Area",
    "Territory",
    "Prefecture",
    "Governorate",
    "Oblast",
    "Canton",
    "Borough",
    "Township",
    "Heights",
    // "Quezon City", "Caloocan City", "Kansas City": no person's name ends
    // so ("Manchester City" is a club, a body and no person either).
    "City",
    // "Cook Islands", "Channel Islands".
    "Islands",
];

/// Whether `word` says what kind of place a name ending in it is
/// ("District", "County").
pub fn is_place_kind(word: &str) -> bool {
    PLACE_KINDS.contains(&word)
}

/// Whether `words` name a place: a listed one ("Costa Rica"), or one that
/// opens with a word that marks a place ("New Zealand", "San Diego", "North
/// Korea", "Lake Placid").
pub fn is_place_name(words: &[String]) -> bool {
    const OPENERS: &[&str] = &[
        "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
        "New", "San", "St.", "St", "Saint", "Port", "Cape", "Lake", "Mount", "Mt.", "Fort",
        "Upper", "Lower", "Greater",
    ];
    // "Akwadum Traditional Area", "Kwezi Heights", "Sindh Province": a
    // word that says what kind of place ends the name. (Not "Ward" or
    // "Parish", which are surnames too.)
    const KINDS: &[&str] = PLACE_KINDS;
    if words.len() >= 2 && OPENERS.contains(&words[0].as_str()) {
        return true;
    }
    if words.len() >= 2 && words.last().is_some_and(|w| KINDS.contains(&w.as_str())) {
        return true;
    }
    PLACES.contains(words.join(" ").as_str())
}

/// Whether `words` are a listed place or one country's name as written
/// ("Peru", "Costa Rica"), without guessing from a first word as
/// [`is_place_name`] does ("New York Times" is no place).
pub fn is_listed_place(words: &[String]) -> bool {
    (words.len() == 1 && is_country(&words[0])) || PLACES.contains(words.join(" ").as_str())
}

/// Whether `word` alone names a country, a nation or a continent
/// ("Australia", "Wales"): a state may speak, but as a body, not a person.
#[inline]
pub fn is_country(word: &str) -> bool {
    sketched_holds(&COUNTRIES, word)
}

#[inline]
pub fn is_stop_capital(word: &str) -> bool {
    sketched_holds(&STOP_CAPITALS, word)
}

/// The written-out form of a title word, if `word` is one.
/// The head of a description given as words ("the head of the
/// investigators" -> "head", "a senior official at the authority, who ..."
/// -> "official"): the word before the first word that opens a phrase
/// qualifying it, else the last word.
pub fn description_head<S: AsRef<str>>(words: &[S]) -> Option<&str> {
    let qualifier = words.iter().position(|w| {
        matches!(
            w.as_ref(),
            "of" | "for" | "at" | "in" | "from" | "with" | "on" | "who" | "whose" | ","
                // "a person familiar with the plans", "a source close to
                // the talks", "an official briefed on the matter".
                | "familiar" | "close" | "briefed" | "involved" | "knowledgeable" | "aware"
        )
    });
    let head = match qualifier {
        Some(0) | None => words.last(),
        Some(k) => words.get(k - 1),
    }?;
    Some(head.as_ref().trim_end_matches(','))
}

/// Titles of courtesy, rank in a profession or honour ("Cllr", "Professor",
/// "Dr", "KC") rather than of a post: a post the text gives beside the name
/// ("the council leader, Cllr Ann Lee") says more of who is speaking.
pub fn is_courtesy_title(role: &str) -> bool {
    matches!(
        role,
        "Cllr"
            | "Cllr."
            | "Councillor"
            | "Dr"
            | "Dr."
            | "Professor"
            | "Prof"
            | "Prof."
            | "KC"
            | "QC"
            | "SC"
            | "Rev"
            | "Rev."
            | "Reverend"
            | "Sir"
            | "Dame"
    )
}

/// British police ranks in letters, spelled out.
const POLICE_RANK_LETTERS: &[(&str, &str)] = &[
    ("PC", "Police Constable"),
    ("WPC", "Woman Police Constable"),
    ("DC", "Detective Constable"),
    ("DS", "Detective Sergeant"),
    ("DI", "Detective Inspector"),
    ("PCSO", "Police Community Support Officer"),
    ("Sgt", "Sergeant"),
    ("DSupt", "Detective Superintendent"),
    ("ACC", "Assistant Chief Constable"),
    // Nigerian, Kenyan, Tanzanian and Ugandan police ranks ("SP Oyeyemi
    // Adebanjo", "SACP Hamisi Mrisho", "ASP Moses Wanyera").
    ("ASP", "Assistant Superintendent of Police"),
    ("DSP", "Deputy Superintendent of Police"),
    ("SP", "Superintendent of Police"),
    ("CSP", "Chief Superintendent of Police"),
    ("ACP", "Assistant Commissioner of Police"),
    ("SACP", "Senior Assistant Commissioner of Police"),
    ("DCP", "Deputy Commissioner of Police"),
    ("CP", "Commissioner of Police"),
    ("AIG", "Assistant Inspector-General of Police"),
    ("DIG", "Deputy Inspector-General of Police"),
    ("IGP", "Inspector-General of Police"),
];

/// "Mama Comfort Quartey", "Pa Joshua Ebiseni-Ayo", "Mzee Jomo Kenyatta",
/// "Kaumātua Hōne Te Rangiāwhio": how an elder is addressed in East and West
/// Africa and in te reo Māori. A style, no part of the name, but only
/// before a full name: "Mama Kehinde" (the mother of Kehinde) is what a
/// woman is called.
pub fn is_elder_style(word: &str) -> bool {
    matches!(word, "Mama" | "Pa" | "Mzee" | "Kaumātua")
}

/// A British police rank in letters ("PC", "DI", "DS"): a title only before
/// a name, since the same letters name other things ("DC Comics", "a PC").
/// (Ranks no other thing is called, "DCI", "Insp", are in titles.txt.)
pub fn is_police_rank(word: &str) -> bool {
    POLICE_RANK_LETTERS
        .iter()
        .any(|&(letters, _)| letters == word)
}

/// A British police rank's abbreviation spelled out ("Det Ch Insp" is
/// "Detective Chief Inspector"): readers outside Britain, and a citation,
/// need the rank in words: the letters above, and the ranks' abbreviations
/// that titles.txt spells out.
pub fn police_rank_in_full(word: &str) -> Option<&'static str> {
    let word = word.trim_end_matches('.');
    if let Some(&(_, rank)) = POLICE_RANK_LETTERS
        .iter()
        .find(|&&(letters, _)| letters == word)
    {
        return Some(rank);
    }
    match word {
        "Det" | "Insp" | "Supt" | "Ch" | "DCI" | "DCS" => listed_title(word),
        "Con" => Some("Constable"),
        _ => None,
    }
}

/// Whether `role` is a rank of the forces or the police written as a title
/// ("Major General", "Police Colonel", "Chief Inspector").
pub fn is_rank(role: &str) -> bool {
    const RANKS: &[&str] = &[
        "General",
        "Colonel",
        "Major",
        "Captain",
        "Lieutenant",
        "Sergeant",
        "Inspector",
        "Superintendent",
        "Brigadier",
        "Admiral",
        "Constable",
        "Corporal",
    ];
    let ranked = role.split_whitespace().all(starts_with_capital)
        && role
            .split_whitespace()
            .last()
            .is_some_and(|w| RANKS.contains(&w));
    // "Superintendent of Police", as "SP" is written out.
    ranked || POLICE_RANK_LETTERS.iter().any(|&(_, full)| full == role)
}

#[inline]
pub fn title(word: &str) -> Option<&'static str> {
    // As for honorifics: most words are answered here, without a call.
    if !starts_with_capital(word) {
        return None;
    }
    listed_title(word)
}

fn listed_title(word: &str) -> Option<&'static str> {
    if !TITLES.may_hold(word) {
        return None;
    }
    TITLES.get(word).copied()
}

pub fn is_noise_line(line: &str) -> bool {
    let line = line.trim_start();
    if let Some(rest) = line.strip_prefix("By ") {
        return is_byline(rest);
    }
    NOISE_LINES.iter().any(|p| line.starts_with(p))
}

/// After "By ": a byline names its writers ("Dana Lee", "ANN LEE and TOM
/// RAY, Associated Press"); a paragraph of prose may open with "By" too
/// ("By Wednesday morning, Lee said ...", "By contrast, ..."), and must not
/// be dropped with the quotes it holds.
fn is_byline(rest: &str) -> bool {
    /// A byline is a few names and an outlet.
    const MAX_WORDS: usize = 14;
    let words: Vec<&str> = rest.split_whitespace().collect();
    let first = words.first().map_or("", |w| w.trim_end_matches(','));
    let quoted = rest.contains(['"', '“', '”', '«', '»']);
    let time_or_phrase = weekday_or_month(first)
        || matches!(
            first,
            "The" | "the" | "Then" | "Now" | "Contrast" | "Comparison" | "Law" | "Late" | "Early"
        );
    !words.is_empty()
        && words.len() <= MAX_WORDS
        && !quoted
        && !time_or_phrase
        && first.starts_with(|c: char| c.is_uppercase())
}

/// Whether `w` names a weekday or a month in full ("Wednesday", "May";
/// "By Jan Smith" is a byline).
fn weekday_or_month(w: &str) -> bool {
    super::time::weekday(w).is_some()
        || super::time::month(w)
            .and_then(|n| chrono::Month::try_from(n as u8).ok())
            .is_some_and(|m| m.name() == w)
}

/// First words of venue heads as written in lower case, capitalised and in
/// capitals, so the test needs no lower-casing of the word.
static VENUE_FIRST_WORDS: LazyLock<Sketched<FastSet<String>>> = LazyLock::new(|| {
    let words: FastSet<String> = VENUE_WORDS
        .iter()
        .flat_map(|h| {
            let lower = h[0].to_lowercase();
            let mut chars = lower.chars();
            let capitalised = chars
                .next()
                .map(|c| c.to_uppercase().chain(chars).collect::<String>())
                .unwrap_or_default();
            [lower.to_uppercase(), capitalised, lower]
        })
        .collect();
    let keys: Vec<String> = words.iter().cloned().collect();
    Sketched::new(words, keys.iter().map(String::as_str))
});

/// Whether a venue head may start at `word`: a cheap test before the full match.
pub fn starts_venue(word: &str) -> bool {
    VENUE_FIRST_WORDS.may_hold(word) && VENUE_FIRST_WORDS.contains(word)
}

/// Venue head words, longest first, each as a list of lower-case words.
pub fn venue_words() -> &'static [Vec<&'static str>] {
    &VENUE_WORDS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_family_name_is_first_only_before_a_given_name_of_its_kind() {
        let first = |name: &str| {
            let words: Vec<String> = name.split(' ').map(str::to_string).collect();
            family_name_first(&words)
        };
        for name in [
            "Park Ha-eun",
            "Moon Jae-in",
            "Tan Boon Kiat",
            "Lee Hsien Loong",
            "Tan Jun Wei",
        ] {
            assert!(first(name), "{name}");
        }
        for name in [
            "Kim Kardashian",
            "Lee Harvey Oswald",
            "Xi Jinping",
            "Anna Park",
            "Lee Ann Womack",
        ] {
            assert!(!first(name), "{name}");
        }
    }

    #[test]
    fn lexicons_load_their_entries() {
        assert!(is_reporting_verb("said"));
        assert!(!is_reporting_verb("banana"));
        assert_eq!(honorific("Mrs."), Some(Gender::Female));
        assert_eq!(title("Sen."), Some("Senator"));
        assert_eq!(title("President"), Some("President"));
        assert_eq!(pronoun("He"), Some(Gender::Male));
        assert!(is_role_noun("Spokesman"));
        // Built by suffix: people by what they do or study.
        for w in [
            "archæologist",
            "sportswriter",
            "filmmaker",
            "politician",
            "pianist",
        ] {
            assert!(is_role_noun(w), "{w}");
        }
        for w in ["insist", "playlist", "Communist", "Baptist", "typewriter"] {
            assert!(!is_role_noun(w), "{w}");
        }
        assert!(is_noise_line("READ MORE: something"));
        assert!(is_noise_line("By Dana Lee"));
        assert!(is_noise_line("By ANN LEE and TOM RAY, Associated Press"));
        assert!(!is_noise_line(
            "By Wednesday morning, Superintendent Ann Lee said a third of pupils were absent."
        ));
        assert!(!is_noise_line(
            "By the end of the day, \"it was over,\" she said."
        ));
        assert_eq!(venue_words()[0].len(), 3);
    }

    #[test]
    fn honorifics_and_titles_all_start_with_a_capital() {
        // `honorific` and `title` skip other words without a lookup.
        for word in HONORIFICS.keys().chain(TITLES.keys()) {
            assert!(starts_with_capital(word), "{word}");
        }
    }

    #[test]
    fn sketches_pass_every_listed_word() {
        // A sketch may only turn away words its list does not hold.
        let sets: [&Sketched<FastSet<&str>>; 4] =
            [&REPORTING_VERBS, &ROLE_NOUNS, &STOP_CAPITALS, &ORG_WORDS];
        for set in sets {
            assert!(set.iter().all(|w| set.may_hold(w)));
        }
        assert!(HONORIFICS.keys().all(|w| HONORIFICS.may_hold(w)));
        assert!(FIRST_NAMES.keys().all(|w| FIRST_NAMES.may_hold(w)));
        assert!(TITLES.keys().all(|w| TITLES.may_hold(w)));
        assert!(VENUE_FIRST_WORDS
            .iter()
            .all(|w| VENUE_FIRST_WORDS.may_hold(w)));
        assert!(!is_reporting_verb("Banana") && !is_stop_capital("banana"));
    }

    #[test]
    fn role_nouns_match_in_any_case() {
        assert!(is_role_noun("SPOKESMAN") && is_role_noun("Spokesman"));
        assert!(is_demonym("Dutchman") && is_demonym("DUTCHMAN"));
    }

    #[test]
    fn generated_given_names_carry_a_gender_and_leave_out_places_and_months() {
        assert_eq!(first_name_gender("Margaret"), Gender::Female);
        assert_eq!(first_name_gender("Gregory"), Gender::Male);
        for not_a_name in ["Georgia", "May", "Paris", "Justice", "King"] {
            assert_eq!(
                first_name_gender(not_a_name),
                Gender::Unknown,
                "{not_a_name}"
            );
        }
    }

    #[test]
    fn accented_given_names_have_the_plain_spellings_gender() {
        assert_eq!(first_name_gender("María"), first_name_gender("Maria"));
        assert_ne!(first_name_gender("María"), Gender::Unknown);
        assert_eq!(first_name_gender("José"), first_name_gender("Jose"));
    }

    #[test]
    fn a_roles_head_noun_gives_its_gender() {
        assert_eq!(role_gender("Kim Jong-un's sister"), Gender::Female);
        assert_eq!(role_gender("brother of the prime minister"), Gender::Male);
        assert_eq!(role_gender("DHS spokeswoman"), Gender::Female);
        assert_eq!(role_gender("chief executive"), Gender::Unknown);
        assert_eq!(role_gender(""), Gender::Unknown);
    }

    #[test]
    fn genders_combine() {
        assert!(Gender::Male.compatible(Gender::Unknown));
        assert!(!Gender::Male.compatible(Gender::Female));
    }
}
