//! Opening the workspace's SQLite file: pragmas on every connection, then
//! the schema migrations.

mod builtin_ids;
pub(crate) mod filter;
mod inspect;
pub(crate) mod key;
mod migrations;
pub(crate) mod time;

use std::fs::OpenOptions;
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::Connection;

use crate::error::{Error, Result};
pub use inspect::{OpenProblem, APPLICATION_ID};
use inspect::{check_keyed, inspect, Found};
pub(crate) use inspect::quick_check;
use key::Passphrase;
pub use migrations::{migrations, LATEST_VERSION};

/// Files up to this size are checked whole before they open (well under a
/// second); a larger one opens at once and is checked in the background
/// (`Coachbook::check_integrity`), so a manager with years of history does
/// not wait seconds for every start. A file about to be upgraded is always
/// checked first: its schema is about to change.
pub const CHECKED_ON_OPEN_BYTES: u64 = 64 * 1024 * 1024;

/// An open connection, and whether the file was checked whole on the way.
pub(crate) struct Opened {
    pub conn: Connection,
    pub checked: bool,
}

fn size_of(path: &Path) -> u64 {
    std::fs::metadata(path).map(|m| m.len()).unwrap_or(0)
}

/// Opens (creating if needed) the database file and brings its schema up to
/// date. A file that is not a Coachbook workspace, or one from a newer
/// Coachbook, is refused before anything in it changes.
pub(crate) fn open(path: &Path, key: Option<&Passphrase>) -> Result<Opened> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(|e| Error::Open(io_problem(&e)))?;
    }
    let found = inspect(path, key.is_some()).map_err(Error::Open)?;
    // A plain workspace opened with a passphrase is simply opened: the key is for encrypted ones.
    let key = if found == Found::Encrypted { key } else { None };
    // Two processes opening one new file at once would both run the
    // migrations; a lock file beside it makes them take turns.
    let lock_file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(lock_path(path))
        .map_err(|e| Error::Open(io_problem(&e)))?;
    let mut lock = fd_lock::RwLock::new(lock_file);
    let _turn = lock.write().map_err(|e| Error::Open(io_problem(&e)))?;
    if found == Found::Encrypted {
        // The key is tried on a read-only connection: one that can write
        // would fold the write-ahead log into the file as it closes, and a
        // wrong passphrase must leave the file exactly as it was.
        let probe = Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .map_err(|e| Error::Open(sqlite_problem(&e)))?;
        key::apply(&probe, key)?;
        check_keyed(&probe).map_err(Error::Open)?;
    }
    let mut conn = Connection::open(path).map_err(|e| Error::Open(sqlite_problem(&e)))?;
    key::apply(&conn, key)?;
    configure(&conn).map_err(as_open_problem)?;
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(|e| Error::Open(sqlite_problem(&e)))?;
    let upgrading = found != Found::New && (version as usize) < LATEST_VERSION;
    let checked = found != Found::New && (upgrading || size_of(path) <= CHECKED_ON_OPEN_BYTES);
    if checked {
        quick_check(&conn).map_err(Error::Open)?;
    }
    migrations().to_latest(&mut conn).map_err(|e| match e {
        rusqlite_migration::Error::RusqliteError { err, .. } => Error::Open(sqlite_problem(&err)),
        other => Error::Migration(other),
    })?;
    conn.pragma_update(None, "application_id", APPLICATION_ID).map_err(|e| Error::Open(sqlite_problem(&e)))?;
    // The team view's kept statuses learn of this connection's writes through these.
    crate::team::install_status_triggers(&conn).map_err(|e| Error::Open(sqlite_problem(&e)))?;
    crate::search::install_vocabularies(&conn).map_err(|e| Error::Open(sqlite_problem(&e)))?;
    Ok(Opened { conn, checked: checked || found == Found::New })
}

/// Whether the file on disk is encrypted (its header is not plain SQLite's).
pub(crate) fn is_encrypted(path: &Path) -> bool {
    use std::io::Read;
    let mut header = [0u8; 16];
    std::fs::File::open(path).and_then(|mut f| f.read_exact(&mut header)).is_ok() && &header != b"SQLite format 3\0"
}

/// The lock file beside the workspace (`coachbook.sqlite3.lock`).
pub(crate) fn lock_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".lock");
    path.with_file_name(name)
}

fn as_open_problem(error: Error) -> Error {
    match error {
        Error::Storage(e) => Error::Open(sqlite_problem(&e)),
        other => other,
    }
}

fn io_problem(error: &std::io::Error) -> OpenProblem {
    match error.kind() {
        std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem => OpenProblem::ReadOnly,
        std::io::ErrorKind::StorageFull => OpenProblem::DiskFull,
        _ => OpenProblem::Unreadable { detail: error.to_string() },
    }
}

fn sqlite_problem(error: &rusqlite::Error) -> OpenProblem {
    use rusqlite::ErrorCode::*;
    match error.sqlite_error_code() {
        Some(ReadOnly | CannotOpen | PermissionDenied) => OpenProblem::ReadOnly,
        Some(DiskFull) => OpenProblem::DiskFull,
        Some(DatabaseCorrupt) => OpenProblem::Corrupt { detail: error.to_string() },
        Some(NotADatabase) => OpenProblem::NotCoachbook,
        _ => OpenProblem::Unreadable { detail: error.to_string() },
    }
}

/// Pragmas are per connection and `foreign_keys` cannot change inside a
/// transaction, so they are set here rather than in a migration.
fn configure(conn: &Connection) -> Result<()> {
    conn.busy_timeout(Duration::from_secs(5))?;
    // WAL keeps readers off the writer's back; FULL syncs the WAL on every
    // commit, so a save is on disk when the call returns.
    let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(crate::Error::conflict(
            None,
            format!("the database could not switch to WAL journaling (it reports '{mode}')"),
        ));
    }
    conn.pragma_update(None, "synchronous", "FULL")?;
    // A 32 MB page cache (SQLite's default is 2 MB): an encrypted page is
    // decrypted again each time it is read from disk, so keeping the hot
    // pages costs memory only as they are read and saves most of that work.
    conn.pragma_update(None, "cache_size", -32_768)?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_connection_gets_wal_foreign_keys_and_full_sync() {
        let dir = tempfile::tempdir().unwrap();
        let conn = super::open(&dir.path().join("t.sqlite3"), None).unwrap().conn;
        let pragma = |name: &str| -> i64 {
            conn.query_row(&format!("PRAGMA {name}"), [], |r| r.get(0)).unwrap()
        };
        assert_eq!(pragma("foreign_keys"), 1);
        assert_eq!(pragma("synchronous"), 2, "2 is FULL");
        let mode: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
        assert_eq!(mode, "wal");
    }
}
