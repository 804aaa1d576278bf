//! `quotebook export --format csv|json|markdown|csl-json [filters] [-o FILE]`

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use quotebook_core::cite::export::{
    export, CsvOptions, ExportError, ExportFormat, ExportOptions, Selection,
};

use quotebook_core::store::is_sqlite_file;

use super::filter_args::FilterArgs;
use super::output::clean;
use super::Context;

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FormatArg {
    Csv,
    Json,
    Markdown,
    CslJson,
}

impl From<FormatArg> for ExportFormat {
    fn from(f: FormatArg) -> Self {
        match f {
            FormatArg::Csv => ExportFormat::Csv,
            FormatArg::Json => ExportFormat::Json,
            FormatArg::Markdown => ExportFormat::Markdown,
            FormatArg::CslJson => ExportFormat::CslJson,
        }
    }
}

#[derive(clap::Args)]
pub struct Args {
    #[arg(long, value_enum)]
    format: FormatArg,
    #[command(flatten)]
    filter: FilterArgs,
    /// Start a CSV with a byte order mark, for spreadsheet programs.
    #[arg(long)]
    bom: bool,
    /// Leave CSV cells that start with = + - @ as they are. By default they
    /// get an apostrophe in front, so a spreadsheet shows them instead of
    /// running them (article text is untrusted).
    #[arg(long)]
    no_guard_formulas: bool,
    /// The default now; still accepted so older scripts keep working.
    #[arg(long, hide = true, conflicts_with = "no_guard_formulas")]
    guard_formulas: bool,
    /// The access date written into CSL-JSON records. Default: today.
    #[arg(long, value_name = "DATE")]
    today: Option<NaiveDate>,
    /// Write to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Replace FILE even if it is a database (a library, any SQLite file).
    #[arg(long)]
    force: bool,
}

pub fn run(ctx: &Context, args: Args) -> Result<ExitCode, quotebook_core::Error> {
    if let Some(path) = &args.output {
        refuse_to_replace_a_database(ctx, path, args.force)?;
    }
    let library = ctx.open_library()?;
    let filter = args.filter.into_filter();
    let selection = Selection::load(&library, &filter)?;
    let options = ExportOptions {
        csv: CsvOptions {
            bom: args.bom,
            guard_formulas: !args.no_guard_formulas,
        },
        today: args
            .today
            .unwrap_or_else(|| chrono::Local::now().date_naive()),
    };
    let format: ExportFormat = args.format.into();
    // Markdown is read by people, in a terminal or an editor: untrusted
    // text in it is cleaned of control characters. CSV keeps the text as
    // stored; JSON escapes control characters itself.
    let write_export = |out: &mut dyn Write| -> Result<(), ExportError> {
        if format == ExportFormat::Markdown {
            let mut buffer = Vec::new();
            export(&selection, format, &options, &mut buffer)?;
            let text = String::from_utf8_lossy(&buffer);
            out.write_all(clean(&text).as_bytes())?;
            Ok(())
        } else {
            export(&selection, format, &options, out)
        }
    };
    match args.output {
        Some(path) => {
            write_file(&path, |out| write_export(out))?;
            let n = selection.quotes.len();
            let noun = if n == 1 { "quote" } else { "quotes" };
            eprintln!("exported {n} {noun} to {}", path.display());
        }
        None => {
            let stdout = std::io::stdout();
            let mut out = BufWriter::new(stdout.lock());
            write_export(&mut out)?;
            out.flush().map_err(ExportError::from)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `-o` never replaces a database: writing an export over the library (or
/// another program's database) would destroy it. `--force` says it is meant.
fn refuse_to_replace_a_database(
    ctx: &Context,
    path: &Path,
    force: bool,
) -> Result<(), quotebook_core::Error> {
    if force {
        return Ok(());
    }
    let library = ctx.library_path();
    let is_library = path == library
        || matches!((path.canonicalize(), library.canonicalize()), (Ok(a), Ok(b)) if a == b);
    if is_library || is_sqlite_file(path) {
        let what = if is_library {
            "the library itself"
        } else {
            "a SQLite database"
        };
        return Err(quotebook_core::Error::InvalidInput(format!(
            "{}: is {what}; an export will not replace it (choose another file, or pass --force)",
            path.display()
        )));
    }
    Ok(())
}

/// Writes beside `path` first and renames, so a failed export never leaves a
/// half-written file or clobbers an earlier export.
fn write_file(
    path: &Path,
    write: impl FnOnce(&mut BufWriter<File>) -> Result<(), ExportError>,
) -> Result<(), ExportError> {
    let file_error = |source| ExportError::File {
        path: path.display().to_string(),
        source,
    };
    let mut partial = path.as_os_str().to_owned();
    partial.push(".partial");
    let partial = PathBuf::from(partial);
    let result = (|| {
        let mut out = BufWriter::new(File::create(&partial).map_err(file_error)?);
        write(&mut out)?;
        out.into_inner()
            .map_err(|e| file_error(e.into_error()))?
            .sync_all()
            .map_err(file_error)?;
        std::fs::rename(&partial, path).map_err(file_error)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&partial);
    }
    result
}
