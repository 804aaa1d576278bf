//! A citation style as a user names it (in the settings, or after
//! `--style`): one of Quotebook's own renderings, a bundled CSL style by
//! name, or the path of a newsroom's own CSL file.

use serde::{Deserialize, Serialize};

use super::{bundled_styles, cite, cite_reference, Citation, CiteOptions, CslStyle, QuoteRef};
use super::{Style, StyleError, StyleKind};

/// A style ready to cite with.
#[derive(Debug, Clone)]
pub enum StyleChoice {
    /// The AP sentence, the compact line, or one of the fixed Chicago forms
    /// (a note alone, a bibliography entry alone) settings of earlier
    /// versions may hold.
    Own(Style),
    /// A CSL style, bundled or from a file.
    Csl(Box<CslStyle>),
}

impl StyleChoice {
    /// What a user named: `ap`, `line`, `chicago-note`, `chicago-bib`, a
    /// bundled CSL style (`apa`, `chicago`, `ieee`, ...), or a path to a
    /// `.csl` file. A file is read and checked here, so a file that is not a
    /// CSL style is reported when it is chosen, not at the first citation.
    pub fn resolve(spec: &str) -> Result<Self, StyleError> {
        let own = match spec.trim().to_lowercase().as_str() {
            "ap" => Some(Style::Ap),
            "line" => Some(Style::Line),
            "chicago-note" => Some(Style::ChicagoNote),
            "chicago-bib" | "chicago-bibliography" => Some(Style::ChicagoBibliography),
            _ => None,
        };
        Ok(match own {
            Some(style) => StyleChoice::Own(style),
            None => StyleChoice::Csl(Box::new(CslStyle::resolve(spec.trim())?)),
        })
    }

    /// Cites one quote in this style.
    pub fn cite(&self, q: QuoteRef<'_>, options: &CiteOptions) -> Result<Citation, StyleError> {
        match self {
            StyleChoice::Own(style) => Ok(cite(q, *style, options)),
            StyleChoice::Csl(style) => cite_reference(q, style, options),
        }
    }

    /// The style's title, as the settings show it.
    pub fn title(&self) -> String {
        match self {
            StyleChoice::Own(style) => own_label(*style).to_string(),
            StyleChoice::Csl(style) => style.title().to_string(),
        }
    }
}

fn own_label(style: Style) -> &'static str {
    match style {
        Style::Ap => "AP attribution sentence",
        Style::Line => "Compact attribution line",
        Style::Apa => "APA Style 7th edition",
        Style::Mla => "MLA Handbook 9th edition",
        Style::ChicagoNote => "Chicago 17th edition, note only",
        Style::ChicagoBibliography => "Chicago 17th edition, bibliography entry only",
    }
}

/// Who made a style the settings offer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum StyleOrigin {
    /// Quotebook's own attribution forms (no CSL style attributes a quote).
    Quotebook,
    /// A CSL style bundled with Quotebook.
    Csl,
    /// A CSL file of the user's own (a newsroom's house style).
    File,
}

/// One entry of the settings' style picker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct StyleOption {
    /// What the setting stores and [`StyleChoice::resolve`] takes.
    pub value: String,
    /// The style's human title, with what it renders where the title alone
    /// does not say ("full notes and bibliography").
    pub label: String,
    pub origin: StyleOrigin,
}

/// Checks a style as the user chose it and says what it is: for a file,
/// its title as the file gives it. An error names the file and what is
/// wrong with it.
pub fn check_style(spec: &str) -> Result<StyleOption, StyleError> {
    let choice = StyleChoice::resolve(spec)?;
    let origin = match &choice {
        StyleChoice::Own(_) => StyleOrigin::Quotebook,
        StyleChoice::Csl(_) if CslStyle::is_path(spec.trim()) => StyleOrigin::File,
        StyleChoice::Csl(_) => StyleOrigin::Csl,
    };
    // A bundled style is labelled as the picker lists it.
    let listed = style_options()
        .into_iter()
        .find(|o| o.value == spec.trim().to_lowercase() && origin != StyleOrigin::File);
    Ok(listed.unwrap_or(StyleOption {
        value: spec.trim().to_string(),
        label: choice.title(),
        origin,
    }))
}

/// Every style that can be chosen by name: our own AP sentence and compact
/// line, then every bundled CSL style under its title.
pub fn style_options() -> Vec<StyleOption> {
    let own = [("ap", Style::Ap), ("line", Style::Line)].map(|(value, style)| StyleOption {
        value: value.to_string(),
        label: own_label(style).to_string(),
        origin: StyleOrigin::Quotebook,
    });
    let csl = bundled_styles().into_iter().map(|info| {
        // Our two Chicago files differ in their notes; their titles say
        // "full note" and "note", which a journalist cannot tell apart.
        let what = match (info.name.as_str(), info.kind) {
            ("chicago", _) => " — full notes and bibliography",
            ("chicago-short", _) => " — short notes and bibliography",
            (_, StyleKind::Note) => " — notes and bibliography",
            (_, StyleKind::InText) => "",
        };
        StyleOption {
            label: format!("{}{what}", info.title),
            value: info.name,
            origin: StyleOrigin::Csl,
        }
    });
    own.into_iter().chain(csl).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ArticleMeta, ExtractedQuote};

    #[test]
    fn own_names_bundled_names_and_files_resolve() {
        assert!(matches!(
            StyleChoice::resolve("AP").unwrap(),
            StyleChoice::Own(Style::Ap)
        ));
        assert!(matches!(
            StyleChoice::resolve("chicago-bibliography").unwrap(),
            StyleChoice::Own(Style::ChicagoBibliography)
        ));
        let ieee = StyleChoice::resolve("ieee").unwrap();
        assert!(matches!(ieee, StyleChoice::Csl(_)));
        assert!(ieee.title().starts_with("IEEE"), "{}", ieee.title());

        let dir = tempfile::tempdir().unwrap();
        let not_csl = dir.path().join("notes.csl");
        std::fs::write(&not_csl, "<html><body>not a style</body></html>").unwrap();
        let err = StyleChoice::resolve(&not_csl.display().to_string()).unwrap_err();
        assert_eq!(err.code(), crate::ErrorCode::InvalidStyle);
        assert!(err.to_string().contains("notes.csl"), "{err}");
        assert!(err.to_string().contains("not a valid CSL style"), "{err}");
        let missing = dir.path().join("gone.csl").display().to_string();
        let err = check_style(&missing).unwrap_err();
        assert!(err.to_string().contains("gone.csl"), "{err}");
    }

    #[test]
    fn a_checked_file_is_named_by_its_title_and_a_bundled_style_as_listed() {
        let house = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../tests/fixtures/styles/house.csl");
        let checked = check_style(&house.display().to_string()).unwrap();
        assert_eq!(checked.origin, StyleOrigin::File);
        assert_eq!(checked.label, "Harbour Courier house style");
        let cited = StyleChoice::resolve(&checked.value)
            .unwrap()
            .cite(harbour_quote().as_ref(), &options())
            .unwrap();
        assert_eq!(
            cited.text,
            "The Harbour Courier, “Harbour wall approved” (14 March 2025)."
        );
        assert!(
            cited.html.contains("<i>The Harbour Courier</i>"),
            "{}",
            cited.html
        );
        let chicago = check_style("chicago").unwrap();
        assert_eq!(chicago.origin, StyleOrigin::Csl);
        assert!(chicago.label.ends_with("full notes and bibliography"));
        assert_eq!(check_style("ap").unwrap().origin, StyleOrigin::Quotebook);
    }

    #[test]
    fn the_picker_lists_our_forms_then_every_bundled_style_by_title() {
        let options = style_options();
        let values: Vec<&str> = options.iter().map(|o| o.value.as_str()).collect();
        assert_eq!(
            &values[..6],
            ["ap", "line", "apa", "mla", "chicago", "chicago-short"]
        );
        assert_eq!(options.len(), 2 + bundled_styles().len());
        let label = |v: &str| &options.iter().find(|o| o.value == v).unwrap().label;
        assert!(label("chicago").ends_with("full notes and bibliography"));
        assert!(label("chicago-short").ends_with("short notes and bibliography"));
        assert_eq!(label("apa"), "APA Style 7th edition");
        // Every listed name resolves to the style it is listed as.
        for option in &options {
            let choice = StyleChoice::resolve(&option.value).unwrap();
            assert!(option.label.starts_with(&choice.title()), "{option:?}");
        }
    }

    /// A quote with its article, owned so tests can borrow it.
    struct Cited {
        quote: ExtractedQuote,
        article: ArticleMeta,
    }

    impl Cited {
        fn as_ref(&self) -> QuoteRef<'_> {
            QuoteRef {
                quote: &self.quote,
                article: &self.article,
            }
        }
    }

    fn harbour_quote() -> Cited {
        let text = "This wall is the least we owe them.";
        Cited {
            article: ArticleMeta {
                title: Some("Harbour wall approved".into()),
                outlet: Some("The Harbour Courier".into()),
                published: Some("2025-03-14".parse().unwrap()),
                ..Default::default()
            },
            quote: ExtractedQuote {
                text: text.into(),
                start: 0,
                end: text.len(),
                kind: crate::model::QuoteKind::Direct,
                speaker: Some("Helena Marsh".into()),
                speaker_kind: Some(crate::model::SpeakerKind::Person),
                speaker_mention: None,
                role: Some("Mayor".into()),
                date: None,
                venue: None,
                cue: Some("said".into()),
                confidence: 0.9,
                paragraph_start: 0,
                paragraph_end: text.len(),
            },
        }
    }

    fn options() -> CiteOptions {
        CiteOptions::new("2025-03-20".parse().unwrap())
    }

    #[test]
    fn a_csl_choice_cites_the_article_and_an_own_choice_the_quote() {
        let cited = harbour_quote();
        let ap = StyleChoice::resolve("ap")
            .unwrap()
            .cite(cited.as_ref(), &options())
            .unwrap();
        assert!(ap.text.contains("least we owe them"), "{}", ap.text);
        let ieee = StyleChoice::resolve("ieee")
            .unwrap()
            .cite(cited.as_ref(), &options())
            .unwrap();
        assert!(ieee.text.contains("Harbour wall approved"), "{}", ieee.text);
        assert!(!ieee.text.contains("least we owe them"), "{}", ieee.text);
    }
}
