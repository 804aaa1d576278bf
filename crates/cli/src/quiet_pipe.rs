//! A closed pipe (`quotebook quotes | head -1`) ends the program quietly
//! with exit 0, as it does for other command-line tools. Rust ignores
//! SIGPIPE, so a write to a closed pipe fails: `println!` panics with
//! "Broken pipe" (exit 101) and writers return the error. Both end here.

use std::error::Error;

/// Makes a panic caused by writing to a closed pipe end the process with
/// exit 0 and no message; every other panic is reported as before.
pub fn install() {
    let report = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let payload = info.payload();
        let message = payload
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| payload.downcast_ref::<&str>().copied())
            .unwrap_or("");
        if message.contains("Broken pipe") || message.contains("os error 32") {
            std::process::exit(0);
        }
        report(info);
    }));
}

/// True when `e` comes from writing to a closed pipe.
pub fn is_broken_pipe(e: &(dyn Error + 'static)) -> bool {
    let mut next: Option<&(dyn Error + 'static)> = Some(e);
    while let Some(e) = next {
        if let Some(io) = e.downcast_ref::<std::io::Error>() {
            if io.kind() == std::io::ErrorKind::BrokenPipe {
                return true;
            }
        }
        if e.to_string().contains("Broken pipe") {
            return true;
        }
        next = e.source();
    }
    false
}
