//! PDFs made by the tests themselves (with lopdf): text at given positions,
//! and a "scan" whose only page content is an image.

use lopdf::content::{Content, Operation};
use lopdf::{dictionary, Document, Object, Stream};

/// One line of text at (x, y) in points, y from the bottom of a Letter page.
pub(crate) struct Line {
    x: f64,
    y: f64,
    text: &'static str,
}

impl Line {
    pub(crate) fn new(x: f64, y: f64, text: &'static str) -> Line {
        Line { x, y, text }
    }
}

/// A PDF with one page per slice of lines, set in 12-point Helvetica, and
/// an information dictionary of (title, author, creation date) if given.
pub(crate) fn pdf_with_lines(pages: &[&[Line]], info: Option<(&str, &str, &str)>) -> Vec<u8> {
    let contents = pages
        .iter()
        .map(|lines| {
            let mut operations = vec![
                Operation::new("BT", vec![]),
                Operation::new("Tf", vec!["F1".into(), 12.into()]),
            ];
            for line in lines.iter() {
                operations.push(Operation::new(
                    "Tm",
                    vec![
                        1.into(),
                        0.into(),
                        0.into(),
                        1.into(),
                        line.x.into(),
                        line.y.into(),
                    ],
                ));
                operations.push(Operation::new(
                    "Tj",
                    vec![Object::string_literal(line.text)],
                ));
            }
            operations.push(Operation::new("ET", vec![]));
            Content { operations }.encode().expect("content encodes")
        })
        .collect();
    build(contents, None, info)
}

/// A one-page PDF whose page draws a grey image and has no text at all.
pub(crate) fn scanned_pdf() -> Vec<u8> {
    let content = Content {
        operations: vec![
            Operation::new("q", vec![]),
            Operation::new(
                "cm",
                vec![
                    500.into(),
                    0.into(),
                    0.into(),
                    700.into(),
                    50.into(),
                    50.into(),
                ],
            ),
            Operation::new("Do", vec!["Im1".into()]),
            Operation::new("Q", vec![]),
        ],
    }
    .encode()
    .expect("content encodes");
    build(vec![content], Some(vec![0x80; 64]), None)
}

fn build(
    contents: Vec<Vec<u8>>,
    image: Option<Vec<u8>>,
    info: Option<(&str, &str, &str)>,
) -> Vec<u8> {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font_id = doc.add_object(dictionary! {
        "Type" => "Font",
        "Subtype" => "Type1",
        "BaseFont" => "Helvetica",
        "Encoding" => "WinAnsiEncoding",
    });
    let mut resources = dictionary! {
        "Font" => dictionary! { "F1" => font_id },
    };
    if let Some(pixels) = image {
        let image_id = doc.add_object(Stream::new(
            dictionary! {
                "Type" => "XObject",
                "Subtype" => "Image",
                "Width" => 8,
                "Height" => 8,
                "ColorSpace" => "DeviceGray",
                "BitsPerComponent" => 8,
            },
            pixels,
        ));
        resources.set("XObject", dictionary! { "Im1" => image_id });
    }
    let resources_id = doc.add_object(resources);
    let kids: Vec<Object> = contents
        .into_iter()
        .map(|content| {
            let content_id = doc.add_object(Stream::new(dictionary! {}, content));
            doc.add_object(dictionary! {
                "Type" => "Page",
                "Parent" => pages_id,
                "Contents" => content_id,
            })
            .into()
        })
        .collect();
    let count = kids.len() as i64;
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages",
            "Kids" => kids,
            "Count" => count,
            "Resources" => resources_id,
            "MediaBox" => vec![0.into(), 0.into(), 612.into(), 792.into()],
        }),
    );
    let catalog_id = doc.add_object(dictionary! {
        "Type" => "Catalog",
        "Pages" => pages_id,
    });
    doc.trailer.set("Root", catalog_id);
    if let Some((title, author, created)) = info {
        let info_id = doc.add_object(dictionary! {
            "Title" => Object::string_literal(title),
            "Author" => Object::string_literal(author),
            "CreationDate" => Object::string_literal(created),
        });
        doc.trailer.set("Info", info_id);
    }
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).expect("the PDF is written");
    bytes
}
