//! Recall at 1 and 10 and the mean reciprocal rank within the first 10.

/// Where each query's wanted quote ranked (1-based), if within the first 10.
#[derive(Debug, Default, Clone)]
pub struct Ranks(pub Vec<Option<usize>>);

impl Ranks {
    pub fn push(&mut self, rank: Option<usize>) {
        self.0.push(rank.filter(|&r| r <= 10));
    }

    fn share(&self, f: impl Fn(usize) -> f64) -> f64 {
        if self.0.is_empty() {
            return 0.0;
        }
        self.0.iter().map(|r| r.map_or(0.0, &f)).sum::<f64>() / self.0.len() as f64
    }

    pub fn recall_at_1(&self) -> f64 {
        self.share(|r| f64::from(u8::from(r == 1)))
    }

    pub fn recall_at_10(&self) -> f64 {
        self.share(|_| 1.0)
    }

    pub fn mrr_at_10(&self) -> f64 {
        self.share(|r| 1.0 / r as f64)
    }
}

/// The 1-based rank of `wanted` among `ids`.
pub fn rank_of(ids: &[i64], wanted: i64) -> Option<usize> {
    ids.iter().position(|&id| id == wanted).map(|i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_figures_follow_their_definitions() {
        let mut r = Ranks::default();
        r.push(Some(1));
        r.push(Some(2));
        r.push(None);
        r.push(Some(11));
        assert_eq!(r.recall_at_1(), 0.25);
        assert_eq!(r.recall_at_10(), 0.5);
        assert_eq!(r.mrr_at_10(), 1.5 / 4.0);
        assert_eq!(rank_of(&[5, 7, 9], 9), Some(3));
        assert_eq!(rank_of(&[5], 9), None);
    }
}
