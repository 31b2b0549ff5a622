//! Opening the workspace's SQLite file: pragmas on every connection, then
//! the schema migrations.

pub(crate) mod filter;
mod migrations;
pub(crate) mod time;

use std::path::Path;
use std::time::Duration;

use rusqlite::Connection;

use crate::error::Result;
pub use migrations::{migrations, LATEST_VERSION};

/// Opens (creating if needed) the database file and brings its schema up to date.
pub(crate) fn open(path: &Path) -> Result<Connection> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)?;
    }
    let mut conn = Connection::open(path)?;
    configure(&conn)?;
    migrations().to_latest(&mut conn)?;
    Ok(conn)
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
    conn.pragma_update(None, "foreign_keys", "ON")?;
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_connection_gets_wal_foreign_keys_and_full_sync() {
        let dir = tempfile::tempdir().unwrap();
        let conn = super::open(&dir.path().join("t.sqlite3")).unwrap();
        let pragma = |name: &str| -> i64 {
            conn.query_row(&format!("PRAGMA {name}"), [], |r| r.get(0)).unwrap()
        };
        assert_eq!(pragma("foreign_keys"), 1);
        assert_eq!(pragma("synchronous"), 2, "2 is FULL");
        let mode: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
        assert_eq!(mode, "wal");
    }
}
