//! The relevance benchmark's parts: real quotes read at run time from the
//! evaluation files ([`corpus`]), queries of each type generated from a fixed
//! seed ([`queries`]), tantivy set up two ways ([`tantivy_engine`]), and the
//! scores ([`metrics`]).

pub mod corpus;
pub mod metrics;
pub mod queries;
pub mod tantivy_engine;
