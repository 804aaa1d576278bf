//! The filter flags that `quotes` and `export` share, so both select quotes
//! the same way and say so the same way in `--help`.

use chrono::NaiveDate;
use quotebook_core::store::{QuoteFilter, QuoteStatus};

#[derive(clap::Args)]
pub struct FilterArgs {
    /// Speaker: every word must begin a word of the name or an alias
    /// ("netanyahu", "benjamin net"); case does not matter.
    #[arg(long, value_name = "NAME")]
    speaker: Option<String>,
    /// First day (inclusive) of the date said, or published when unknown.
    #[arg(long, value_name = "YYYY-MM-DD")]
    from: Option<NaiveDate>,
    /// Last day (inclusive).
    #[arg(long, value_name = "YYYY-MM-DD")]
    to: Option<NaiveDate>,
    /// Outlet or wire service: every word must begin a word of its name.
    #[arg(long, value_name = "NAME")]
    outlet: Option<String>,
    /// unverified, verified or disputed.
    #[arg(long, value_name = "STATUS", value_parser = parse_status)]
    status: Option<QuoteStatus>,
    /// Only the quotes of this article.
    #[arg(long, value_name = "ID")]
    article: Option<i64>,
}

impl FilterArgs {
    pub fn into_filter(self) -> QuoteFilter {
        QuoteFilter {
            speaker: self.speaker,
            from: self.from,
            to: self.to,
            outlet: self.outlet,
            status: self.status,
            article_id: self.article,
            ..QuoteFilter::default()
        }
    }
}

pub fn parse_status(s: &str) -> Result<QuoteStatus, String> {
    QuoteStatus::parse(s)
        .ok_or_else(|| format!("`{s}` is not a status: use unverified, verified or disputed"))
}
