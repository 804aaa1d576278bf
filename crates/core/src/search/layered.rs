//! Changes layered over a mapped index instead of copied into it.
//!
//! Changing a mapped index copies all of it into memory (a second or more at
//! a million quotes), and saving it again rewrites a 270 MB file: too much
//! for a one-off CLI query after an import of a few articles. So the quotes
//! changed since the file was saved are indexed on their own, in a small
//! index over the mapped one: the mapped index passes over every quote the
//! change feed names ([`Index::hidden`]), the small one holds their current
//! form, and a query asks both and merges the answers by the same ranking
//! key. Which words are common is judged by the large index for both, so a
//! quote ranks the same whichever layer holds it.

use super::engine::{Layer, FALLBACK_BELOW};
use super::index::Index;
use super::query::{Filters, Query};
use super::{SearchError, SearchResults};

impl Index {
    /// Searches this index with `top` layered over it: `top` holds the
    /// quotes this index hides (changed since it was saved).
    pub(super) fn search_layered(
        &self,
        top: &Index,
        input: &str,
        filters: &Filters,
        limit: usize,
    ) -> Result<SearchResults, SearchError> {
        let mut query = super::query::parse(input)?;
        query.filters = query.filters.and(filters);
        Ok(self.search_query_layered(top, &query, limit))
    }

    fn search_query_layered(&self, top: &Index, query: &Query, limit: usize) -> SearchResults {
        let below = self.search_layer(query, limit, self);
        let above = top.search_layer(query, limit, self);
        merge(below, above, limit)
    }
}

/// Both layers' hits in one ranking: best score first, ties newest first,
/// as each layer orders its own. A layer falls back to quotes missing a
/// word when it alone has fewer than [`FALLBACK_BELOW`] holding every word;
/// when both together have enough, those fallbacks are dropped, as one
/// index holding all the quotes would not have looked for them.
fn merge(below: Layer, above: Layer, limit: usize) -> SearchResults {
    let enough = below.holding_all + above.holding_all >= FALLBACK_BELOW;
    let mut total = below.total + above.total;
    if enough {
        total -= below.fallback_total + above.fallback_total;
    }
    let mut hits = below.hits;
    hits.extend(above.hits);
    hits.retain(|h| !(enough && h.fallback));
    hits.sort_by(|a, b| {
        b.hit
            .score
            .cmp(&a.hit.score)
            .then_with(|| b.date_key.cmp(&a.date_key))
    });
    hits.truncate(limit);
    Layer {
        hits,
        total,
        approximate: below.approximate || above.approximate,
        holding_all: below.holding_all + above.holding_all,
        fallback_total: 0,
    }
    .into_results()
}
