//! Rolling backups of the workspace, exported through SQLite on a connection
//! of their own (never a file copy: the write-ahead log holds the newest
//! commits; and SQLCipher's export, since `VACUUM INTO` cannot copy an
//! encrypted file), encrypted like the workspace, kept in a `backups` folder
//! beside it: the newest of each of the last 7 days, 4 weeks and 12 months.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{LazyLock, Mutex};

use chrono::{DateTime, Datelike, NaiveDateTime, Utc};
use rusqlite::{Connection, OpenFlags};
use serde::Serialize;
use specta::Type;

use crate::db::key::{self, Passphrase};
use crate::error::{Error, Result};
use crate::Coachbook;

/// How many of each to keep: the newest backup of each day, week and month.
pub const KEEP_DAILY: usize = 7;
pub const KEEP_WEEKLY: usize = 4;
pub const KEEP_MONTHLY: usize = 12;
/// Saves after which a backup is due even within the day.
pub const CHANGES_PER_BACKUP: u32 = 500;

const PREFIX: &str = "coachbook-";
const SUFFIX: &str = ".sqlite3";
const STAMP: &str = "%Y%m%d-%H%M%S";

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Backup {
    pub file_name: String,
    pub path: String,
    pub made_at: DateTime<Utc>,
    /// Bytes (a float: the wire has no 64-bit integers).
    pub size: f64,
    /// Whether what it holds (the three counts) has been read yet: a list
    /// comes back at once, and counting a large backup takes seconds.
    pub counted: bool,
    pub people: u32,
    pub notes: u32,
    pub feedback: u32,
}

/// Saves counted since the last backup (per open workspace).
#[derive(Debug, Default)]
pub(crate) struct ChangeCount(AtomicU32);

impl ChangeCount {
    pub(crate) fn add(&self) {
        self.0.fetch_add(1, Ordering::Relaxed);
    }
}

/// The backups folder beside a workspace file.
pub fn folder_for(workspace: &Path) -> PathBuf {
    workspace.parent().map(Path::to_path_buf).unwrap_or_default().join("backups")
}

fn made_at(file_name: &str) -> Option<DateTime<Utc>> {
    let stamp = file_name.strip_prefix(PREFIX)?.strip_suffix(SUFFIX)?;
    NaiveDateTime::parse_from_str(stamp, STAMP).ok().map(|t| t.and_utc())
}

/// The backups in `folder`, newest first. What each holds is filled in
/// where it was counted before (see [`count_in`]).
pub fn list_in(folder: &Path, key: Option<&Passphrase>) -> Result<Vec<Backup>> {
    listed(folder, key, false)
}

/// The backups in `folder`, newest first, each with what it holds (read
/// with `key` when the workspace is encrypted).
pub fn count_in(folder: &Path, key: Option<&Passphrase>) -> Result<Vec<Backup>> {
    listed(folder, key, true)
}

fn listed(folder: &Path, key: Option<&Passphrase>, count: bool) -> Result<Vec<Backup>> {
    let entries = match std::fs::read_dir(folder) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        other => other?,
    };
    let mut backups = Vec::new();
    for entry in entries {
        let entry = entry?;
        let file_name = entry.file_name().to_string_lossy().into_owned();
        let Some(made_at) = made_at(&file_name) else { continue };
        let metadata = entry.metadata()?;
        let counts = if count { counts_once(&entry.path(), &metadata, key) } else { counted_before(&entry.path(), &metadata) };
        let (people, notes, feedback) = counts.unwrap_or_default();
        backups.push(Backup {
            path: entry.path().display().to_string(),
            size: metadata.len() as f64,
            file_name,
            made_at,
            counted: counts.is_some(),
            people,
            notes,
            feedback,
        });
    }
    backups.sort_by(|a, b| b.made_at.cmp(&a.made_at));
    Ok(backups)
}

type Counts = (u32, u32, u32);
type FileVersion = (PathBuf, u64, Option<std::time::SystemTime>);
static COUNTED: LazyLock<Mutex<HashMap<FileVersion, Counts>>> = LazyLock::new(Default::default);

fn version_of(path: &Path, metadata: &std::fs::Metadata) -> FileVersion {
    (path.to_path_buf(), metadata.len(), metadata.modified().ok())
}

fn counted_before(path: &Path, metadata: &std::fs::Metadata) -> Option<Counts> {
    COUNTED.lock().unwrap_or_else(|p| p.into_inner()).get(&version_of(path, metadata)).copied()
}

/// What a backup holds, counted once per file: a backup never changes after
/// it is written, and counting a large one (opening an encrypted one derives
/// its key) takes seconds, so it is remembered by path, size and time.
fn counts_once(path: &Path, metadata: &std::fs::Metadata, key: Option<&Passphrase>) -> Option<Counts> {
    if let Some(counts) = counted_before(path, metadata) {
        return Some(counts);
    }
    // An unreadable backup (another passphrase, damage) lists with nothing counted, and is tried again next time.
    let counts = counts(path, key).ok()?;
    COUNTED.lock().unwrap_or_else(|p| p.into_inner()).insert(version_of(path, metadata), counts);
    Some(counts)
}

fn counts(path: &Path, key: Option<&Passphrase>) -> Result<(u32, u32, u32)> {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    key::apply(&conn, key)?;
    let count = |table: &str| conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get::<_, u32>(0));
    Ok((count("people")?, count("meeting_notes WHERE body <> ''")?, count("feedback WHERE deleted_at IS NULL")?))
}

/// Which backups the rolling policy keeps: the newest of each of the last
/// [`KEEP_DAILY`] days, [`KEEP_WEEKLY`] ISO weeks and [`KEEP_MONTHLY`] months
/// that have one. `times` are newest first.
pub fn kept(times: &[DateTime<Utc>]) -> HashSet<usize> {
    let mut keep = HashSet::new();
    let mut pick = |key: &dyn Fn(&DateTime<Utc>) -> (i32, u32), limit: usize| {
        let mut seen = Vec::new();
        for (i, t) in times.iter().enumerate() {
            let k = key(t);
            if !seen.contains(&k) {
                if seen.len() == limit {
                    break;
                }
                seen.push(k);
                keep.insert(i);
            }
        }
    };
    pick(&|t| (t.year(), t.ordinal()), KEEP_DAILY);
    pick(&|t| (t.iso_week().year(), t.iso_week().week()), KEEP_WEEKLY);
    pick(&|t| (t.year(), t.month()), KEEP_MONTHLY);
    keep
}


impl Coachbook {
    pub fn backups_folder(&self) -> PathBuf {
        folder_for(self.path())
    }

    /// The backups, newest first, with what each holds where already counted.
    pub fn list_backups(&self) -> Result<Vec<Backup>> {
        list_in(&self.backups_folder(), self.key().as_ref())
    }

    /// The backups, newest first, each with what it holds (seconds for a
    /// large backup the first time).
    pub fn count_backups(&self) -> Result<Vec<Backup>> {
        count_in(&self.backups_folder(), self.key().as_ref())
    }

    /// Makes a backup now (on a connection of its own, so saves go on), then
    /// prunes older ones by the rolling policy.
    pub fn back_up_now(&self) -> Result<Backup> {
        self.refuse_if_damaged("a backup")?;
        let folder = self.backups_folder();
        std::fs::create_dir_all(&folder)?;
        let name = format!("{PREFIX}{}{SUFFIX}", self.clock().now().format(STAMP));
        let target = folder.join(&name);
        if target.exists() {
            std::fs::remove_file(&target)?;
        }
        // A connection of its own, so saves go on; one read, so the copy is consistent.
        // (Read-write only because the copy is attached to it; the workspace is only read.)
        let reader = Connection::open(self.path())?;
        let key = self.key();
        key::apply(&reader, key.as_ref())?;
        reader.busy_timeout(std::time::Duration::from_secs(5))?;
        key::export(&reader, &target, key.as_ref())?;
        self.changes_since_backup().0.store(0, Ordering::Relaxed);
        self.prune_backups()?;
        let mut made = list_in(&folder, key.as_ref())?
            .into_iter()
            .find(|b| b.file_name == name)
            .ok_or_else(|| Error::not_found("backup", name))?;
        // The new backup holds what the workspace held at that moment: say so.
        if let Some((people, notes, feedback)) = counts_once(&target, &std::fs::metadata(&target)?, key.as_ref()) {
            made = Backup { counted: true, people, notes, feedback, ..made };
        }
        Ok(made)
    }

    /// A backup when the last is older than a day, or many saves ago.
    /// Waits for the file's whole check first: no automatic backup of a damaged file.
    pub fn back_up_if_due(&self) -> Result<Option<Backup>> {
        if self.check_integrity()? != crate::Integrity::Sound {
            return Ok(None);
        }
        let last = self.list_backups()?.into_iter().next();
        let stale = last.is_none_or(|b| self.clock().now() - b.made_at >= chrono::Duration::days(1));
        let busy = self.changes_since_backup().0.load(Ordering::Relaxed) >= CHANGES_PER_BACKUP;
        if stale || busy { self.back_up_now().map(Some) } else { Ok(None) }
    }

    /// Deletes what the rolling policy does not keep; backups of the last
    /// day all stay, so a backup made by hand is never gone the same day.
    fn prune_backups(&self) -> Result<()> {
        let backups = self.list_backups()?;
        let keep = kept(&backups.iter().map(|b| b.made_at).collect::<Vec<_>>());
        let recent = self.clock().now() - chrono::Duration::days(1);
        for (i, backup) in backups.iter().enumerate() {
            if !keep.contains(&i) && backup.made_at < recent {
                std::fs::remove_file(&backup.path)?;
            }
        }
        Ok(())
    }

    /// Replaces the workspace with a backup: first backs up the current
    /// state, then swaps the files in one rename, then reopens.
    pub fn restore_backup(&self, file_name: &str) -> Result<Backup> {
        let chosen = self
            .list_backups()?
            .into_iter()
            .find(|b| b.file_name == file_name)
            .ok_or_else(|| Error::invalid("fileName", format!("There is no backup called {file_name}.")))?;
        // Staged before the safety backup, which may prune older ones.
        let staged = self.path().with_extension("restoring");
        std::fs::copy(&chosen.path, &staged)?;
        let before = self.back_up_now()?;
        self.reopen_with(|| {
            std::fs::rename(&staged, self.path())?;
            Ok(())
        })?;
        Ok(before)
    }
}

/// Puts a backup in place of a workspace that cannot be opened: the file
/// that was there is kept beside it as `<name>.damaged`, never deleted.
pub fn restore_over(backup: &Path, workspace: &Path) -> Result<()> {
    let staged = workspace.with_extension("restoring");
    std::fs::copy(backup, &staged)?;
    if workspace.exists() {
        let mut aside = workspace.as_os_str().to_owned();
        aside.push(".damaged");
        std::fs::rename(workspace, PathBuf::from(aside))?;
    }
    for log in ["-wal", "-shm"] {
        let mut name = workspace.as_os_str().to_owned();
        name.push(log);
        let _ = std::fs::remove_file(PathBuf::from(name));
    }
    std::fs::rename(&staged, workspace)?;
    Ok(())
}
