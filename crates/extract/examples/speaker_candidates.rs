//! Prints an article's quotes as `quotebook extract --format json` does, with
//! the speaker scorer's weights read from a file and, on request, every
//! candidate speaker each quote was chosen from. `scripts/train-speaker-scorer.py`
//! runs it to collect training data and to score cross-validation folds.
//!
//! `scripts/calibrate-confidence.py` runs it to learn the confidence
//! calibration and to score its cross-validation folds (`--calibration`).
//!
//! speaker_candidates [--weights FILE] [--calibration FILE] [--explain] [--published YYYY-MM-DD] ARTICLE

use std::process::ExitCode;

use chrono::NaiveDate;
use quotebook_extract::{
    explain_quotes, extract_quotes_with, Calibration, SpeakerScorer, FEATURE_NAMES,
};

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("speaker_candidates: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), String> {
    let mut args = std::env::args().skip(1);
    let (mut weights, mut calibration, mut explain, mut published, mut file) =
        (None, None, false, None, None);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--weights" => weights = Some(args.next().ok_or("--weights needs a file")?),
            "--calibration" => calibration = Some(args.next().ok_or("--calibration needs a file")?),
            "--explain" => explain = true,
            "--published" => {
                let d = args.next().ok_or("--published needs a date")?;
                published = Some(
                    NaiveDate::parse_from_str(&d, "%Y-%m-%d")
                        .map_err(|e| format!("--published {d}: {e}"))?,
                );
            }
            _ => file = Some(a),
        }
    }
    let file = file.ok_or("no article file given")?;
    let text = std::fs::read_to_string(&file).map_err(|e| format!("{file}: {e}"))?;
    let scorer = match weights {
        Some(w) => {
            let t = std::fs::read_to_string(&w).map_err(|e| format!("{w}: {e}"))?;
            SpeakerScorer::from_text(&t).map_err(|e| format!("{w}: {e}"))?
        }
        None => SpeakerScorer::committed().clone(),
    };
    // Weights from a file come without calibration unless one is given.
    let scorer = match calibration {
        Some(c) => {
            let t = std::fs::read_to_string(&c).map_err(|e| format!("{c}: {e}"))?;
            scorer.with_calibration(Calibration::from_text(&t).map_err(|e| format!("{c}: {e}"))?)
        }
        None => scorer,
    };
    let json = if explain {
        serde_json::json!({
            "features": FEATURE_NAMES,
            "quotes": explain_quotes(&text, published, &scorer),
        })
    } else {
        serde_json::json!({ "quotes": extract_quotes_with(&text, published, &scorer) })
    };
    println!("{json}");
    Ok(())
}
