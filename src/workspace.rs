//! The workspace handle: one SQLite file, one connection behind a mutex.
//! Each area of the product adds its own `impl Coachbook` block in its module.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use rusqlite::{Connection, Transaction};

use crate::db;
use crate::error::Result;

pub struct Coachbook {
    path: PathBuf,
    conn: Mutex<Connection>,
}

impl Coachbook {
    /// Opens the workspace at `path`, creating the file and its folder if needed.
    pub fn open(path: impl AsRef<Path>) -> Result<Self> {
        let path = path.as_ref().to_path_buf();
        let mut conn = db::open(&path)?;
        let tx = conn.transaction()?;
        crate::rubrics::seed_builtin_rubrics(&tx)?;
        crate::one_on_ones::seed_default_template(&tx)?;
        tx.commit()?;
        Ok(Coachbook { path, conn: Mutex::new(conn) })
    }

    /// The database file this workspace lives in.
    pub fn path(&self) -> &Path {
        &self.path
    }

    pub(crate) fn conn(&self) -> MutexGuard<'_, Connection> {
        // A panic while holding the lock leaves no half-written state behind
        // (SQLite rolls back the open transaction), so a poisoned lock is safe to reuse.
        self.conn.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Runs `work` in one transaction: all of it is saved, or none of it.
    pub(crate) fn write<T>(&self, work: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        let value = work(&tx)?;
        tx.commit()?;
        Ok(value)
    }
}
