//! Glyphs to lines, lines to paragraphs.
//!
//! A PDF has no paragraphs, only glyphs at positions. A paragraph starts
//! where the layout says so: a gap between lines clearly larger than the
//! page's usual line spacing, a first line indented past the line before it,
//! or a column that starts again at the top. Within a paragraph, lines are
//! joined with a space (nothing after a hyphen). A line that is only a number
//! (a page number) is dropped, and so is a running header or footer (the
//! same line at the top or bottom of most pages, page numbers aside); a
//! paragraph that does not end a sentence runs on across a page break.

use pdf_extract::{MediaBox, OutputDev, OutputError, Transform};

/// One line of text as laid out on its page (PDF units, y grows upwards).
#[derive(Debug, Clone)]
pub(super) struct Line {
    pub page: u32,
    pub x_start: f64,
    pub x_end: f64,
    pub y: f64,
    pub size: f64,
    pub text: String,
}

/// The output device pdf-extract draws each page's glyphs on.
#[derive(Default)]
pub(super) struct LineCollector {
    page: u32,
    lines: Vec<Line>,
    current: Option<Line>,
    word_start: bool,
}

impl LineCollector {
    pub fn finish(mut self) -> Vec<Line> {
        self.end_current();
        self.lines
    }

    fn end_current(&mut self) {
        if let Some(line) = self.current.take() {
            if !line.text.trim().is_empty() {
                self.lines.push(line);
            }
        }
    }
}

impl OutputDev for LineCollector {
    fn begin_page(
        &mut self,
        page_num: u32,
        _media_box: &MediaBox,
        _art_box: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        self.end_current();
        self.page = page_num;
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), OutputError> {
        self.end_current();
        Ok(())
    }

    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        char: &str,
    ) -> Result<(), OutputError> {
        // The text rendering matrix maps glyph space to the page: its
        // translation is where the glyph sits, its scale how large it is.
        let (x, y) = (trm.m31, trm.m32);
        let scale = (trm.m11 * trm.m22 - trm.m12 * trm.m21).abs().sqrt();
        let size = (font_size * scale).abs().max(0.1);
        let advance = width * size;
        let same_line = self.current.as_ref().is_some_and(|line| {
            (y - line.y).abs() < line.size * 0.5 && x > line.x_end - line.size * 2.0
        });
        if !same_line {
            self.end_current();
            self.current = Some(Line {
                page: self.page,
                x_start: x,
                x_end: x,
                y,
                size,
                text: String::new(),
            });
        }
        let line = self.current.as_mut().expect("set just above");
        // As pdf-extract's own text output does: a gap before a word is a space.
        if same_line
            && self.word_start
            && x > line.x_end + size * 0.1
            && !line.text.ends_with(' ')
            && char != " "
        {
            line.text.push(' ');
        }
        line.text.push_str(char);
        line.x_end = line.x_end.max(x + advance);
        line.size = line.size.max(size);
        self.word_start = false;
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), OutputError> {
        self.word_start = true;
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
}

/// The text of `lines` as paragraphs separated by blank lines.
pub(super) fn paragraphs(lines: &[Line]) -> String {
    let lines: Vec<&Line> = lines.iter().filter(|l| !is_page_number(l)).collect();
    let lines = without_running_lines(lines);
    let spacing = usual_spacing(&lines);
    let mut paragraphs: Vec<String> = Vec::new();
    let mut previous: Option<&Line> = None;
    for line in lines {
        let text = collapse_spaces(&line.text);
        let starts_new = match previous {
            None => true,
            Some(prev) if prev.page != line.page => ends_sentence(paragraphs.last()),
            Some(prev) => breaks_between(prev, line, spacing),
        };
        match paragraphs.last_mut() {
            Some(paragraph) if !starts_new => {
                if !paragraph.ends_with('-') {
                    paragraph.push(' ');
                }
                paragraph.push_str(&text);
            }
            _ => paragraphs.push(text),
        }
        previous = Some(line);
    }
    paragraphs.join("\n\n")
}

/// Whether a paragraph starts between two lines of one page.
fn breaks_between(prev: &Line, line: &Line, spacing: Option<f64>) -> bool {
    let gap = prev.y - line.y;
    if gap <= 0.0 {
        return true; // back up the page: a new column or a text box
    }
    let size = prev.size.max(line.size);
    let usual = spacing.unwrap_or(size * 1.2);
    if gap > usual * 1.4 || gap > size * 2.5 {
        return true;
    }
    // An indented first line; a line further left than the one before it
    // (the end of an indented paragraph's first line) is no break.
    line.x_start > prev.x_start + size
}

/// The most common gap between consecutive lines on a page: the spacing
/// within a paragraph, since most lines are inside one.
fn usual_spacing(lines: &[&Line]) -> Option<f64> {
    let mut gaps: Vec<i64> = lines
        .windows(2)
        .filter(|w| w[0].page == w[1].page)
        .map(|w| w[0].y - w[1].y)
        .filter(|gap| *gap > 0.0)
        .map(|gap| (gap * 2.0).round() as i64) // half-point buckets
        .collect();
    if gaps.is_empty() {
        return None;
    }
    gaps.sort_unstable();
    let mut best = (gaps[0], 0);
    let mut run = (gaps[0], 0);
    for gap in gaps {
        if gap == run.0 {
            run.1 += 1;
        } else {
            run = (gap, 1);
        }
        // Ties go to the smaller gap: within-paragraph spacing is the smallest.
        if run.1 > best.1 {
            best = run;
        }
    }
    Some(best.0 as f64 / 2.0)
}

/// Whether the paragraph ends a sentence (and so a page break ends it too).
fn ends_sentence(paragraph: Option<&String>) -> bool {
    let Some(paragraph) = paragraph else {
        return true;
    };
    let end = paragraph
        .trim_end()
        .trim_end_matches(['"', '\u{201D}', '\u{2019}', '\'', ')']);
    end.ends_with(['.', '!', '?', ':']) || end.is_empty()
}

/// `lines` without running headers and footers: a page's first or last line
/// whose text (digits aside) is a first or last line on at least half the
/// pages, and on two or more. The document's very first line stays: it is
/// usually the title that later pages repeat as their header.
fn without_running_lines(lines: Vec<&Line>) -> Vec<&Line> {
    use std::collections::HashMap;
    let key = |line: &Line| -> String {
        line.text
            .split_whitespace()
            .map(|w| w.replace(|c: char| c.is_ascii_digit(), "#"))
            .collect::<Vec<_>>()
            .join(" ")
    };
    // Which lines are at a page's edge: (index of first, index of last).
    let mut edges: Vec<(usize, usize)> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        match edges.last_mut() {
            Some(edge) if lines[edge.1].page == line.page => edge.1 = i,
            _ => edges.push((i, i)),
        }
    }
    let pages = edges.len();
    if pages < 2 {
        return lines;
    }
    let mut pages_with: HashMap<String, usize> = HashMap::new();
    for &(first, last) in &edges {
        let mut keys = vec![key(lines[first])];
        if last != first {
            keys.push(key(lines[last]));
        }
        keys.dedup();
        for k in keys {
            *pages_with.entry(k).or_default() += 1;
        }
    }
    let running = |i: usize| {
        let count = pages_with.get(&key(lines[i])).copied().unwrap_or(0);
        count >= 2 && count * 2 >= pages
    };
    let at_edge: std::collections::HashSet<usize> = edges
        .iter()
        .flat_map(|&(first, last)| [first, last])
        .collect();
    lines
        .iter()
        .enumerate()
        .filter(|&(i, _)| i == 0 || !(at_edge.contains(&i) && running(i)))
        .map(|(_, line)| *line)
        .collect()
}

fn is_page_number(line: &Line) -> bool {
    let text = line.text.trim();
    // Front matter is numbered i, ii, iii...
    if (1..=5).contains(&text.len()) && text.chars().all(|c| "ivxlc".contains(c)) {
        return true;
    }
    let text = text
        .strip_prefix("Page ")
        .or_else(|| text.strip_prefix("page "))
        .unwrap_or(text);
    let digits = text.split(['/', ' ']).next().unwrap_or("");
    !digits.is_empty()
        && digits.len() <= 4
        && digits.chars().all(|c| c.is_ascii_digit())
        && text
            .chars()
            .all(|c| c.is_ascii_digit() || " /of".contains(c))
}

fn collapse_spaces(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(page: u32, x: f64, y: f64, text: &str) -> Line {
        Line {
            page,
            x_start: x,
            x_end: x + 6.0 * text.len() as f64,
            y,
            size: 12.0,
            text: text.to_string(),
        }
    }

    #[test]
    fn a_larger_gap_or_an_indent_starts_a_paragraph() {
        let lines = [
            line(1, 72.0, 700.0, "One a"),
            line(1, 72.0, 686.0, "one b."),
            line(1, 72.0, 660.0, "Two a"),
            line(1, 72.0, 646.0, "two b."),
            line(1, 90.0, 632.0, "Three a"),
            line(1, 72.0, 618.0, "three-"),
            line(1, 72.0, 604.0, "b."),
        ];
        assert_eq!(
            paragraphs(&lines),
            "One a one b.\n\nTwo a two b.\n\nThree a three-b."
        );
    }

    #[test]
    fn running_headers_and_footers_go_and_the_title_stays() {
        let mut lines = vec![line(1, 72.0, 740.0, "Annual Report")];
        for page in 1..=3 {
            if page > 1 {
                lines.push(line(page, 72.0, 740.0, "Annual Report"));
            }
            lines.push(line(page, 72.0, 700.0, &format!("Body of page {page}.")));
            lines.push(line(
                page,
                72.0,
                40.0,
                &format!("Confidential - page {page} of 3"),
            ));
        }
        assert_eq!(
            paragraphs(&lines),
            "Annual Report\n\nBody of page 1.\n\nBody of page 2.\n\nBody of page 3."
        );
    }

    #[test]
    fn a_new_column_starts_a_paragraph_and_page_numbers_go() {
        let lines = [
            line(1, 72.0, 700.0, "Left column"),
            line(1, 72.0, 686.0, "ends."),
            line(1, 320.0, 700.0, "Right column"),
            line(1, 300.0, 40.0, "Page 3 of 9"),
            line(2, 300.0, 40.0, "iv"),
        ];
        assert_eq!(paragraphs(&lines), "Left column ends.\n\nRight column");
    }
}
