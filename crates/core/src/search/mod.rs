//! As-you-type fuzzy search over quote text (issue 5).
