//! Pairs opening and closing quote marks, paragraph by paragraph.
//!
//! Handles straight and curly double quotes (also mixed: a straight opening
//! closed by a curly one), two apostrophes used as a double quote (`''`),
//! guillemets, low-high quotes, and single quotes told apart from apostrophes.
//! A quote left open at the end of a paragraph continues when the next
//! paragraph opens with a quote mark (the convention for quotes running over
//! several paragraphs); otherwise it is dropped, so an unbalanced mark costs at
//! most its own paragraph.

use super::segment::Paragraph;

/// A quoted span: `start..end` are the words inside the marks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteSpan {
    pub start: usize,
    pub end: usize,
    /// Offset of the opening mark and offset just past the closing mark (or the
    /// paragraph end for a quote that runs on).
    pub open: usize,
    pub close: usize,
    pub para: usize,
    /// Quotes running over several paragraphs share a group number.
    pub group: usize,
    /// Whether the span was written with single quote marks.
    pub single: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    Either,
}

#[derive(Debug, Clone, Copy)]
struct Mark {
    at: usize,
    len: usize,
    role: Role,
    single: bool,
}

fn is_opening_context(prev: Option<char>) -> bool {
    match prev {
        None => true,
        Some(c) => c.is_whitespace() || "([{—–-/:".contains(c) || is_quote_char(c),
    }
}

fn is_closing_context(next: Option<char>) -> bool {
    match next {
        None => true,
        Some(c) => c.is_whitespace() || (!c.is_alphanumeric() && !is_quote_char(c)) || c == '"',
    }
}

fn is_quote_char(c: char) -> bool {
    matches!(
        c,
        '"' | '“' | '”' | '„' | '«' | '»' | '‹' | '›' | '‘' | '’' | '\''
    )
}

/// Whether eight bytes may hold the start of a quote mark: a `"`, a `'` or
/// a byte of a multi-byte character (false ones only cost a slower look).
fn may_hold_mark(chunk: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let mut word = [0u8; 8];
    word.copy_from_slice(chunk);
    let v = u64::from_le_bytes(word);
    // Nonzero exactly when some byte of `x` is zero.
    let has_zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGHS != 0;
    v & HIGHS != 0
        || has_zero(v ^ (ONES * u64::from(b'"')))
        || has_zero(v ^ (ONES * u64::from(b'\'')))
}

/// The quote marks of one paragraph, with apostrophes left out.
///
/// Walks the bytes and decodes a character only where a quote mark can start:
/// every mark is `"` or `'`, or a multi-byte character led by 0xC2 (guillemets)
/// or 0xE2 (curly and low quotes). Lead bytes are never continuation bytes, so
/// each candidate offset is a character boundary.
fn scan(para: &str, base: usize) -> Vec<Mark> {
    let mut marks = Vec::new();
    // German and Nordic styles write the pairs the other way round
    // („…“, »…«, ›…‹): the mark that opened says how the next one reads.
    let mut low_open = false;
    let mut guillemet_open: Option<char> = None;
    let mut single_guillemet_open: Option<char> = None;
    let bytes = para.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if !matches!(bytes[i], b'"' | b'\'' | 0xC2 | 0xE2) {
            i += 1;
            // Most of a paragraph holds no mark: skip eight bytes at a time.
            while let Some(chunk) = bytes.get(i..i + 8) {
                if may_hold_mark(chunk) {
                    break;
                }
                i += 8;
            }
            continue;
        }
        let Some(c) = para[i..].chars().next() else {
            break;
        };
        let prev = para[..i].chars().next_back();
        let next = para[i + c.len_utf8()..].chars().next();
        let mut push = |len: usize, role: Role, single: bool| {
            marks.push(Mark {
                at: base + i,
                len,
                role,
                single,
            })
        };
        // A guillemet that opens ("»Das«") has a word after it and none
        // before it.
        let opens_here = !prev.is_some_and(char::is_alphanumeric)
            && next.is_some_and(|n| n.is_alphanumeric() || is_quote_char(n));
        match c {
            '„' => {
                low_open = true;
                push(c.len_utf8(), Role::Open, false);
            }
            '“' if low_open => {
                low_open = false;
                push(c.len_utf8(), Role::Close, false);
            }
            '“' => push(c.len_utf8(), Role::Open, false),
            '”' => {
                low_open = false;
                push(c.len_utf8(), Role::Close, false);
            }
            '«' | '»' | '‹' | '›' => {
                let single = matches!(c, '‹' | '›');
                let open = if single {
                    &mut single_guillemet_open
                } else {
                    &mut guillemet_open
                };
                // «…» and ‹…› as French writes them; »…« and ›…‹ as German.
                let role = match *open {
                    Some(o) if o != c => Role::Close,
                    _ if matches!(c, '«' | '‹') || opens_here => Role::Open,
                    _ => Role::Close,
                };
                *open = (role == Role::Open).then_some(c);
                push(c.len_utf8(), role, single);
            }
            '"' => push(1, Role::Either, false),
            '\'' if next == Some('\'') => {
                // Two apostrophes stand for a double quote (a New York Times habit).
                push(2, Role::Either, false);
                i += 2;
                continue;
            }
            // The same habit in curly marks: ‘‘…’’ stand for “…”.
            '‘' if next == Some('‘') => {
                push(2 * c.len_utf8(), Role::Open, false);
                i += 2 * c.len_utf8();
                continue;
            }
            '’' if next == Some('’') => {
                push(2 * c.len_utf8(), Role::Close, false);
                i += 2 * c.len_utf8();
                continue;
            }
            '‘' | '’' | '\'' => {
                let letter_before = prev.is_some_and(char::is_alphanumeric);
                let letter_after = next.is_some_and(char::is_alphanumeric);
                if letter_before && letter_after {
                    // An apostrophe inside a word: don't, Clinton’s.
                } else if !letter_before && letter_after && is_opening_context(prev) {
                    // '90s, 'em: an elided word, not an opening.
                    let elided = next.is_some_and(|n| n.is_ascii_digit())
                        || para[i + c.len_utf8()..].starts_with("em ");
                    if !elided && c != '’' {
                        push(c.len_utf8(), Role::Open, true);
                    } else if !elided {
                        push(c.len_utf8(), Role::Either, true);
                    }
                } else if !is_opening_context(prev) && is_closing_context(next) {
                    push(c.len_utf8(), Role::Close, true);
                }
            }
            _ => {}
        }
        i += c.len_utf8();
    }
    marks
}

/// Resolves a straight mark to an opening or a closing one from its neighbours.
fn resolve(text: &str, m: &Mark, is_open: bool) -> Role {
    if m.role != Role::Either {
        return m.role;
    }
    let prev = text[..m.at].chars().next_back();
    let next = text[m.at + m.len..].chars().next();
    let opening = is_opening_context(prev) && next.is_some_and(|c| !c.is_whitespace());
    let closing = is_closing_context(next) && prev.is_some_and(|c| !c.is_whitespace());
    match (opening, closing) {
        (true, false) => Role::Open,
        (false, true) => Role::Close,
        _ if is_open => Role::Close,
        _ => Role::Open,
    }
}

/// The group of a span: that of the quote running on from the paragraph
/// before when its mark opens the paragraph, else a new one.
fn group_of(continuing: Option<usize>, opens_paragraph: bool, group: &mut usize) -> usize {
    match continuing {
        Some(g) if opens_paragraph => g,
        _ => {
            *group += 1;
            *group
        }
    }
}

/// Whether straight opening mark `m`, met while straight mark `o` is still
/// open, carries on the quote of `o` as a new paragraph would: `o`'s words
/// end a sentence, and `m` opens another after one space ("…harmony.
/// \"However, …"). A quote quoted inside a quote opens mid-sentence ("He
/// wrote: \"The \"United States\" …"), so it is left to nest.
fn runs_on_inline(text: &str, o: &Mark, m: &Mark) -> bool {
    let before = text[o.at + o.len..m.at].strip_suffix(' ');
    let ends_sentence = before.is_some_and(|b| b.ends_with(['.', '?', '!']) && b.trim().len() > 1);
    let opens_sentence = text[m.at + m.len..]
        .chars()
        .next()
        .is_some_and(char::is_uppercase);
    ends_sentence && opens_sentence
}

/// The group of a span opened by mark `o` when `o` carried on a quote
/// inside its paragraph ([`runs_on_inline`]).
fn carried_group(carried: Option<(usize, usize)>, o: &Mark) -> Option<usize> {
    carried.filter(|&(at, _)| at == o.at).map(|(_, g)| g)
}

/// "'You spent the residents' money,' she said": a mark after a plural's
/// "s", before a word, with a single quote open and the next single mark
/// able to close it, is the plural's possessive, not the close. (A quote
/// that ends on such a word and is followed by another, "'the lads' and
/// 'the rest'", has an opening mark next.)
fn plural_possessive(text: &str, m: &Mark, after: &[Mark]) -> bool {
    let before = text[..m.at].chars().next_back();
    let mut rest = text[m.at + m.len..].chars();
    let word_follows = rest.next() == Some(' ') && rest.next().is_some_and(char::is_alphabetic);
    matches!(before, Some('s' | 'S'))
        && word_follows
        && after
            .iter()
            .find(|x| x.single)
            .is_some_and(|x| x.role != Role::Open)
}

/// "Stan \"Bear\" Kowalski", "Dwayne \u{201c}The Rock\u{201d} Johnson": a
/// nickname quoted between a given name and a surname is part of the
/// name, no quote. One to three capitalised words, with a capitalised word
/// right before the opening mark and right after the closing one.
pub fn is_nickname(text: &str, q: &QuoteSpan) -> bool {
    let words = &text[q.start..q.end];
    let capitalised = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    // Counted up to four: a quote of many words is told at its fourth.
    let inner = words.split_whitespace().take(4).count();
    if !(1..=3).contains(&inner)
        || !words.split_whitespace().all(capitalised)
        || words.contains([',', '.', '!', '?', ':', ';'])
        || q.close > text.len()
    {
        return false;
    }
    let before = text[..q.open].strip_suffix(' ').and_then(|b| {
        let word = b.rsplit(char::is_whitespace).next()?;
        (!word.is_empty()).then_some(word)
    });
    let after = text[q.close..]
        .strip_prefix(' ')
        .and_then(|a| a.split(char::is_whitespace).next());
    before.is_some_and(|w| capitalised(w) && w.chars().all(char::is_alphabetic))
        && after
            .is_some_and(|w| capitalised(w) && w.chars().next().is_some_and(char::is_alphabetic))
}

fn starts_with_opening(text: &str, p: &Paragraph) -> bool {
    let line = &text[p.start..p.end];
    line.starts_with(['“', '"', '„', '«']) || line.starts_with("''")
}

/// All quoted spans of `text`, in order.
pub fn pair(text: &str, paras: &[Paragraph]) -> Vec<QuoteSpan> {
    let mut out = Vec::new();
    let mut group = 0;
    // A double quote still open from the previous paragraph: (group).
    let mut running: Option<usize> = None;
    for (pi, p) in paras.iter().enumerate() {
        let marks = scan(&text[p.start..p.end], p.start);
        let mut double_open: Option<Mark> = None;
        // "...wrote: \"The \"United States\" is not holding them.\"": a
        // quote opened inside an open one (straight marks, as tweets and
        // statements are quoted) nests one level deep. `outer` waits while the
        // inner one is open; inner spans wait in `nested` until the outer one
        // closes (they are part of its words) or the paragraph ends with it
        // still open (then the outer mark was a stray one and they stand).
        let mut outer: Option<Mark> = None;
        let mut nested: Vec<QuoteSpan> = Vec::new();
        let mut single_open: Option<Mark> = None;
        let continuing = running.take();
        // A quote that ran on inside this paragraph ([`runs_on_inline`]): the
        // opening mark that carries it on, and the group they share.
        let mut carried: Option<(usize, usize)> = None;
        // "Lane said: 'They told us \"no\", but it is not true.'": British
        // text quotes inside a single-quoted span with double marks. Those
        // are part of the span's words when a single mark still closes it
        // later in the paragraph (else the single opening was a stray one).
        let mut single_closes_after = vec![false; marks.len() + 1];
        for (k, m) in marks.iter().enumerate().rev() {
            single_closes_after[k] =
                single_closes_after[k + 1] || (m.single && m.role != Role::Open);
        }
        for (k, m) in marks.iter().enumerate() {
            if !m.single && single_open.is_some() && double_open.is_none() && single_closes_after[k]
            {
                continue;
            }
            if m.single {
                if double_open.is_some() {
                    continue; // nested quote: part of the outer one's words
                }
                if single_open.is_some() && plural_possessive(text, m, &marks[k + 1..]) {
                    continue;
                }
                match (m.role, single_open) {
                    (Role::Open, _) => single_open = Some(*m),
                    (Role::Either, None) => single_open = Some(*m),
                    (Role::Close | Role::Either, Some(o)) => {
                        let start = o.at + o.len;
                        if m.at > start {
                            // The last paragraph of a quote that ran on.
                            let g = group_of(continuing, o.at == p.start, &mut group);
                            out.push(span(text, start, m.at, o.at, m.at + m.len, pi, g, true));
                        }
                        single_open = None;
                    }
                    (Role::Close, None) => {}
                }
                continue;
            }
            match resolve(text, m, double_open.is_some()) {
                Role::Open | Role::Either => {
                    // Only straight marks nest: typeset text quotes inside a
                    // quote with single marks, so a curly opening inside an
                    // open quote means the first one was never closed.
                    let straight = |m: &Mark| text.as_bytes()[m.at] == b'"';
                    // «My father used to say, "..."»: inside guillemets,
                    // other double marks quote someone within.
                    let guillemet =
                        |m: &Mark| matches!(text[m.at..].chars().next(), Some('«' | '»'));
                    let nests = double_open.is_some_and(|o| {
                        (straight(&o) && straight(m)) || (guillemet(&o) && !guillemet(m))
                    });
                    // "…he said. \"Let us move towards peace. \"However, we are
                    // prepared…\"": text whose paragraph breaks were lost
                    // (pasted or flattened) keeps the run-on convention inside
                    // one paragraph; the quote open before ends where the
                    // next one opens.
                    if let Some(o) = double_open
                        .filter(|o| outer.is_none() && nests && runs_on_inline(text, o, m))
                    {
                        let g = carried_group(carried, &o)
                            .unwrap_or_else(|| group_of(continuing, o.at == p.start, &mut group));
                        out.push(span(text, o.at + o.len, m.at, o.at, m.at, pi, g, false));
                        carried = Some((m.at, g));
                        nested.clear();
                        double_open = Some(*m);
                        single_open = None;
                        continue;
                    }
                    if outer.is_none() && nests {
                        outer = double_open;
                    }
                    // A third opening: the innermost was unbalanced.
                    double_open = Some(*m);
                    single_open = None;
                }
                Role::Close => {
                    if let Some(o) = double_open.take() {
                        let start = o.at + o.len;
                        if let Some(out_mark) = outer.take() {
                            if m.at > start {
                                nested.push(span(
                                    text,
                                    start,
                                    m.at,
                                    o.at,
                                    m.at + m.len,
                                    pi,
                                    0,
                                    false,
                                ));
                            }
                            double_open = Some(out_mark);
                            continue;
                        }
                        nested.clear();
                        if m.at > start {
                            let g = carried_group(carried, &o).unwrap_or_else(|| {
                                group_of(continuing, o.at == p.start, &mut group)
                            });
                            out.push(span(text, start, m.at, o.at, m.at + m.len, pi, g, false));
                        }
                    }
                }
            }
        }
        // Runs on: keep it when the next paragraph opens with a quote mark
        // of its kind (a single one too, as British text writes a statement
        // of several paragraphs).
        let still_open = match (double_open, single_open) {
            (Some(o), _) => Some((o, false)),
            (None, Some(o)) => Some((o, true)),
            (None, None) => None,
        };
        if let Some((o, single)) = still_open {
            let next_opens = paras.get(pi + 1).is_some_and(|n| {
                if single {
                    text[n.start..n.end].starts_with(['\'', '‘'])
                } else {
                    starts_with_opening(text, n)
                }
            });
            if next_opens && o.at + o.len < p.end {
                let g = carried_group(carried, &o)
                    .unwrap_or_else(|| group_of(continuing, o.at == p.start, &mut group));
                out.push(span(text, o.at + o.len, p.end, o.at, p.end, pi, g, single));
                running = Some(g);
                nested.clear();
            }
        }
        for mut q in nested {
            group += 1;
            q.group = group;
            out.push(q);
        }
    }
    out.retain(|q| q.end > q.start);
    // Nested spans that stood are pushed when their paragraph ends.
    out.sort_by_key(|q| q.open);
    out
}

#[allow(clippy::too_many_arguments)]
fn span(
    text: &str,
    start: usize,
    end: usize,
    open: usize,
    close: usize,
    para: usize,
    group: usize,
    single: bool,
) -> QuoteSpan {
    let inner = &text[start..end];
    let lead = inner.len() - inner.trim_start().len();
    let trimmed = inner.trim();
    QuoteSpan {
        start: start + lead,
        end: start + lead + trimmed.len(),
        open,
        close,
        para,
        group,
        single,
    }
}

#[cfg(test)]
mod tests {
    use super::super::segment::paragraphs;
    use super::*;

    #[test]
    fn an_eight_byte_chunk_is_skipped_only_without_a_mark_byte() {
        for at in 0..8 {
            for b in 0..=255u8 {
                for fill in [b'a', b' ', b'\n', b'0'] {
                    let mut chunk = [fill; 8];
                    chunk[at] = b;
                    let markish = matches!(b, b'"' | b'\'') || b >= 0x80;
                    assert_eq!(may_hold_mark(&chunk), markish, "{chunk:?}");
                }
            }
        }
    }

    fn quotes(text: &str) -> Vec<&str> {
        pair(text, &paragraphs(text))
            .iter()
            .map(|q| &text[q.start..q.end])
            .collect()
    }

    #[test]
    fn pairs_straight_curly_and_mixed_marks() {
        assert_eq!(quotes("He said \"yes,\" then “no.”"), ["yes,", "no."]);
        assert_eq!(
            quotes("She said: \"We will win.” Then left."),
            ["We will win."]
        );
        // German and Nordic pairs run the other way: „…“, »…«, ›…‹.
        assert_eq!(quotes("« Bonjour » et „Hallo“"), ["Bonjour", "Hallo"]);
        assert_eq!(
            quotes("»Das ist Betrug«, sagte sie. ‹Nie›, und ›jamais‹."),
            ["Das ist Betrug", "Nie", "jamais"]
        );
        // „ closed by ” is still one quote.
        assert_eq!(quotes("Er sagte „Ja” und ging."), ["Ja"]);
        // Inside guillemets, a double-quoted span is someone quoted within:
        // part of the outer quote's words, as with straight marks.
        assert_eq!(
            quotes("«Il disait, \"Non.\"» dit-elle."),
            ["Il disait, \"Non.\""]
        );
    }

    #[test]
    fn two_apostrophes_are_a_double_quote() {
        assert_eq!(quotes("He said, ''It's over,'' and left."), ["It's over,"]);
        // Curly, as some newsrooms' systems type them, and closing one
        // opened with a double mark.
        assert_eq!(
            quotes("\u{201c}It was a trick,\u{2019}\u{2019} Lee said. \u{2018}\u{2018}So it goes.\u{2019}\u{2019}"),
            ["It was a trick,", "So it goes."]
        );
    }

    #[test]
    fn single_quotes_are_told_apart_from_apostrophes() {
        assert_eq!(
            quotes("The mayor’s aide called it ‘a farce’ in the ’90s style."),
            ["a farce"]
        );
        assert_eq!(
            quotes("Voters don't care, 'they never did.'"),
            ["they never did."]
        );
    }

    #[test]
    fn nested_quotes_stay_inside_the_outer_one() {
        assert_eq!(
            quotes("\"He told me 'go home' and I did,\" she said."),
            ["He told me 'go home' and I did,"]
        );
    }

    #[test]
    fn a_quote_runs_over_paragraphs_when_the_next_opens_with_a_mark() {
        let text = "“First part of it.\n\n“Second part,” she said.";
        let spans = pair(text, &paragraphs(text));
        assert_eq!(spans.len(), 2);
        assert_eq!(spans[0].group, spans[1].group);
        assert_eq!(&text[spans[0].start..spans[0].end], "First part of it.");
    }

    #[test]
    fn a_single_quote_runs_over_paragraphs_when_the_next_opens_with_one() {
        let text =
            "Lee said: 'This confirms what parents told us.\n\n'But blaming them will not work.'";
        let spans = pair(text, &paragraphs(text));
        assert_eq!(spans.len(), 2, "{spans:?}");
        assert_eq!(spans[0].group, spans[1].group);
        assert_eq!(
            &text[spans[0].start..spans[0].end],
            "This confirms what parents told us."
        );
        assert_eq!(
            &text[spans[1].start..spans[1].end],
            "But blaming them will not work."
        );
    }

    #[test]
    fn a_plural_possessive_does_not_close_a_single_quote() {
        assert_eq!(
            quotes("The judge said: 'You spent the residents' money as your own.'"),
            ["You spent the residents' money as your own."]
        );
        assert_eq!(
            quotes("'Teachers' jobs are at risk,' she said."),
            ["Teachers' jobs are at risk,"]
        );
        assert_eq!(
            quotes("I know the ‘players’ union will fight’, she said."),
            ["players’ union will fight"]
        );
        // A quote that ends on a plural, with another quote after it.
        assert_eq!(
            quotes("He called them 'the lads' and she said 'no way'."),
            ["the lads", "no way"]
        );
    }

    #[test]
    fn a_quote_runs_on_inside_a_paragraph_whose_breaks_were_lost() {
        let text =
            "He said. \"Let us move towards peace. \"However, we are prepared,\" he said. \"Go.\"";
        let spans = pair(text, &paragraphs(text));
        let words: Vec<&str> = spans.iter().map(|q| &text[q.start..q.end]).collect();
        assert_eq!(
            words,
            [
                "Let us move towards peace.",
                "However, we are prepared,",
                "Go."
            ]
        );
        assert_eq!(spans[0].group, spans[1].group);
        assert_ne!(spans[1].group, spans[2].group);
    }

    #[test]
    fn an_unbalanced_mark_costs_only_its_paragraph() {
        let text = "He said \"never closed here.\n\nShe said \"fine,\" twice.";
        assert_eq!(quotes(text), ["fine,"]);
    }

    #[test]
    fn a_quote_inside_a_quote_with_the_same_marks_is_part_of_it() {
        let text = "He wrote: \"The \"United States\" holds none. They are held by others.\" Then he left.";
        let q = quotes(text);
        assert_eq!(
            q,
            ["The \"United States\" holds none. They are held by others."]
        );
        // An outer mark never closed: the inner quote stands on its own.
        let text = "He wrote: \"The result was \"a disaster\" for all";
        assert_eq!(quotes(text), ["a disaster"]);
    }
}
