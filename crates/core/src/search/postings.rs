//! Walking sorted posting lists from the newest doc number down.
//!
//! Doc numbers grow as quotes are added (and the index is built oldest quote
//! first), so walking down visits the newest quotes first: when there are more
//! candidates than can be re-ranked, the ones kept are the newest.

use std::collections::BinaryHeap;

/// The union of several ascending lists, yielded in descending order without
/// duplicates (a k-way merge: it never materializes the union).
pub struct DescendingUnion<'a> {
    lists: Vec<&'a [u32]>,
    heap: BinaryHeap<(u32, usize)>,
    /// How many list entries have been consumed, duplicates included: with the
    /// lists' total length it estimates how far the walk has got.
    pub consumed: usize,
    /// The lowest index of the lists that held the doc last yielded: with
    /// lists given best first, which one matched best.
    pub best_list: usize,
}

impl<'a> DescendingUnion<'a> {
    pub fn new(lists: Vec<&'a [u32]>) -> Self {
        let heap = lists
            .iter()
            .enumerate()
            .filter_map(|(i, l)| l.last().map(|&d| (d, i)))
            .collect();
        DescendingUnion {
            lists,
            heap,
            consumed: 0,
            best_list: usize::MAX,
        }
    }
}

impl DescendingUnion<'_> {
    /// Whether every list has been walked to its end.
    pub fn is_exhausted(&self) -> bool {
        self.heap.is_empty()
    }
}

impl Iterator for DescendingUnion<'_> {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        let (doc, _) = *self.heap.peek()?;
        self.best_list = usize::MAX;
        while let Some(mut top) = self.heap.peek_mut() {
            if top.0 != doc {
                break;
            }
            self.consumed += 1;
            self.best_list = self.best_list.min(top.1);
            let list = &mut self.lists[top.1];
            *list = &list[..list.len() - 1];
            match list.last() {
                Some(&next) => top.0 = next,
                None => {
                    std::collections::binary_heap::PeekMut::pop(top);
                }
            }
        }
        Some(doc)
    }
}

/// Answers "does this list contain `doc`?" for a descending sequence of docs,
/// galloping down from where the previous answer left off.
pub struct DescendingCursor<'a> {
    list: &'a [u32],
    /// Entries at `end` and beyond are all greater than the docs still to come.
    end: usize,
}

impl<'a> DescendingCursor<'a> {
    pub fn new(list: &'a [u32]) -> Self {
        DescendingCursor {
            list,
            end: list.len(),
        }
    }

    /// Starts over from the top of the list, for a new descending sequence.
    pub fn rewind(&mut self) {
        self.end = self.list.len();
    }

    /// Whether the list contains `doc`; `doc` must not exceed earlier queries.
    pub fn contains(&mut self, doc: u32) -> bool {
        let list = &self.list[..self.end];
        // Gallop down to a window whose first entry is <= doc.
        let mut step = 1;
        let mut lo = list.len();
        while lo > 0 && list[lo - 1] > doc {
            let next = lo.saturating_sub(step);
            if list[next] <= doc {
                break;
            }
            lo = next;
            step *= 2;
        }
        let window_start = lo.saturating_sub(step);
        let found = list[window_start..lo].partition_point(|&d| d <= doc) + window_start;
        self.end = found;
        found > 0 && list[found - 1] == doc
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_union_is_descending_without_duplicates() {
        let a = [1, 4, 9];
        let b = [2, 4, 10];
        let c: [u32; 0] = [];
        let union: Vec<u32> = DescendingUnion::new(vec![&a, &b, &c]).collect();
        assert_eq!(union, [10, 9, 4, 2, 1]);
        let mut walk = DescendingUnion::new(vec![&a, &b]);
        let best: Vec<(u32, usize)> =
            std::iter::from_fn(|| walk.next().map(|d| (d, walk.best_list))).collect();
        assert_eq!(best, [(10, 1), (9, 0), (4, 0), (2, 1), (1, 0)]);
    }

    #[test]
    fn the_cursor_answers_membership_for_descending_docs() {
        let list: Vec<u32> = (0..1000).map(|i| i * 3).collect();
        let mut cursor = DescendingCursor::new(&list);
        let answers: Vec<bool> = [2999, 2997, 2996, 1500, 1499, 3, 0]
            .iter()
            .map(|&d| cursor.contains(d))
            .collect();
        assert_eq!(answers, [false, true, false, true, false, true, true]);
        assert!(!DescendingCursor::new(&[]).contains(5));
    }
}
