//! The workspace handle: one SQLite file, one connection behind a mutex,
//! and the clock every write takes its time from.
//! Each area of the product adds its own `impl Coachbook` block in its module.

use std::ops::Deref;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};

use chrono::{DateTime, Utc};
use rusqlite::{Connection, Transaction, TransactionBehavior};

use crate::backups::ChangeCount;
use crate::clock::{Clock, SystemClock};
use crate::db;
use crate::db::key::Passphrase;
use crate::db::time::stamp;
use crate::error::Result;
use crate::integrity::IntegrityState;

pub struct Coachbook {
    path: PathBuf,
    conn: Mutex<Connection>,
    clock: Arc<dyn Clock>,
    changes: ChangeCount,
    /// Saves since the workspace opened, and that count when the sync folder
    /// last found nothing to send: no save since, no pack to look for.
    saves: std::sync::atomic::AtomicU64,
    pub(crate) synced_at_save: std::sync::atomic::AtomicU64,
    /// The passphrase of an encrypted workspace, in memory only.
    key: Mutex<Option<Passphrase>>,
    /// Each rep's status for the team-wide views, kept between calls.
    statuses: crate::team::StatusCache,
    /// Whether the whole file has been checked, and what was found.
    integrity: IntegrityState,
}

impl Coachbook {
    /// Opens the workspace at `path`, creating the file and its folder if needed.
    pub fn open(path: impl AsRef<Path>) -> Result<Self> {
        Self::open_with_clock(path, Arc::new(SystemClock))
    }

    /// As [`Coachbook::open`], telling the time by `clock` (tests pass a fixed one).
    pub fn open_with_clock(path: impl AsRef<Path>, clock: Arc<dyn Clock>) -> Result<Self> {
        Self::open_with(path, None, clock)
    }

    /// Opens a workspace protected with a passphrase (a plain one opens too).
    pub fn unlock(path: impl AsRef<Path>, passphrase: &Passphrase) -> Result<Self> {
        Self::open_with(path, Some(passphrase.clone()), Arc::new(SystemClock))
    }

    pub fn open_with(path: impl AsRef<Path>, key: Option<Passphrase>, clock: Arc<dyn Clock>) -> Result<Self> {
        let path = path.as_ref().to_path_buf();
        let db::Opened { mut conn, checked } = db::open(&path, key.as_ref())?;
        let encrypted = db::is_encrypted(&path);
        let key = if encrypted { key } else { None };
        let write = Write::begin(&mut conn, clock.as_ref())?;
        crate::rubrics::seed_builtin_rubrics(&write)?;
        crate::one_on_ones::seed_default_template(&write)?;
        crate::trash::purge_expired(&write, write.now())?;
        write.commit()?;
        Ok(Coachbook { path, conn: Mutex::new(conn), clock, changes: ChangeCount::default(), saves: Default::default(), synced_at_save: u64::MAX.into(), key: Mutex::new(key), statuses: Default::default(), integrity: IntegrityState::new(checked) })
    }

    /// The database file this workspace lives in.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether the file is encrypted with a passphrase.
    pub fn is_protected(&self) -> bool {
        self.key().is_some()
    }

    pub(crate) fn key(&self) -> Option<Passphrase> {
        self.key.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    pub(crate) fn set_key(&self, key: Option<Passphrase>) {
        *self.key.lock().unwrap_or_else(|p| p.into_inner()) = key;
    }

    /// The clock this workspace tells the time by.
    pub fn clock(&self) -> &dyn Clock {
        self.clock.as_ref()
    }

    pub(crate) fn integrity_state(&self) -> &IntegrityState {
        &self.integrity
    }

    pub(crate) fn status_cache(&self) -> &crate::team::StatusCache {
        &self.statuses
    }

    pub(crate) fn conn(&self) -> MutexGuard<'_, Connection> {
        // A panic while holding the lock leaves no half-written state behind
        // (SQLite rolls back the open transaction), so a poisoned lock is safe to reuse.
        self.conn.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Runs `work` in one transaction: all of it is saved, or none of it.
    pub(crate) fn write<T>(&self, work: impl FnOnce(&Write<'_>) -> Result<T>) -> Result<T> {
        let mut conn = self.conn();
        let write = Write::begin(&mut conn, self.clock.as_ref())?;
        let value = work(&write)?;
        write.commit()?;
        self.changes.add();
        self.saves.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        Ok(value)
    }

    /// How many saves this handle has made since the workspace opened.
    pub(crate) fn saves(&self) -> u64 {
        self.saves.load(std::sync::atomic::Ordering::Relaxed)
    }

    pub(crate) fn changes_since_backup(&self) -> &ChangeCount {
        &self.changes
    }

    /// Writes a new copy of the workspace with `make` (given the open
    /// connection and where to write), then swaps it in under `key` — all
    /// while holding the connection, so no save slips in between.
    pub(crate) fn rewrite_file(&self, key: Option<Passphrase>, make: impl FnOnce(&Connection, &Path) -> Result<()>) -> Result<()> {
        let staged = self.path.with_extension("rewriting");
        let _ = std::fs::remove_file(&staged);
        let mut conn = self.conn();
        make(&conn, &staged)?;
        let closed = std::mem::replace(&mut *conn, Connection::open_in_memory()?);
        closed.close().map_err(|(_, e)| e)?;
        let old_key = self.key();
        let swapped = std::fs::rename(&staged, &self.path);
        if swapped.is_ok() {
            self.set_key(key);
        }
        *conn = match db::open(&self.path, self.key().as_ref()) {
            Ok(reopened) => {
                self.integrity.reset(reopened.checked);
                reopened.conn
            }
            Err(e) => {
                self.set_key(old_key);
                return Err(e);
            }
        };
        swapped?;
        Ok(())
    }

    /// Closes the file (checkpointing its log), runs `swap` on it, and opens
    /// it again; if anything fails, the file as it was is opened again.
    pub(crate) fn reopen_with(&self, swap: impl FnOnce() -> Result<()>) -> Result<()> {
        let mut conn = self.conn();
        let closed = std::mem::replace(&mut *conn, Connection::open_in_memory()?);
        closed.close().map_err(|(_, e)| e)?;
        let swapped = swap();
        let reopened = db::open(&self.path, self.key().as_ref())?;
        self.integrity.reset(reopened.checked);
        *conn = reopened.conn;
        swapped
    }
}

/// A write in progress: its transaction, and the one moment it happens at,
/// so every row it touches carries the same time.
pub(crate) struct Write<'c> {
    tx: Transaction<'c>,
    now: DateTime<Utc>,
}

impl<'c> Write<'c> {
    fn begin(conn: &'c mut Connection, clock: &dyn Clock) -> Result<Self> {
        // IMMEDIATE takes the write lock up front, so a second process on the
        // file waits on the busy timeout instead of failing mid-transaction.
        Ok(Write { tx: conn.transaction_with_behavior(TransactionBehavior::Immediate)?, now: clock.now() })
    }

    fn commit(self) -> Result<()> {
        Ok(self.tx.commit()?)
    }

    /// The moment this write happens at.
    pub(crate) fn now(&self) -> DateTime<Utc> {
        self.now
    }

    /// The moment as stored: RFC 3339 text with milliseconds.
    pub(crate) fn stamp(&self) -> String {
        stamp(&self.now)
    }
}

impl<'c> Deref for Write<'c> {
    type Target = Transaction<'c>;

    fn deref(&self) -> &Self::Target {
        &self.tx
    }
}
