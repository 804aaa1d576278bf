//! The shared document model the passes read: paragraphs, quote spans, tokens
//! and sentences, built once per article.

use super::lexicon;
use super::marks::{self, QuoteSpan};
use super::segment::{self, Paragraph};
use super::tokens::{self, Token};

/// A sentence as a range of token indices (end exclusive) within one paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub para: usize,
    pub first: usize,
    pub last: usize,
}

pub struct Document<'a> {
    pub text: &'a str,
    pub paras: Vec<Paragraph>,
    pub quotes: Vec<QuoteSpan>,
    pub tokens: Vec<Token>,
    /// Each token's text, sliced once: the passes read words far more often
    /// than the text is tokenized, and a slice checks its bounds each time.
    words: Vec<&'a str>,
    /// For each token, the quote it lies in (marks included), if any.
    pub quote_of: Vec<Option<usize>>,
    pub sentences: Vec<Sentence>,
    /// For each token, its sentence.
    pub sentence_of: Vec<usize>,
    /// For each paragraph, its range of token indices.
    pub para_tokens: Vec<(usize, usize)>,
}

impl<'a> Document<'a> {
    pub fn new(text: &'a str) -> Document<'a> {
        let paras = segment::paragraphs(text);
        let (nicknames, quotes): (Vec<QuoteSpan>, Vec<QuoteSpan>) = marks::pair(text, &paras)
            .into_iter()
            .partition(|q| marks::is_nickname(text, q));
        // About one token per four or five bytes of news text (punctuation
        // included): room for one per four, so the vector seldom grows.
        let mut tokens = Vec::with_capacity(text.len() / 4);
        let mut para_tokens = Vec::with_capacity(paras.len());
        for p in &paras {
            let first = tokens.len();
            tokens::tokenize_into(text, p.start, p.end, &mut tokens);
            // A quoted nickname is left out of the tokens, so the name's
            // words stand together ("Stan \"Bear\" Kowalski" reads "Stan
            // Kowalski").
            let here: Vec<&QuoteSpan> = nicknames
                .iter()
                .filter(|n| n.para == para_tokens.len())
                .collect();
            if !here.is_empty() {
                let mut kept = tokens.split_off(first);
                kept.retain(|tok| {
                    !here
                        .iter()
                        .any(|n| tok.start >= n.open && tok.end <= n.close)
                });
                tokens.extend(kept);
            }
            para_tokens.push((first, tokens.len()));
        }
        let quote_of = assign_quotes(&tokens, &quotes);
        let words = tokens.iter().map(|t| t.text(text)).collect();
        let mut doc = Document {
            text,
            paras,
            quotes,
            tokens,
            words,
            quote_of,
            sentences: Vec::new(),
            sentence_of: Vec::new(),
            para_tokens,
        };
        doc.split_sentences();
        doc
    }

    pub fn word(&self, t: usize) -> &'a str {
        self.words[t]
    }

    /// The words of tokens `first..end`, as one slice: the passes that read a
    /// run of words need not collect them into a vector of their own. Empty
    /// when `end` is not past `first`.
    pub fn words_in(&self, first: usize, end: usize) -> &[&'a str] {
        self.words.get(first..end).unwrap_or(&[])
    }

    pub fn in_quote(&self, t: usize) -> bool {
        self.quote_of[t].is_some()
    }

    /// For each paragraph, whether a quote in quote marks stands in it:
    /// the passes that find quotes without marks leave those alone.
    pub fn paras_with_quotes(&self) -> Vec<bool> {
        let mut quoted = vec![false; self.paras.len()];
        for q in &self.quotes {
            quoted[q.para] = true;
        }
        quoted
    }

    /// The index of the first token at or after byte offset `at`.
    pub fn token_at(&self, at: usize) -> usize {
        self.tokens.partition_point(|t| t.start < at)
    }

    fn split_sentences(&mut self) {
        // Filled sentence by sentence, never zeroed first: for a long text
        // the zeroing was a pass over memory of its own.
        let mut sentence_of = Vec::with_capacity(self.tokens.len());
        for (pi, &(first, end)) in self.para_tokens.iter().enumerate() {
            let mut start = first;
            for t in first..end {
                if t + 1 < end && !self.ends_sentence(t, end) {
                    continue;
                }
                let s = self.sentences.len();
                self.sentences.push(Sentence {
                    para: pi,
                    first: start,
                    last: t + 1,
                });
                sentence_of.resize(t + 1, s);
                start = t + 1;
            }
        }
        self.sentence_of = sentence_of;
    }

    /// A sentence ends after a full stop (or ! ?) outside quotes, or after a
    /// closing quote mark whose words end with one, when a capital or a new
    /// quote follows.
    fn ends_sentence(&self, t: usize, para_end: usize) -> bool {
        // Asked of every token: the token's own tests, which most fail,
        // come before the look at the next one. A full stop and a quote's
        // closing mark are no word: words are answered at once.
        if self.tokens[t].is_word {
            return false;
        }
        let w = self.word(t);
        match self.quote_of[t] {
            None => matches!(w, "." | "!" | "?") && self.sentence_may_follow(t + 1),
            Some(q) => {
                let quote = &self.quotes[q];
                let is_closing_mark = self.tokens[t].start >= quote.end;
                let next_outside = self.quote_of[t + 1] != Some(q);
                let words = &self.text[quote.start..quote.end];
                is_closing_mark
                    && next_outside
                    && self.sentence_may_follow(t + 1)
                    && (words.ends_with('.')
                        || words.ends_with(['!', '?']) && !self.credit_follows(t + 1, para_end))
            }
        }
    }

    /// Whether token `t` may open a sentence: a capital, a digit or an
    /// opening mark.
    fn sentence_may_follow(&self, t: usize) -> bool {
        self.word(t).chars().next().is_some_and(|c| {
            // Guillemets and German marks open quotes too ("categorical. « No.").
            c.is_uppercase()
                || c.is_ascii_digit()
                || matches!(
                    c,
                    '"' | '“' | '‘' | '\'' | '(' | '«' | '„' | '»' | '‹' | '›'
                )
        })
    }

    /// Whether the words from token `t` are a capitalised subject and its
    /// reporting verb ("Ann Lee said", "He asked"): after a quote that ends
    /// with "!" or "?" they go on its sentence ("Why now?" Lee asked.), where
    /// after a full stop they would start the next.
    fn credit_follows(&self, t: usize, para_end: usize) -> bool {
        for k in t..(t + 6).min(para_end) {
            let w = self.word(k);
            let first = w.chars().next().unwrap_or(' ');
            if k > t && first.is_lowercase() {
                return lexicon::is_reporting_verb(w);
            }
            if !(first.is_uppercase() || w == "." && k > t) {
                return false;
            }
        }
        false
    }
}

fn assign_quotes(tokens: &[Token], quotes: &[QuoteSpan]) -> Vec<Option<usize>> {
    // Collected token by token, never zeroed first (see `split_sentences`).
    let mut qi = 0;
    tokens
        .iter()
        .map(|t| {
            while qi < quotes.len() && quotes[qi].close <= t.start {
                qi += 1;
            }
            quotes
                .get(qi)
                .filter(|q| t.start >= q.open && t.start < q.close)
                .map(|_| qi)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The text of each sentence the document splits `text` into.
    fn sentences(text: &str) -> Vec<&str> {
        let d = Document::new(text);
        d.sentences
            .iter()
            .map(|s| &text[d.tokens[s.first].start..d.tokens[s.last - 1].end])
            .collect()
    }

    #[test]
    fn sentences_do_not_break_inside_quotes() {
        let text = "Ann Lee spoke. \"It works. It is fine,\" she said. \"Yes.\" Then she left.";
        assert_eq!(
            sentences(text),
            [
                "Ann Lee spoke.",
                "\"It works. It is fine,\" she said.",
                "\"Yes.\"",
                "Then she left."
            ]
        );
    }

    #[test]
    fn a_credit_after_a_question_or_exclamation_stays_in_its_sentence() {
        let text = "\"Why now?\" Ann Lee asked. \"Stop!\" Dr. Ruiz said. \"Why?\" Nobody knew.";
        assert_eq!(
            sentences(text),
            [
                "\"Why now?\" Ann Lee asked.",
                "\"Stop!\" Dr. Ruiz said.",
                "\"Why?\"",
                "Nobody knew."
            ]
        );
    }
}
