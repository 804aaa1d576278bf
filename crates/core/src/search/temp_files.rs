//! The temporary files an index save writes beside the index, and the
//! clean-up of those a killed save left behind.
//!
//! A save writes `<index>.tmp<PID>.<n>` and renames it over the index; a save
//! killed half-way (kill -9, a crash, a power cut) leaves that file behind,
//! as big as the index. Each save holds an exclusive lock on its temporary
//! file while writing it, so a later save or open can tell a leftover (no
//! lock: its writer is gone) from a file another process is writing right
//! now (locked), whatever that process's PID has become since.

use std::ffi::OsString;
use std::fs::{File, TryLockError};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::SystemTime;

/// Tells apart two saves of the same process (the app saving from two
/// threads): each writes its own file.
static NEXT_SAVE: AtomicU64 = AtomicU64::new(0);

/// What every temporary file of the index at `index` is named after.
fn prefix(index: &Path) -> OsString {
    let mut name = index.file_name().unwrap_or_default().to_os_string();
    name.push(".tmp");
    name
}

/// A new temporary file name for a save of `index` by this process.
pub(super) fn temp_path(index: &Path) -> PathBuf {
    let mut name = prefix(index);
    name.push(format!(
        "{}.{}",
        std::process::id(),
        NEXT_SAVE.fetch_add(1, Ordering::Relaxed)
    ));
    index.with_file_name(name)
}

/// Creates the temporary file at `tmp` and locks it for as long as it is
/// open, so no clean-up takes it for a leftover while it is being written.
/// A file system without locks still gets the file (the clean-up then goes
/// by its PID).
pub(super) fn create_locked(tmp: &Path) -> io::Result<File> {
    let file = File::create(tmp)?;
    let _ = file.try_lock();
    Ok(file)
}

/// The PID a temporary file's name carries (`.tmp<PID>` or `.tmp<PID>.<n>`).
fn pid_in(name: &str, prefix: &str) -> Option<u32> {
    let rest = name.strip_prefix(prefix)?;
    let digits = rest.split('.').next()?;
    digits.parse().ok()
}

/// Whether a process with this PID is running, where the system says
/// (Linux's /proc); `None` elsewhere.
fn process_alive(pid: u32) -> Option<bool> {
    let proc = Path::new("/proc");
    if !proc.join("self").exists() {
        return None;
    }
    Some(proc.join(pid.to_string()).exists())
}

/// Whether the temporary file at `path`, written by process `pid`, is a
/// leftover of a save that ended without renaming it. `started` is when the
/// save (or open) that is cleaning up began.
fn is_stale(path: &Path, pid: Option<u32>, started: SystemTime) -> bool {
    let Ok(file) = File::open(path) else {
        return false;
    };
    let unlocked = match file.try_lock() {
        // Dropping `file` releases the lock at once.
        Ok(()) => Some(true),
        Err(TryLockError::WouldBlock) => return false, // being written now
        // No locks on this file system: the PID and the age decide.
        Err(TryLockError::Error(_)) => None,
    };
    let dead = pid.and_then(process_alive).map(|alive| !alive);
    let older = file
        .metadata()
        .and_then(|m| m.modified())
        .is_ok_and(|modified| modified < started);
    match (unlocked, dead) {
        // Nobody writes it: a dead writer, or one that wrote it before this
        // save began and is not writing it any more.
        (Some(true), _) => dead == Some(true) || older,
        _ => dead == Some(true),
    }
}

/// Removes the temporary files of earlier saves of `index` whose writer is
/// gone, leaving alone any that another save is writing now. Returns the
/// files removed. Errors (a read-only folder) are no reason to stop a save
/// or a search, so they are ignored.
pub(super) fn remove_stale(index: &Path, started: SystemTime) -> Vec<PathBuf> {
    let prefix = prefix(index).to_string_lossy().into_owned();
    let folder = match index.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut removed = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !name.starts_with(&prefix) || !entry.file_type().is_ok_and(|t| t.is_file()) {
            continue;
        }
        let path = entry.path();
        if is_stale(&path, pid_in(&name, &prefix), started) && std::fs::remove_file(&path).is_ok() {
            removed.push(path);
        }
    }
    removed
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    /// The PID of a process that has ended.
    fn dead_pid() -> u32 {
        let mut child = std::process::Command::new("true").spawn().unwrap();
        let pid = child.id();
        child.wait().unwrap();
        pid
    }

    #[test]
    fn temporary_names_carry_the_pid_and_differ_per_save() {
        let index = Path::new("/lib/library.sqlite3-search");
        let (a, b) = (temp_path(index), temp_path(index));
        assert_ne!(a, b);
        let name = a.file_name().unwrap().to_str().unwrap();
        assert_eq!(
            pid_in(name, "library.sqlite3-search.tmp"),
            Some(std::process::id())
        );
        assert_eq!(pid_in("x.tmp123", "x.tmp"), Some(123));
        assert_eq!(pid_in("x.tmpabc", "x.tmp"), None);
    }

    #[test]
    fn leftovers_go_and_a_file_being_written_stays() {
        let dir = tempfile::tempdir().unwrap();
        let index = dir.path().join("library.sqlite3-search");
        let started = SystemTime::now() + Duration::from_secs(1);
        // A killed save's file: its process is gone.
        let dead = dir
            .path()
            .join(format!("library.sqlite3-search.tmp{}", dead_pid()));
        std::fs::write(&dead, b"half an index").unwrap();
        // An old file of a live process (PID reused) that nobody writes.
        let old = dir.path().join(format!(
            "library.sqlite3-search.tmp{}.7",
            std::process::id()
        ));
        std::fs::write(&old, b"older than this save").unwrap();
        // A save running now, in this process or another: locked.
        let running = temp_path(&index);
        let writing = create_locked(&running).unwrap();
        // Files of other names are never touched.
        let other = dir.path().join("library.sqlite3-wal");
        std::fs::write(&other, b"wal").unwrap();

        let mut removed = remove_stale(&index, started);
        removed.sort();
        let mut expected = vec![dead, old];
        expected.sort();
        assert_eq!(removed, expected);
        assert!(running.exists() && other.exists());
        drop(writing);
        // Once its writer let go, a file newer than the save cleaning up is
        // still left alone: it may be a save that just began.
        assert!(remove_stale(&index, SystemTime::UNIX_EPOCH).is_empty());
        assert_eq!(remove_stale(&index, started), vec![running]);
    }
}
