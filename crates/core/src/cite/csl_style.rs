//! CSL styles: the official APA, MLA and Chicago 17 files bundled with
//! Quotebook (in `styles/`), the styles hayagriva bundles, and any
//! independent CSL file a user points to (a newsroom's house style).

use std::path::Path;
use std::sync::OnceLock;

use hayagriva::archive::ArchivedStyle;
use hayagriva::citationberg::{self, IndependentStyle, Locale, LocaleFile, StyleClass};
use serde::{Deserialize, Serialize};

use super::style_error::StyleError;

/// Our bundled styles: name, aliases, file contents.
const OWN_STYLES: &[(&str, &[&str], &str)] = &[
    ("apa", &["apa-7", "apa7"], include_str!("styles/apa.csl")),
    (
        "mla",
        &["modern-language-association", "mla-9", "mla9"],
        include_str!("styles/modern-language-association.csl"),
    ),
    (
        "chicago",
        &[
            "chicago-fullnote",
            "chicago-fullnote-bibliography",
            "chicago-fullnote-bibliography-17",
            "chicago-17",
        ],
        include_str!("styles/chicago-fullnote-bibliography-17.csl"),
    ),
    (
        "chicago-short",
        &[
            "chicago-note-bibliography",
            "chicago-notes-bibliography",
            "chicago-note-bibliography-17",
        ],
        include_str!("styles/chicago-note-bibliography-17.csl"),
    ),
];

const EN_US_LOCALE: &str = include_str!("styles/locales-en-US.xml");

/// How a style cites: in notes (Chicago) or in the text (APA, MLA).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum StyleKind {
    Note,
    InText,
}

/// A style that can be named, as a settings screen lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct StyleInfo {
    /// What `--style` and [`CslStyle::bundled`] accept ("apa").
    pub name: String,
    /// The style's own title ("APA Style 7th edition").
    pub title: String,
    pub kind: StyleKind,
}

/// A parsed, independent CSL style, ready to render references.
#[derive(Debug, Clone)]
pub struct CslStyle {
    /// The name it was chosen by, or the path of its file.
    origin: String,
    pub(crate) csl: IndependentStyle,
}

impl CslStyle {
    /// A bundled style by name: Quotebook's own APA, MLA and Chicago 17
    /// ("chicago": full notes and bibliography, as a citation pasted alone
    /// needs; "chicago-short": short notes) first, then the styles hayagriva ships ("ieee", "harvard-cite-them-right").
    pub fn bundled(name: &str) -> Result<Self, StyleError> {
        let key = name.trim().to_lowercase();
        if let Some((own, _, xml)) = OWN_STYLES
            .iter()
            .find(|(n, aliases, _)| *n == key || aliases.contains(&key.as_str()))
        {
            return Self::from_xml(xml, own);
        }
        let archived = ArchivedStyle::by_name(&key).ok_or_else(|| StyleError::UnknownName {
            name: name.to_string(),
            known: "apa, mla, chicago, chicago-short".to_string(),
        })?;
        match archived.get() {
            citationberg::Style::Independent(csl) => Ok(CslStyle { origin: key, csl }),
            citationberg::Style::Dependent(d) => Err(StyleError::Dependent {
                origin: key,
                parent: d.parent_link.href,
            }),
        }
    }

    /// An independent CSL file.
    pub fn from_file(path: &Path) -> Result<Self, StyleError> {
        let xml = std::fs::read_to_string(path).map_err(|source| StyleError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        Self::from_xml(&xml, &path.display().to_string())
    }

    /// A style from its XML; `origin` names it in errors.
    pub fn from_xml(xml: &str, origin: &str) -> Result<Self, StyleError> {
        let style = citationberg::Style::from_xml(xml).map_err(|e| StyleError::Invalid {
            origin: origin.to_string(),
            // The XML problem itself, and where in the style it is.
            message: match &e.path {
                Some(path) if !path.to_string().is_empty() => format!("{} (at {path})", e.source),
                _ => e.source.to_string(),
            },
        })?;
        match style {
            citationberg::Style::Independent(csl) => Ok(CslStyle {
                origin: origin.to_string(),
                csl,
            }),
            citationberg::Style::Dependent(d) => Err(StyleError::Dependent {
                origin: origin.to_string(),
                parent: d.parent_link.href,
            }),
        }
    }

    /// What a user typed after `--style`: a path when it looks like one
    /// (has a slash or ends in `.csl`), a bundled name otherwise.
    pub fn resolve(spec: &str) -> Result<Self, StyleError> {
        if Self::is_path(spec) {
            Self::from_file(Path::new(spec))
        } else {
            Self::bundled(spec)
        }
    }

    /// Whether `--style` took this as a file's path rather than a name.
    pub fn is_path(spec: &str) -> bool {
        spec.contains(['/', '\\']) || spec.to_lowercase().ends_with(".csl")
    }

    /// The name it was chosen by, or its file's path.
    pub fn origin(&self) -> &str {
        &self.origin
    }

    pub fn title(&self) -> &str {
        &self.csl.info.title.value
    }

    pub fn kind(&self) -> StyleKind {
        match self.csl.settings.class {
            StyleClass::Note => StyleKind::Note,
            StyleClass::InText => StyleKind::InText,
        }
    }

    pub fn info(&self) -> StyleInfo {
        StyleInfo {
            name: self.origin.clone(),
            title: self.title().to_string(),
            kind: self.kind(),
        }
    }
}

/// The bundled styles, Quotebook's own first, each under its main name.
pub fn bundled_styles() -> Vec<StyleInfo> {
    let mut out: Vec<StyleInfo> = OWN_STYLES
        .iter()
        .filter_map(|(name, _, _)| CslStyle::bundled(name).ok())
        .map(|s| s.info())
        .collect();
    let taken = |name: &str| {
        OWN_STYLES
            .iter()
            .any(|(n, aliases, _)| *n == name || aliases.contains(&name))
    };
    for archived in ArchivedStyle::all() {
        // Listed under its shortest name ("ieee"); left out where one of
        // its names is ours ("apa", "modern-language-association").
        let names = archived.names();
        let Some(name) = names.iter().min_by_key(|n| n.len()) else {
            continue;
        };
        if names.iter().any(|n| taken(n)) {
            continue;
        }
        if let citationberg::Style::Independent(csl) = archived.get() {
            out.push(
                CslStyle {
                    origin: name.to_string(),
                    csl,
                }
                .info(),
            );
        }
    }
    out
}

/// The locales styles look their terms up in: the official en-US file we
/// bundle first, then hayagriva's set for styles in other languages.
pub(crate) fn locales() -> &'static [Locale] {
    static LOCALES: OnceLock<Vec<Locale>> = OnceLock::new();
    LOCALES.get_or_init(|| {
        let mut all: Vec<Locale> = Vec::new();
        // The bundled file is tested to parse; were it ever broken, hayagriva's
        // own en-US still serves.
        if let Ok(en) = LocaleFile::from_xml(EN_US_LOCALE) {
            all.push(en.into());
        }
        all.extend(hayagriva::archive::locales());
        all
    })
}

/// A bundled style parsed once per process (APA, MLA, Chicago are rendered
/// for every copied citation).
pub(crate) fn own_style(name: &'static str) -> Option<&'static CslStyle> {
    static CACHE: OnceLock<Vec<(&'static str, CslStyle)>> = OnceLock::new();
    CACHE
        .get_or_init(|| {
            OWN_STYLES
                .iter()
                .filter_map(|(n, _, _)| CslStyle::bundled(n).ok().map(|s| (*n, s)))
                .collect()
        })
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, s)| s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn our_styles_parse_and_are_listed_first() {
        let list = bundled_styles();
        let names: Vec<&str> = list.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(&names[..4], ["apa", "mla", "chicago", "chicago-short"]);
        assert_eq!(list[0].title, "APA Style 7th edition");
        assert_eq!(list[2].kind, StyleKind::Note);
        assert!(names.contains(&"ieee"), "hayagriva's styles are listed too");
        assert!(!locales().is_empty());
    }

    #[test]
    fn aliases_and_case_name_the_same_style() {
        let a = CslStyle::bundled("Modern-Language-Association").unwrap();
        assert_eq!(a.origin(), "mla");
    }

    #[test]
    fn an_unknown_name_says_what_exists() {
        let err = CslStyle::bundled("apa-8").unwrap_err();
        assert!(matches!(err, StyleError::UnknownName { .. }));
        assert!(err.to_string().contains("chicago"));
    }

    #[test]
    fn a_broken_file_names_the_file() {
        let err = CslStyle::from_xml("<style><info>", "house.csl").unwrap_err();
        assert!(err
            .to_string()
            .starts_with("house.csl: not a valid CSL style"));
    }
}
