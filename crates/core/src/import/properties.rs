//! What a document file says about itself (a PDF's information dictionary,
//! a DOCX's core properties), and how it fills an article's metadata.

use chrono::NaiveDate;

use crate::model::ArticleMeta;

#[derive(Debug, Default)]
pub(super) struct DocumentProperties {
    pub title: Option<String>,
    pub author: Option<String>,
    pub created: Option<NaiveDate>,
}

impl DocumentProperties {
    /// The file's own title and author win over what the text suggested; its
    /// creation date only stands in for a date the text does not give.
    pub fn apply(self, meta: &mut ArticleMeta) {
        if self.title.is_some() {
            meta.title = self.title;
        }
        if self.author.is_some() {
            meta.byline = self.author;
        }
        if meta.published.is_none() {
            meta.published = self.created;
        }
    }
}
