//! Citations and exports (issue 6).
