//! Where the quote was read: the outlet that printed it and the wire service
//! it credits, kept apart ("China Daily" and "Xinhua").

use super::punct::present;
use super::rich::Rich;
use crate::model::ArticleMeta;

/// A publication named in a citation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Publication<'a> {
    /// A newspaper, site or broadcaster.
    Outlet(&'a str),
    /// A news agency.
    Wire(&'a str),
}

pub struct Source<'a> {
    pub outlet: Option<&'a str>,
    pub wire: Option<&'a str>,
}

impl<'a> Source<'a> {
    pub fn of(meta: &'a ArticleMeta) -> Self {
        let outlet = present(meta.outlet.as_deref());
        // An outlet that is itself the agency is not credited twice.
        let wire = present(meta.wire.as_deref())
            .filter(|w| !outlet.is_some_and(|o| o.eq_ignore_ascii_case(w)));
        Source { outlet, wire }
    }

    /// Who "reported" the words: the wire service when the article credits
    /// one, as its reporters heard them; else the outlet.
    pub fn reporter(&self) -> Option<Publication<'a>> {
        self.wire
            .map(Publication::Wire)
            .or(self.outlet.map(Publication::Outlet))
    }

    /// "China Daily/Xinhua", either part alone, or nothing.
    pub fn write_credit(&self, out: &mut Rich) -> bool {
        match (self.outlet, self.wire) {
            (Some(outlet), Some(wire)) => {
                out.italic(outlet).text("/").text(wire);
            }
            (Some(outlet), None) => {
                out.italic(outlet);
            }
            (None, Some(wire)) => {
                out.text(wire);
            }
            (None, None) => return false,
        }
        true
    }
}
