//! IPC commands, one module per feature.

pub mod library;
