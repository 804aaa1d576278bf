//! Cues by position, so each quote finds its nearest cue in logarithmic time.
//! A scan of every cue for every quote made a quote-dense article quadratic
//! (100,000 quotes on one line took minutes); these lookups give the same
//! answers as those scans.

use super::attribution::Cue;
use super::lexicon::FastMap;
use super::resolve::Speaker;

/// The resolved cues (those that name someone) by sentence and paragraph.
/// Cues come in text order, one per verb token, so every list below is in
/// ascending order of index, of verb token and of offset alike.
/// (The maps hash with FNV: their keys are small numbers, and they are
/// never iterated.)
pub struct CueIndex {
    usable: Vec<usize>,
    by_sentence: FastMap<usize, Vec<usize>>,
    by_para: FastMap<usize, Vec<usize>>,
    /// `suffix_min_at[k]`: the smallest offset among `usable[k..]`.
    suffix_min_at: Vec<usize>,
}

impl CueIndex {
    pub fn new(cues: &[Cue], resolved: &[Option<Speaker>]) -> Self {
        debug_assert!(cues.windows(2).all(|w| w[0].verb < w[1].verb));
        let usable: Vec<usize> = (0..cues.len()).filter(|&i| resolved[i].is_some()).collect();
        let mut by_sentence: FastMap<usize, Vec<usize>> = FastMap::default();
        let mut by_para: FastMap<usize, Vec<usize>> = FastMap::default();
        for &i in &usable {
            by_sentence.entry(cues[i].sentence).or_default().push(i);
            by_para.entry(cues[i].para).or_default().push(i);
        }
        let mut suffix_min_at = vec![usize::MAX; usable.len()];
        let mut min = usize::MAX;
        for k in (0..usable.len()).rev() {
            min = min.min(cues[usable[k]].at);
            suffix_min_at[k] = min;
        }
        CueIndex {
            usable,
            by_sentence,
            by_para,
            suffix_min_at,
        }
    }

    /// Resolved cues of a sentence that may be nearest to the token span
    /// `open..=close`: those inside it and the nearest one on either side.
    pub fn near_in_sentence(
        &self,
        cues: &[Cue],
        sentence: usize,
        open: usize,
        close: usize,
    ) -> Vec<usize> {
        near(cues, self.by_sentence.get(&sentence), open, close, None)
    }

    /// As [`Self::near_in_sentence`], for a paragraph, never returning `not`.
    pub fn near_in_paragraph(
        &self,
        cues: &[Cue],
        para: usize,
        open: usize,
        close: usize,
        not: Option<usize>,
    ) -> Vec<usize> {
        near(cues, self.by_para.get(&para), open, close, not)
    }

    /// The resolved cue of highest index whose offset is before `offset`.
    pub fn latest_before(&self, offset: usize) -> Option<usize> {
        // suffix_min_at is non-decreasing, so the cues whose suffix holds an
        // offset before `offset` form a prefix; its last one is the answer.
        let k = self.suffix_min_at.partition_point(|&m| m < offset);
        k.checked_sub(1).map(|k| self.usable[k])
    }
}

/// The candidates for the nearest cue of `list` (ascending by verb) to the
/// span: every cue inside it, and the closest before and after it other than
/// `not`. Whatever ranks cues by their distance to the span finds its best
/// among these; they come in ascending order, so ties resolve as in a scan.
fn near(
    cues: &[Cue],
    list: Option<&Vec<usize>>,
    open: usize,
    close: usize,
    not: Option<usize>,
) -> Vec<usize> {
    let Some(list) = list else {
        return Vec::new();
    };
    let lo = list.partition_point(|&i| cues[i].verb < open);
    let hi = list.partition_point(|&i| cues[i].verb <= close);
    let mut out = Vec::with_capacity(hi - lo + 2);
    if let Some(&i) = list[..lo].iter().rev().find(|&&i| Some(i) != not) {
        out.push(i);
    }
    out.extend(list[lo..hi].iter().copied().filter(|&i| Some(i) != not));
    if let Some(&i) = list[hi..].iter().find(|&&i| Some(i) != not) {
        out.push(i);
    }
    out
}
