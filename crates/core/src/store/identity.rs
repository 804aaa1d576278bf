//! Whether two texts are versions of one article: the weak signal of an
//! outlet and title in common ("Live updates", "Letters") is only trusted
//! when the bodies agree.

use std::collections::HashSet;

/// Sentences shorter than this say too little to match on ("He said.").
const MIN_SENTENCE_BYTES: usize = 20;

/// True when most sentences of the shorter text are also in the longer one:
/// a revision (a fixed typo, an added paragraph) keeps most of its sentences;
/// two articles that happen to share a title do not.
pub(super) fn same_body(a: &str, b: &str) -> bool {
    let a = sentences(a);
    let b = sentences(b);
    let smaller = a.len().min(b.len());
    if smaller == 0 {
        return false;
    }
    let shared = a.intersection(&b).count();
    shared * 2 >= smaller
}

/// The sentences of `text`, compared without case or spacing, hashed.
fn sentences(text: &str) -> HashSet<blake3::Hash> {
    text.split(['\n', '.', '!', '?'])
        .map(super::normalize::name)
        .filter(|s| s.len() >= MIN_SENTENCE_BYTES)
        .map(|s| blake3::hash(s.as_bytes()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const STORY: &str = "The council voted on Monday to close the bridge for repairs.\n\
        \"We cannot wait any longer,\" the mayor said at the meeting.\n\
        Work is expected to take six months and cost four million.";

    #[test]
    fn a_revision_is_the_same_body() {
        let revised = STORY.replace("six months", "seven months")
            + "\nThe bridge carries twenty thousand cars a day into the centre.";
        assert!(same_body(STORY, &revised));
    }

    #[test]
    fn another_article_under_the_same_title_is_not() {
        let other = "Rescue teams reached the village late on Tuesday night.\n\
            \"The road is gone,\" a volunteer told reporters at the scene.";
        assert!(!same_body(STORY, other));
        assert!(!same_body(STORY, ""));
    }
}
