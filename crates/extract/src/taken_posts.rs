//! Posts the text gives as something a person took up, not beside their
//! name: "Siobhán Keaveney became chief executive of Corrib University
//! Hospital in March", "Ann Lee was appointed finance minister on Friday".
//! An interview's introduction often names its interviewee's post only so.

use super::document::Document;
use super::entities::People;
use super::lexicon;
use super::mentions::NameMention;

/// The verbs, as words in a row, that say a post was taken up.
const TAKING: &[&[&str]] = &[
    &["became"],
    &["becomes"],
    &["was", "appointed"],
    &["was", "named"],
    &["was", "elected"],
    &["was", "made"],
    &["was", "promoted", "to"],
    &["has", "been", "appointed"],
    &["has", "been", "named"],
    &["took", "over", "as"],
    &["was", "sworn", "in", "as"],
    // Held and left: the post is a former one ("who served as Prime
    // Minister of New Zealand from 1990 to 1996").
    &[",", "who", "served", "as"],
    &["served", "as"],
];

/// Words for a person that the role list holds (a "woman said" is
/// described by them) but that name no post someone takes up.
const PERSON_NOUNS: &[&str] = &[
    "woman", "man", "person", "girl", "boy", "child", "mother", "father",
];

/// A post is a short phrase: a longer run is a sentence going on.
const MAX_POST_WORDS: usize = 10;

/// Gives each person named right before a verb of taking up a post that
/// post as their role, when the text gives them none beside their name.
pub fn note_posts_taken(people: &mut People, doc: &Document, mentions: &[NameMention]) {
    for m in mentions.iter().filter(|m| m.name.len() >= 2) {
        let Some(post) = post_after(doc, m.last) else {
            continue;
        };
        if let Some(i) = people.resolve_name(&m.name, m.at) {
            people.persons[i].role.get_or_insert(post);
        }
    }
}

/// The post taken up in the words from token `t` ("became chief executive
/// of the hospital in March" gives "chief executive of the hospital").
fn post_after(doc: &Document, t: usize) -> Option<String> {
    let word = |k: usize| (k < doc.tokens.len()).then(|| doc.word(k));
    let verb = TAKING.iter().find(|v| {
        v.iter()
            .enumerate()
            .all(|(k, w)| word(t + k).is_some_and(|x| x == *w))
    })?;
    let left = verb.contains(&"served");
    let mut first = t + verb.len();
    // "became the new chief executive": the article is no part of the post.
    if matches!(word(first), Some("the" | "a" | "an" | "as")) {
        first += 1;
    }
    let mut last = first;
    while last < doc.tokens.len() && last - first < MAX_POST_WORDS {
        let w = doc.word(last);
        // The post ends at a pause, a clause, or a time or place that
        // follows it ("in March", "on Friday", "after …").
        // "from 1990 to 1996": the years it was held.
        let years = w == "from"
            && doc
                .tokens
                .get(last + 1)
                .is_some_and(|_| doc.word(last + 1).starts_with(|c: char| c.is_ascii_digit()));
        let stop = years
            || !doc.tokens[last].is_word
            || doc.in_quote(last)
            || matches!(
                w,
                "in" | "on"
                    | "after"
                    | "when"
                    | "last"
                    | "this"
                    | "since"
                    | "until"
                    | "and"
                    | "but"
                    | "who"
                    | "which"
                    | "that"
                    | "following"
                    | "before"
            );
        // "the first woman to win": an infinitive is what they did, no
        // post ("ambassador to France", "adviser to the president" go on).
        let infinitive = w == "to"
            && (last + 1 < doc.tokens.len())
            && doc.word(last + 1).starts_with(|c: char| c.is_lowercase())
            && !matches!(doc.word(last + 1), "the" | "a" | "an" | "serve" | "act");
        if stop || infinitive {
            break;
        }
        last += 1;
    }
    if last == first || last - first >= MAX_POST_WORDS {
        return None;
    }
    // "became the first woman to serve as Speaker of the House": the post
    // is what follows "as"; the distinction before it is no post. (An
    // infinitive other than "to serve" or "to act" ended the phrase above.)
    if let Some(k) = (first..last).rev().find(|&k| doc.word(k) == "as") {
        first = k + 1;
        if first == last {
            return None;
        }
    }
    let names_a_post = (first..last).any(|k| {
        let w = doc.word(k).to_lowercase();
        lexicon::is_role_noun(&w) && !PERSON_NOUNS.contains(&w.as_str())
    });
    let post = &doc.text[doc.tokens[first].start..doc.tokens[last - 1].end];
    names_a_post.then(|| {
        if left {
            format!("former {post}")
        } else {
            post.to_string()
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn post(text: &str, after: &str) -> Option<String> {
        let doc = Document::new(text);
        let t = (0..doc.tokens.len()).find(|&k| doc.word(k) == after)?;
        post_after(&doc, t + 1)
    }

    #[test]
    fn a_post_taken_up_ends_at_its_time_or_clause() {
        assert_eq!(
            post(
                "Siobhán Keaveney became chief executive of Corrib University Hospital in March.",
                "Keaveney"
            )
            .as_deref(),
            Some("chief executive of Corrib University Hospital")
        );
        assert_eq!(
            post("Ann Lee was appointed finance minister on Friday.", "Lee").as_deref(),
            Some("finance minister")
        );
        assert_eq!(
            post(
                "Nancy Pelosi became the first woman to serve as Speaker of the House.",
                "Pelosi"
            )
            .as_deref(),
            Some("Speaker of the House")
        );
        // Not a post: no word of one.
        assert_eq!(post("Ann Lee became the first woman to win.", "Lee"), None);
        assert_eq!(post("Ann Lee became ill in March.", "Lee"), None);
    }
}
