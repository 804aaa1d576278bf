//! The TypeScript declarations of every type that crosses IPC, generated from
//! the Rust types so the UI never writes them a second time.
//! `tests/bindings.rs` fails when `ui/src/lib/bindings.ts` is stale, and
//! rewrites it when run with `UPDATE_BINDINGS=1`.

use ts_rs::{Config, TS};

/// Appends `export type Name = ...;` for each listed type.
macro_rules! declarations {
    ($cfg:expr, $($ty:ty),* $(,)?) => {{
        let mut out = String::new();
        $(
            out.push_str("export ");
            out.push_str(&<$ty as TS>::decl($cfg));
            out.push_str("\n\n");
        )*
        out
    }};
}

/// The whole generated file.
pub fn typescript_bindings() -> String {
    // Row ids and counts stay far below 2^53, so plain numbers serve the UI
    // better than bigint.
    let cfg = Config::new().with_large_int("number");
    let body = declarations!(
        &cfg,
        quotebook_core::ErrorCode,
        quotebook_core::QuoteKind,
        quotebook_core::SpeakerKind,
        quotebook_core::ExtractedQuote,
        quotebook_core::ArticleMeta,
        quotebook_core::store::QuoteStatus,
        quotebook_core::store::QuoteRecord,
        quotebook_core::store::QuoteFilter,
        quotebook_core::store::SpeakerSummary,
        quotebook_core::store::RoleSeen,
        quotebook_core::service::MergeSuggestion,
        quotebook_core::store::Change,
        quotebook_core::store::ImportStatus,
        quotebook_core::store::ArticleField,
        quotebook_core::store::ArticleCorrection,
        quotebook_core::import::batch::FileResult,
        quotebook_core::import::batch::BatchSummary,
        quotebook_core::cite::Style,
        quotebook_core::cite::StyleOrigin,
        quotebook_core::cite::StyleOption,
        quotebook_core::cite::export::ExportFormat,
        quotebook_core::service::SpeakerProfile,
        quotebook_core::service::MergeCandidate,
        quotebook_core::service::Settings,
        quotebook_core::service::MonthCount,
        quotebook_core::service::CountedName,
        quotebook_core::cite::Citation,
        crate::error::CommandError,
        crate::error::Code,
        quotebook_sync::SyncErrorCode,
        quotebook_sync::SyncStatus,
        crate::commands::sync::SyncDone,
        crate::commands::sync::SyncStep,
        crate::commands::library::LibraryStatus,
        crate::commands::quotes::QuoteDetail,
        crate::commands::quotes::ArticleSummary,
        crate::commands::quotes::EditField,
        crate::commands::articles::ArticlePage,
        crate::commands::articles::QuoteMark,
        crate::commands::import::ImportProgress,
        crate::commands::import::ReceiverConnection,
        crate::commands::search::SearchRequest,
        crate::commands::search::QuoteRow,
        crate::commands::search::SearchPage,
    );
    format!(
        "// Generated from the Rust types by src-tauri/tests/bindings.rs. Do not edit:\n\
         // run `UPDATE_BINDINGS=1 cargo test -p quotebook-app --test bindings` instead.\n\n{}",
        body.trim_end()
    ) + "\n"
}
