//! The index kept in step with a library database.
//!
//! The library keeps a change log that every write search cares about adds
//! to, by this process or another, and offers it as a change feed
//! (`store::change_feed`). The index remembers the last change it includes
//! ([`Stamp`]); before each query it asks for the newest (one indexed
//! lookup) and, when behind, for just the quotes that changed. Search runs
//! no SQL of its own. The index is saved beside the library so that the next
//! start loads it instead of rebuilding.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

use super::{Filters, Index, SearchDoc, SearchResults, Stamp};
use crate::store::{FeedDelta, Library, StoreError};
use crate::Error;

/// More changed quotes than this fraction of the index: rebuilding is faster.
const REBUILD_FRACTION: usize = 4;

/// After a save, the change log keeps at least this many of its newest rows
/// (and at least a [`REBUILD_FRACTION`] of the index's size): another process
/// whose index lags behind by fewer changes, such as the app while the CLI
/// imports, still catches up instead of rebuilding. Older rows only serve
/// indexes so far behind that rebuilding is about as fast.
const PRUNE_KEEP_MIN: usize = 10_000;

/// A start that caught up with fewer changed quotes than this (1% of the
/// index, at most 2,000) leaves the saved file as it is: applying them again
/// at the next start takes milliseconds, rewriting the file (270 MB at a
/// million quotes) a second or more, and it would be rewritten after every
/// single edit. The file stays usable: the log is only pruned right after a
/// save, which leaves the file the newest.
fn save_threshold(index_len: usize) -> usize {
    (index_len / 100).clamp(1, 2_000)
}

/// Brings `index` in step with the quotes `changed` in the library: those
/// gone are removed, those still there (`live`, read again) replaced.
fn apply_delta(index: &mut Index, changed: &[i64], live: &[SearchDoc]) {
    let still: std::collections::HashSet<i64> = live.iter().map(|q| q.id).collect();
    for id in changed {
        if !still.contains(id) {
            index.remove(*id);
        }
    }
    index.add_many(live);
}

/// How the index was made ready.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Readiness {
    /// Loaded from the saved file; `applied` later changes applied on top.
    Loaded { applied: usize },
    /// Built from the database, and why the saved file was not used.
    Built { reason: String },
}

/// At most this many changed quotes are layered over a mapped index (see
/// [`super::layered`]); past it the index is copied into memory, brought up
/// to date and saved once. Each query of a one-off CLI run re-reads the
/// layered quotes from the library and indexes them (about 4 ms per
/// thousand at a million quotes, measured), against the seconds that copying and
/// saving cost; `quotebook import` folds and saves past it
/// ([`update_saved_index`]), so searches after it stay quick.
pub(super) const MOST_LAYERED: usize = 5_000;

/// A search index that follows one library.
pub struct LibraryIndex {
    index: Index,
    /// The quotes changed since a mapped `index` was saved, layered over it
    /// (it hides them); None for an index in memory, changed in place.
    top: Option<Index>,
    /// The change the saved file reflects, while `top` is layered over it.
    file_seq: i64,
    stamp: Stamp,
    /// Changes applied since the index was last loaded or saved.
    unsaved: usize,
}

/// Where the saved index of the library at `library_path` lives: beside it,
/// as SQLite keeps its own `-wal` and `-shm` files.
pub fn index_path(library_path: &Path) -> PathBuf {
    let mut name = library_path.file_name().unwrap_or_default().to_os_string();
    name.push("-search");
    library_path.with_file_name(name)
}

impl LibraryIndex {
    /// Makes the library's index ready, in memory: loads the saved file when
    /// it belongs to this library and catches up with later changes, else
    /// builds it from the database and saves it. Returns how long that took
    /// and how. For an index that lives long and follows changes (the app).
    pub fn open(library: &Library) -> Result<(Self, Readiness, Duration), Error> {
        Self::open_as(library, false)
    }

    /// Like [`LibraryIndex::open`], but leaves a saved file that is up to
    /// date mapped rather than read: a one-off query (the CLI) reads only the
    /// vocabulary, the posting lists of its words and the records it ranks,
    /// milliseconds where reading the whole file at a million quotes takes
    /// a third of a second. Damage found as a query reads the file makes
    /// [`LibraryIndex::search`] rebuild and answer again.
    pub fn open_for_query(library: &Library) -> Result<(Self, Readiness, Duration), Error> {
        Self::open_as(library, true)
    }

    fn open_as(library: &Library, mapped: bool) -> Result<(Self, Readiness, Duration), Error> {
        let started = Instant::now();
        let path = index_path(library.path());
        // A save killed last time left its temporary file: gone now, even
        // when this start does not save.
        super::temp_files::remove_stale(&path, SystemTime::now());
        let loaded = match Index::load(&path).and_then(|(index, stamp)| {
            let index = if mapped { index } else { index.into_memory()? };
            Ok((index, stamp))
        }) {
            Ok(found) => Ok(found),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                Err("no saved index yet".to_owned())
            }
            Err(e) => Err(format!(
                "the saved index {} could not be read ({e})",
                path.display()
            )),
        };
        let library_id = library.feed_position()?.library_id;
        let (mut this, readiness) = match loaded {
            Ok((index, stamp)) if stamp.library_id == library_id => {
                let mut this = LibraryIndex {
                    index,
                    top: None,
                    file_seq: stamp.seq,
                    stamp,
                    unsaved: 0,
                };
                match this.catch_up(library)? {
                    Some(applied) => (this, Readiness::Loaded { applied }),
                    None => (
                        Self::build(library)?,
                        Readiness::Built {
                            reason: "the saved index is too old".into(),
                        },
                    ),
                }
            }
            Ok(_) => (
                Self::build(library)?,
                Readiness::Built {
                    reason: "the saved index is of another library".into(),
                },
            ),
            Err(reason) => (Self::build(library)?, Readiness::Built { reason }),
        };
        let worth_saving = match readiness {
            Readiness::Built { .. } => true,
            // Layered changes cost little at each start until there are
            // many ([`MOST_LAYERED`]); then they are no longer layered.
            Readiness::Loaded { .. } if this.top.is_some() => false,
            Readiness::Loaded { applied } => applied >= save_threshold(this.index.len()),
        };
        if worth_saving {
            // Saving is an optimisation for the next start: a read-only folder
            // must not stop the search.
            let _ = this.save(library);
        }
        Ok((this, readiness, started.elapsed()))
    }

    /// Builds the index from every quote in the library.
    pub fn build(library: &Library) -> Result<Self, Error> {
        let (at, docs) = library.indexed_quotes()?;
        let unsaved = docs.len().max(1);
        Ok(LibraryIndex {
            index: Index::build(docs),
            top: None,
            file_seq: at.seq,
            stamp: Stamp {
                library_id: at.library_id,
                seq: at.seq,
            },
            unsaved,
        })
    }

    /// Saves the index beside the library, then prunes the library's change
    /// log of rows no index needs any longer (see [`PRUNE_KEEP_MIN`]).
    pub fn save(&mut self, library: &Library) -> Result<(), Error> {
        if self.top.is_some() && !self.fold_layers(library)? {
            *self = Self::build(library)?;
        }
        let path = index_path(library.path());
        self.index.save(&path, &self.stamp).map_err(|source| {
            Error::Store(StoreError::Io {
                path: path.display().to_string(),
                source,
            })
        })?;
        self.unsaved = 0;
        self.file_seq = self.stamp.seq;
        let keep = PRUNE_KEEP_MIN.max(self.index.len() / REBUILD_FRACTION);
        // Pruning only keeps the log small: a library busy with another
        // writer (or opened read-only) must not make the save fail.
        let _ = prune_change_log(library, keep as i64);
        Ok(())
    }

    /// Applies the library's changes since the index's stamp. Returns how
    /// many quotes were re-read, or None when the index cannot catch up (the
    /// change log was pruned past it, or the library is an older copy) or so
    /// much changed that rebuilding is faster.
    fn catch_up(&mut self, library: &Library) -> Result<Option<usize>, Error> {
        if library.newest_change()? == self.stamp.seq {
            return Ok(Some(0));
        }
        if self.index.is_mapped() {
            if let Some(applied) = self.layer_changes(library)? {
                return Ok(Some(applied));
            }
            // Too many to layer: into memory with all of them.
            if !self.fold_layers(library)? {
                return Ok(None);
            }
            return Ok(Some(self.unsaved));
        }
        self.apply_in_place(library)
    }

    /// Applies the changes since the stamp to the small index layered over
    /// the mapped one. None, with nothing changed, when there would be more
    /// than [`MOST_LAYERED`] quotes in it.
    fn layer_changes(&mut self, library: &Library) -> Result<Option<usize>, Error> {
        // Every quote layered is hidden below, new ones too.
        let Some(room) = MOST_LAYERED.checked_sub(self.index.hidden.len()) else {
            return Ok(None);
        };
        // The log cannot say (pruned, or too many): the caller reads again.
        let FeedDelta::Changed {
            newest,
            changed,
            live,
        } = library.quotes_changed_since(self.stamp.seq, room)?
        else {
            return Ok(None);
        };
        self.index.hidden.extend(changed.iter().copied());
        match &mut self.top {
            // The first layer at a start (a CLI query): built at once, much
            // faster than adding thousands of quotes one by one.
            None => self.top = Some(Index::build(live)),
            Some(top) => apply_delta(top, &changed, &live),
        }
        self.stamp.seq = newest;
        self.unsaved += changed.len().max(1);
        Ok(Some(changed.len()))
    }

    /// Drops the layered index and brings the mapped one, copied into
    /// memory, up to date with every change since it was saved. False
    /// when it cannot (damaged, too far behind): the caller rebuilds.
    fn fold_layers(&mut self, library: &Library) -> Result<bool, Error> {
        self.top = None;
        self.index.hidden.clear();
        self.stamp.seq = self.file_seq;
        self.unsaved = 0;
        if library.newest_change()? == self.stamp.seq {
            return Ok(true);
        }
        Ok(self.apply_in_place(library)?.is_some())
    }

    /// Applies the changes since the stamp to the index itself, copying a
    /// mapped one into memory first.
    fn apply_in_place(&mut self, library: &Library) -> Result<Option<usize>, Error> {
        if self.index.is_mapped() {
            // Changing a mapped index copies it into memory: check all of
            // it first, so that damage is rebuilt rather than copied.
            match std::mem::take(&mut self.index).into_memory() {
                Ok(index) => self.index = index,
                Err(_) => return Ok(None),
            }
        }
        let most = 1000.max(self.index.len() / REBUILD_FRACTION);
        let FeedDelta::Changed {
            newest,
            changed,
            live,
        } = library.quotes_changed_since(self.stamp.seq, most)?
        else {
            return Ok(None);
        };
        apply_delta(&mut self.index, &changed, &live);
        self.stamp.seq = newest;
        self.unsaved += changed.len().max(1);
        Ok(Some(changed.len()))
    }

    /// Brings the index up to date with the library (also with writes by
    /// other processes); rebuilds when it cannot catch up. Returns how many
    /// quotes were re-read.
    pub fn refresh(&mut self, library: &Library) -> Result<usize, Error> {
        match self.catch_up(library)? {
            Some(n) => Ok(n),
            None => {
                *self = Self::build(library)?;
                Ok(self.index.len())
            }
        }
    }

    /// Refreshes, then searches.
    pub fn search(
        &mut self,
        library: &Library,
        input: &str,
        filters: &Filters,
        limit: usize,
    ) -> Result<SearchResults, Error> {
        self.refresh(library)?;
        let results = match &self.top {
            Some(top) => self.index.search_layered(top, input, filters, limit)?,
            None => self.index.search(input, filters, limit)?,
        };
        if self.index.is_damaged() {
            // A block of the mapped file failed its checksum as the query
            // read it: the answer may miss quotes. Rebuild and answer again.
            *self = Self::build(library)?;
            let _ = self.save(library);
            return Ok(self.index.search(input, filters, limit)?);
        }
        Ok(results)
    }

    /// Whether changes were applied since the index was loaded or saved.
    pub fn has_unsaved_changes(&self) -> bool {
        self.unsaved > 0
    }

    /// The index in memory, or the mapped one without the changes layered
    /// over it (see [`LibraryIndex::layered`]).
    pub fn index(&self) -> &Index {
        &self.index
    }

    /// How many changed quotes are layered over the mapped index.
    pub fn layered(&self) -> usize {
        self.top.as_ref().map_or(0, Index::len)
    }

    pub fn stamp(&self) -> &Stamp {
        &self.stamp
    }
}

/// After a write that may have changed many quotes (an import), brings a
/// saved index up to date if there is one and more changed than a query
/// layers over it ([`MOST_LAYERED`]): the write already took a while, and
/// the next one-off search stays quick. Fewer changes are left for queries
/// to layer, in milliseconds. Returns how the index was made ready, None
/// when there is no saved index (the first search builds it).
pub fn update_saved_index(library: &Library) -> Result<Option<Readiness>, Error> {
    if !index_path(library.path()).exists() {
        return Ok(None);
    }
    let (_, readiness, _) = LibraryIndex::open_for_query(library)?;
    Ok(Some(readiness))
}

/// Drops change-log rows older than the newest `keep`, so the log does not
/// grow forever. A saved index older than what was dropped is rebuilt.
pub fn prune_change_log(library: &Library, keep: i64) -> Result<usize, Error> {
    Ok(library.prune_change_log(keep)?)
}
