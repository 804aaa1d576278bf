//! A page saved in a legacy encoding, or in UTF-16, imports to the same text
//! and metadata as its UTF-8 original. Characters an encoding lacks are
//! written as numeric character references, as browsers and encoding_rs do.

use quotebook_core::import::{self, Format};

const PAGE: &str = r#"<!doctype html><html lang="pl"><head><meta charset="{CHARSET}">
<title>Łódź café opens – Gazeta Testowa</title>
<meta property="og:site_name" content="Gazeta Testowa">
<meta name="author" content="Zoë Łukasiewicz">
<meta property="article:published_time" content="2024-03-05T10:00:00+01:00">
</head><body><nav><a href="/">Start</a></nav><article>
<h1>Łódź café opens</h1>
<p>“The coffee is très bon,” said Zoë Łukasiewicz, who runs the café on Piotrkowska Street in Łódź.</p>
<p>Her partner, Václav Dvořák, added: “We waited two years – and 北京 suppliers were slow.”</p>
<p>The café seats forty people and opens at eight o’clock every morning, včetně neděle.</p>
</article><footer>© Gazeta Testowa</footer></body></html>"#;

fn page(charset: &str) -> String {
    PAGE.replace("{CHARSET}", charset)
}

fn import(bytes: &[u8]) -> quotebook_core::Article {
    import::read_bytes("page.html", bytes, Some(Format::Html)).expect("the page imports")
}

#[test]
fn legacy_encodings_and_utf16_import_to_the_same_text_as_utf8() {
    let original = import(page("utf-8").as_bytes());
    assert!(
        original.text.contains("Zoë Łukasiewicz"),
        "{}",
        original.text
    );
    assert!(original.text.contains("北京"), "{}", original.text);
    assert_eq!(original.meta.byline.as_deref(), Some("Zoë Łukasiewicz"));

    for label in ["ISO-8859-1", "windows-1250", "GB2312"] {
        let encoding = encoding_rs::Encoding::for_label(label.as_bytes()).unwrap();
        let source = page(label);
        let (bytes, _, unmappable) = encoding.encode(&source);
        assert!(
            !bytes.is_ascii(),
            "{label}: some characters are encoded natively"
        );
        assert!(
            unmappable || label == "GB2312",
            "{label}: some are character references"
        );
        let copy = import(&bytes);
        assert_eq!(copy.text, original.text, "{label}");
        assert_eq!(copy.meta, original.meta, "{label}");
    }

    for little_endian in [true, false] {
        let mut bytes: Vec<u8> = if little_endian {
            vec![0xFF, 0xFE]
        } else {
            vec![0xFE, 0xFF]
        };
        for unit in page("utf-16").encode_utf16() {
            bytes.extend(if little_endian {
                unit.to_le_bytes()
            } else {
                unit.to_be_bytes()
            });
        }
        let copy = import(&bytes);
        assert_eq!(
            copy.text, original.text,
            "UTF-16 little endian: {little_endian}"
        );
        assert_eq!(copy.meta, original.meta);
    }
}

#[test]
fn an_undeclared_legacy_page_is_detected() {
    let encoding = encoding_rs::Encoding::for_label(b"windows-1252").unwrap();
    let source = page("utf-8").replace("<meta charset=\"utf-8\">", "");
    let (bytes, _, _) = encoding.encode(&source);
    let copy = import(&bytes);
    assert!(copy.text.contains("très bon"), "{}", copy.text);
}

#[test]
fn a_binary_file_is_refused_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("photo.html");
    std::fs::write(&path, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0").unwrap();
    let err = import::read_file(&path).unwrap_err();
    assert!(err.to_string().contains("photo.html"), "{err}");
    assert!(err.to_string().contains("binary"), "{err}");
}
