//! An HTML subtree to plain text, one paragraph per block element, blank
//! lines between them. Walked with an explicit stack (ego_tree's traversal),
//! never by recursion, so 100,000 nested elements cannot overflow the stack.

use ego_tree::iter::Edge;
use ego_tree::NodeRef;
use scraper::node::Element;
use scraper::Node;

/// Never article text: scripts and media, forms and controls, and the boxes
/// that sit beside the story (captions, asides, navigation).
const SKIPPED: &[&str] = &[
    "nav",
    "header",
    "footer",
    "aside",
    "script",
    "style",
    "noscript",
    "form",
    "button",
    "svg",
    "iframe",
    "template",
    "figure",
    "figcaption",
    "select",
    "menu",
    "dialog",
    "object",
    "video",
    "audio",
    "canvas",
    "head",
    "title",
];

/// Elements that end a paragraph.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "blockquote",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "br",
    "hr",
    "address",
    "details",
    "summary",
    "center",
];

/// Words in a class or id that mark a box set apart from the story: a
/// pull quote repeats the story's words, a caption describes a picture, a
/// related-articles list holds other stories' headlines. None of them is body
/// text, and quotes found in them would be false or duplicated.
const APART_MARKERS: &[&str] = &[
    "pullquote",
    "pull-quote",
    "pull_quote",
    "caption",
    "related",
    "newsletter",
    "share-",
    "social-",
    "sr-only",
    "visually-hidden",
    "visuallyhidden",
];

/// Whether an element and everything in it is left out of the text.
pub(super) fn is_skipped(el: &Element) -> bool {
    let name = el.name();
    if SKIPPED.contains(&name) || el.attr("hidden").is_some() {
        return true;
    }
    if el.attr("aria-hidden") == Some("true") {
        return true;
    }
    if el
        .attr("style")
        .is_some_and(|s| s.replace(' ', "").contains("display:none"))
    {
        return true;
    }
    let marks = |value: Option<&str>| {
        value.is_some_and(|v| {
            let v = v.to_ascii_lowercase();
            APART_MARKERS.iter().any(|m| v.contains(m))
        })
    };
    marks(el.attr("class")) || marks(el.attr("id"))
}

/// A block whose text is mostly link text is a menu, a list of other
/// stories' headlines or a share bar, not the article's prose.
const MAX_LINK_SHARE: f64 = 0.5;

/// The paragraphs of `root`'s subtree, each with its spacing collapsed.
/// Link-dense blocks are left out.
pub(super) fn paragraphs(root: NodeRef<Node>) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = Block::default();
    // How many <a> elements the walk is inside.
    let mut in_link = 0usize;
    // The element whose subtree is being skipped, until its closing edge.
    let mut skipping: Option<NodeRef<Node>> = None;
    for edge in root.traverse() {
        match edge {
            Edge::Open(node) => {
                if skipping.is_some() {
                    continue;
                }
                match node.value() {
                    Node::Text(t) => current.push(t, in_link > 0),
                    Node::Element(el) if node != root && is_skipped(el) => skipping = Some(node),
                    Node::Element(el) if BLOCKS.contains(&el.name()) => current.flush(&mut out),
                    Node::Element(el) if el.name() == "a" => in_link += 1,
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if let Some(skipped) = skipping {
                    if skipped == node {
                        skipping = None;
                    }
                    continue;
                }
                if let Node::Element(el) = node.value() {
                    if BLOCKS.contains(&el.name()) {
                        current.flush(&mut out);
                    } else if el.name() == "a" {
                        in_link = in_link.saturating_sub(1);
                    }
                }
            }
        }
    }
    current.flush(&mut out);
    out
}

/// The text of the paragraph being read, and how much of it is link text.
#[derive(Default)]
struct Block {
    text: String,
    link_chars: usize,
}

impl Block {
    fn push(&mut self, text: &str, in_link: bool) {
        if in_link {
            self.link_chars += text
                .split_whitespace()
                .map(|w| w.chars().count())
                .sum::<usize>();
        }
        self.text.push_str(text);
    }

    fn flush(&mut self, paragraphs: &mut Vec<String>) {
        let p = self.text.split_whitespace().collect::<Vec<_>>().join(" ");
        let chars = p.chars().filter(|c| !c.is_whitespace()).count();
        let link_dense = chars > 0 && self.link_chars as f64 > MAX_LINK_SHARE * chars as f64;
        if !p.is_empty() && !link_dense {
            paragraphs.push(p);
        }
        self.text.clear();
        self.link_chars = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use scraper::Html;

    fn text(html: &str) -> String {
        let doc = Html::parse_document(html);
        paragraphs(doc.tree.root()).join("\n\n")
    }

    #[test]
    fn blocks_become_paragraphs_and_inline_runs_stay_whole() {
        assert_eq!(
            text("<p>One <b>bold</b>\n word.</p><div>Two<br>Three</div><ul><li>Four</li></ul>"),
            "One bold word.\n\nTwo\n\nThree\n\nFour"
        );
    }

    #[test]
    fn captions_pull_quotes_and_related_lists_are_left_out() {
        let t = text(
            r#"<article><p>Body one.</p>
            <figure><img src="a.jpg"><figcaption>The mayor in May.</figcaption></figure>
            <div class="image-caption">Photo: Someone</div>
            <blockquote class="pullquote">"We will win," he said.</blockquote>
            <ul class="related-links"><li><a href="/x">Other story</a></li></ul>
            <p style="display: none">Hidden.</p>
            <p>Body two.</p></article>"#,
        );
        assert_eq!(t, "Body one.\n\nBody two.");
    }

    #[test]
    fn a_hundred_thousand_nested_elements_do_not_overflow_the_stack() {
        let depth = 100_000;
        let html = format!(
            "{}deep text{}",
            "<span>".repeat(depth),
            "</span>".repeat(depth)
        );
        let doc = Html::parse_document(&html);
        assert_eq!(paragraphs(doc.tree.root()), vec!["deep text".to_string()]);
    }
}
