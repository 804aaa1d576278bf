//! Which names in a byline are institutions rather than people: wire
//! services, newsrooms, desks and other bodies, cited as institutional
//! authors and never split into given and family names.

/// News agencies that sign copy. Matched case-insensitively on the whole
/// name, with or without a leading "The".
const WIRE_SERVICES: &[&str] = &[
    "associated press",
    "ap",
    "reuters",
    "thomson reuters",
    "agence france-presse",
    "agence france presse",
    "afp",
    "xinhua",
    "xinhua news agency",
    "bloomberg",
    "bloomberg news",
    "dpa",
    "deutsche presse-agentur",
    "efe",
    "ansa",
    "kyodo",
    "kyodo news",
    "yonhap",
    "yonhap news agency",
    "tass",
    "ria novosti",
    "interfax",
    "anadolu agency",
    "pti",
    "press trust of india",
    "ians",
    "upi",
    "united press international",
    "canadian press",
    "press association",
    "pa media",
    "australian associated press",
    "aap",
    "kuna",
    "wafa",
    "irna",
    "jiji press",
    "cna",
    "central news agency",
    "bernama",
    "antara",
    "ap news",
];

/// Agencies that AP style names with "The" in running text ("The Associated
/// Press reported").
const TAKE_THE: &[&str] = &[
    "associated press",
    "canadian press",
    "press association",
    "australian associated press",
];

/// Words that make a name an institution wherever they stand in it.
const INSTITUTION_WORDS: &[&str] = &[
    "press",
    "news",
    "agency",
    "agencies",
    "staff",
    "desk",
    "service",
    "services",
    "bureau",
    "newsroom",
    "board",
    "team",
    "reporters",
    "correspondents",
    "editors",
    "media",
    "network",
    "broadcasting",
    "radio",
    "television",
    "tv",
    "wire",
    "wires",
    "group",
    "inc",
    "inc.",
    "ltd",
    "ltd.",
    "llc",
    "foundation",
    "institute",
    "university",
    "council",
    "committee",
    "ministry",
    "department",
    "office",
    "organization",
    "organisation",
    "association",
    "society",
    "commission",
    "government",
];

/// Newspaper words that are also family names ("Emily Post", "Tom Daily"):
/// they mark an institution only in a name of three or more words
/// ("Sunday Morning Herald").
const TITLE_WORDS: &[&str] = &[
    "post", "times", "herald", "tribune", "journal", "gazette", "daily", "weekly", "magazine",
];

fn without_the(name: &str) -> &str {
    let trimmed = name.trim();
    for the in ["The ", "the ", "THE "] {
        if let Some(rest) = trimmed.strip_prefix(the) {
            return rest.trim_start();
        }
    }
    trimmed
}

/// Whether `name` is a known news agency.
pub fn is_wire_service(name: &str) -> bool {
    let key = without_the(name).to_lowercase();
    WIRE_SERVICES.contains(&key.as_str())
}

/// Whether `name` names an institution, not a person: a news agency, a name
/// with "The" in front, a name with an institution word ("BBC News",
/// "Editorial Board"), an acronym ("AFP") or a single word ("Xinhua").
pub fn is_organisation(name: &str) -> bool {
    let name = name.trim();
    if name.is_empty() {
        return false;
    }
    if is_wire_service(name) || without_the(name).len() < name.len() {
        return true;
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.len() == 1 {
        return true;
    }
    has_institution_word(name) || words.iter().any(|w| is_acronym(w))
}

/// Whether a word of `name` is one institutions are named with ("News",
/// "Staff", "Board"), whatever its case.
pub fn has_institution_word(name: &str) -> bool {
    let long = name.split_whitespace().count() >= 3;
    name.split_whitespace().any(|w| {
        let lower = w
            .trim_matches(|c: char| c == ',' || c == '.')
            .to_lowercase();
        INSTITUTION_WORDS.contains(&lower.as_str()) || long && TITLE_WORDS.contains(&lower.as_str())
    })
}

/// "AFP", "BBC", "U.N.": two or more capitals and nothing lowercase.
fn is_acronym(word: &str) -> bool {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2
        && letters.iter().all(|c| c.is_uppercase())
        && !matches!(word, "II" | "III" | "IV")
}

/// The name as AP style writes it in running text: "The Associated Press"
/// for the agencies that take the article, the name as given otherwise.
pub fn takes_definite_article(name: &str) -> String {
    let bare = without_the(name);
    if TAKE_THE.contains(&bare.to_lowercase().as_str()) {
        format!("The {bare}")
    } else {
        name.trim().to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agencies_and_newsrooms_are_institutions() {
        for name in [
            "The Associated Press",
            "Associated Press",
            "Reuters",
            "AFP",
            "Xinhua",
            "BBC News",
            "The Editorial Board",
            "Reuters Staff",
        ] {
            assert!(is_organisation(name), "{name}");
        }
    }

    #[test]
    fn people_are_not_institutions() {
        for name in [
            "Jane Doe",
            "Martin Luther King Jr.",
            "Ludwig van Beethoven",
            "Emily Post",
        ] {
            assert!(!is_organisation(name), "{name}");
        }
    }

    #[test]
    fn ap_names_the_associated_press_with_the() {
        assert_eq!(
            takes_definite_article("Associated Press"),
            "The Associated Press"
        );
        assert_eq!(
            takes_definite_article("the Associated Press"),
            "The Associated Press"
        );
        assert_eq!(takes_definite_article("Reuters"), "Reuters");
    }
}
