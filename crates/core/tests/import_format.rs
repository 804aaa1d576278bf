//! The format a file is read in: its name says what it should be, its
//! content what it is.

use quotebook_core::import;

fn read(name: &str, content: &str) -> quotebook_core::Article {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, content).unwrap();
    import::read_file(&path).expect("the file imports")
}

#[test]
fn a_page_saved_as_text_under_an_html_name_keeps_its_paragraphs() {
    let text = "The mayor opened the bridge on Monday.\n\n\
                \"It took ten years,\" she said.\n\n\
                Traffic on the old road fell by half, and 3 < 4 stays prose.";
    let article = read("bridge.html", text);
    let paragraphs: Vec<&str> = article.text.split("\n\n").collect();
    assert_eq!(paragraphs.len(), 3, "{:?}", article.text);
    assert_eq!(paragraphs[1], "\"It took ten years,\" she said.");
}

#[test]
fn a_page_with_tags_is_still_read_as_html() {
    let page = "<html><body><article><p>The mayor opened the bridge.</p>\n\n\
                <p>\"It took ten years,\" she said, while 3 &lt; 4.</p></article></body></html>";
    let article = read("bridge.html", page);
    assert!(!article.text.contains("<p>"), "{:?}", article.text);
    assert!(
        article.text.contains("\"It took ten years,\" she said"),
        "{:?}",
        article.text
    );
}
