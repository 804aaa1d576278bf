//! Word documents (DOCX, Office Open XML): interview transcripts, statements.
//!
//! A DOCX is a zip archive; the text is in `word/document.xml` as `<w:p>`
//! paragraphs of `<w:t>` runs, and `docProps/core.xml` carries the title,
//! creator and creation date. Deleted tracked changes and field codes are
//! not text. Each part is read up to a limit, so a small archive that
//! unpacks to gigabytes (a zip bomb) is refused by name.

use std::io::{Cursor, Read};

use quick_xml::events::Event;
use quick_xml::Reader;
use zip::ZipArchive;

use super::properties::DocumentProperties;
use super::{dates, text, ImportError};
use crate::model::Article;

/// The most a part of a DOCX may unpack to. A book-length transcript's
/// document.xml is a few megabytes.
pub const MAX_PART_BYTES: u64 = 64 * 1024 * 1024;

/// Whether zip bytes hold a Word document (checked before a `.docx` name
/// is trusted, or when the name says nothing).
pub(super) fn is_docx(bytes: &[u8]) -> bool {
    ZipArchive::new(Cursor::new(bytes))
        .is_ok_and(|archive| archive.index_for_name("word/document.xml").is_some())
}

pub(super) fn parse(name: &str, bytes: &[u8]) -> Result<Article, ImportError> {
    let problem = |reason: String| ImportError::Unsupported {
        path: name.to_string(),
        reason,
    };
    let mut archive = ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| problem(format!("not a DOCX file (not a readable zip archive: {e})")))?;
    let document = read_part(name, &mut archive, "word/document.xml")?.ok_or_else(|| {
        problem("not a Word document (the archive has no word/document.xml)".to_string())
    })?;
    let body = paragraphs(&document)
        .map_err(|e| problem(format!("the document's XML is broken ({e})")))?;
    if body.trim().is_empty() {
        return Err(ImportError::Empty {
            path: name.to_string(),
            detail: "no text in the document",
        });
    }
    let mut article = text::parse(&body, false);
    if let Some(core) = read_part(name, &mut archive, "docProps/core.xml")? {
        // Metadata is a bonus: broken core properties do not cost the text.
        core_properties(&core)
            .unwrap_or_default()
            .apply(&mut article.meta);
    }
    Ok(article)
}

/// A part of the archive as bytes, `None` if the archive has no such part.
fn read_part(
    name: &str,
    archive: &mut ZipArchive<Cursor<&[u8]>>,
    part: &str,
) -> Result<Option<Vec<u8>>, ImportError> {
    let file = match archive.by_name(part) {
        Ok(file) => file,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => {
            return Err(ImportError::Unsupported {
                path: name.to_string(),
                reason: format!("{part} could not be read ({e})"),
            })
        }
    };
    let mut bytes = Vec::new();
    file.take(MAX_PART_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|source| ImportError::Io {
            path: name.to_string(),
            source,
        })?;
    if bytes.len() as u64 > MAX_PART_BYTES {
        return Err(ImportError::Limit {
            path: name.to_string(),
            limit: "max-docx-part",
            detail: format!("{part} unpacks to more than {MAX_PART_BYTES} bytes"),
        });
    }
    Ok(Some(bytes))
}

/// The text of `word/document.xml`, one paragraph per `<w:p>`, separated by
/// blank lines. Tabs become spaces and line breaks inside a paragraph new
/// lines; deleted text (`<w:del>`) and field instructions are left out.
fn paragraphs(xml: &[u8]) -> Result<String, quick_xml::Error> {
    let mut reader = Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut out: Vec<String> = Vec::new();
    let mut paragraph = String::new();
    let mut in_text = false;
    let mut deleted = 0usize;
    loop {
        match reader.read_event_into(&mut buf)? {
            Event::Start(e) => match e.local_name().as_ref() {
                b"t" => in_text = true,
                b"del" | b"instrText" | b"delText" => deleted += 1,
                _ => {}
            },
            Event::End(e) => match e.local_name().as_ref() {
                b"t" => in_text = false,
                b"del" | b"instrText" | b"delText" => deleted = deleted.saturating_sub(1),
                b"p" => {
                    let text = paragraph.trim();
                    if !text.is_empty() {
                        out.push(text.to_string());
                    }
                    paragraph.clear();
                }
                _ => {}
            },
            Event::Empty(e) if deleted == 0 => match e.local_name().as_ref() {
                b"tab" => paragraph.push(' '),
                b"br" | b"cr" => paragraph.push('\n'),
                _ => {}
            },
            Event::Text(e) if in_text && deleted == 0 => paragraph.push_str(&e.decode()?),
            Event::GeneralRef(e) if in_text && deleted == 0 => {
                if let Some(c) = e.resolve_char_ref()? {
                    paragraph.push(c);
                } else if let Some(s) = quick_xml::escape::resolve_predefined_entity(&e.decode()?) {
                    paragraph.push_str(s);
                }
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    Ok(out.join("\n\n"))
}

/// `dc:title`, `dc:creator` and `dcterms:created` of `docProps/core.xml`.
fn core_properties(xml: &[u8]) -> Result<DocumentProperties, quick_xml::Error> {
    let mut reader = Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut props = DocumentProperties::default();
    let mut field: Option<Vec<u8>> = None;
    let mut value = String::new();
    loop {
        match reader.read_event_into(&mut buf)? {
            Event::Start(e) => {
                field = Some(e.local_name().as_ref().to_vec());
                value.clear();
            }
            Event::Text(e) if field.is_some() => value.push_str(&e.decode()?),
            Event::GeneralRef(e) if field.is_some() => {
                if let Some(c) = e.resolve_char_ref()? {
                    value.push(c);
                } else if let Some(s) = quick_xml::escape::resolve_predefined_entity(&e.decode()?) {
                    value.push_str(s);
                }
            }
            Event::End(_) => {
                let text = value.trim();
                let text = (!text.is_empty()).then(|| text.to_string());
                match field.take().as_deref() {
                    Some(b"title") if props.title.is_none() => props.title = text,
                    Some(b"creator") if props.author.is_none() => props.author = text,
                    Some(b"created") if props.created.is_none() => {
                        props.created = text.and_then(|t| dates::find_date(&t));
                    }
                    _ => {}
                }
                value.clear();
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    Ok(props)
}

#[cfg(test)]
pub(crate) mod testing {
    //! DOCX files made by the tests: a zip of the parts Word writes.

    use std::io::Write;

    use zip::write::SimpleFileOptions;

    /// A DOCX whose body is `document_body` (the XML inside `<w:body>`)
    /// and whose core properties are `core` (the XML inside
    /// `<cp:coreProperties>`), if given.
    pub(crate) fn docx(document_body: &str, core: Option<&str>) -> Vec<u8> {
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let options = SimpleFileOptions::default();
        let mut part = |name: &str, content: String| {
            zip.start_file(name, options).unwrap();
            zip.write_all(content.as_bytes()).unwrap();
        };
        part(
            "[Content_Types].xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#.to_string(),
        );
        part(
            "word/document.xml",
            format!(
                r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{document_body}</w:body></w:document>"#
            ),
        );
        if let Some(core) = core {
            part(
                "docProps/core.xml",
                format!(
                    r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">{core}</cp:coreProperties>"#
                ),
            );
        }
        zip.finish().unwrap().into_inner()
    }
}

#[cfg(test)]
mod tests {
    use super::testing::docx;
    use super::*;

    const TRANSCRIPT: &str = r#"<w:p><w:r><w:t>Interview with the harbour master</w:t></w:r></w:p>
        <w:p><w:r><w:t xml:space="preserve">Asked about the storm, Captain Ilse Varga said: </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>&quot;We closed the port</w:t></w:r><w:r><w:t xml:space="preserve"> before the first wave &amp; nobody was hurt.&quot;</w:t></w:r></w:p>
        <w:p/>
        <w:p><w:r><w:t>She added</w:t></w:r><w:del w:author="ed"><w:r><w:delText> nothing</w:delText></w:r></w:del><w:r><w:tab/><w:t>more.</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r></w:p>"#;

    #[test]
    fn paragraphs_runs_and_core_properties() {
        let bytes = docx(
            TRANSCRIPT,
            Some(
                r#"<dc:title>Storm interview</dc:title><dc:creator>Lena Brandt</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2024-02-11T09:30:00Z</dcterms:created>"#,
            ),
        );
        let article = parse("interview.docx", &bytes).unwrap();
        assert_eq!(
            article.text,
            "Interview with the harbour master\n\n\
             Asked about the storm, Captain Ilse Varga said: \"We closed the port before the first wave & nobody was hurt.\"\n\n\
             She added more."
        );
        assert_eq!(article.meta.title.as_deref(), Some("Storm interview"));
        assert_eq!(article.meta.byline.as_deref(), Some("Lena Brandt"));
        assert_eq!(article.meta.published, Some("2024-02-11".parse().unwrap()));
        let quotes = crate::extract::extract_quotes(&article.text, article.meta.published);
        let quote = quotes
            .iter()
            .find(|q| q.text.contains("closed the port"))
            .expect("the quote is found");
        assert_eq!(quote.speaker.as_deref(), Some("Ilse Varga"), "{quote:?}");
    }

    #[test]
    fn not_a_docx_and_an_empty_one_are_refused_by_name() {
        let err = parse("notes.docx", b"plain words").unwrap_err();
        assert!(
            err.to_string().starts_with("notes.docx: not a DOCX"),
            "{err}"
        );
        let err = parse("blank.docx", &docx("<w:p/>", None)).unwrap_err();
        assert!(err.to_string().starts_with("blank.docx: empty"), "{err}");
    }

    #[test]
    fn a_zip_without_a_document_is_not_word() {
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        zip.start_file("photo.txt", zip::write::SimpleFileOptions::default())
            .unwrap();
        std::io::Write::write_all(&mut zip, b"x").unwrap();
        let bytes = zip.finish().unwrap().into_inner();
        assert!(!is_docx(&bytes));
        let err = parse("archive.docx", &bytes).unwrap_err();
        assert!(err.to_string().contains("no word/document.xml"), "{err}");
    }
}
