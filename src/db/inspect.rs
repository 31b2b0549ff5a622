//! What a file is, found out before Coachbook changes anything in it: a
//! Coachbook workspace (ours by SQLite's `application_id`), a new or empty
//! file, a workspace from a newer Coachbook, or something else entirely —
//! which is refused and left byte for byte as it was.

use std::path::Path;

use rusqlite::{Connection, OpenFlags};
use serde::Serialize;
use specta::Type;

use super::migrations::LATEST_VERSION;

/// SQLite's `application_id` for Coachbook workspaces: "CBK1".
pub const APPLICATION_ID: i32 = 0x4342_4B31;

/// Why a workspace file cannot be opened, in terms a person can act on.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum OpenProblem {
    /// Another program's file (or not a database at all); left untouched.
    NotCoachbook,
    /// Made by a newer Coachbook than this one.
    NewerSchema { version: u32, supported: u32 },
    /// SQLite's own check found damage.
    Corrupt { detail: String },
    /// The file or its folder cannot be written.
    ReadOnly,
    /// The disk has no room left.
    DiskFull,
    /// Anything else the system reported.
    Unreadable { detail: String },
    /// Encrypted: it opens with its passphrase.
    Encrypted,
    /// The passphrase given does not open it.
    WrongPassphrase,
}

impl std::fmt::Display for OpenProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            OpenProblem::NotCoachbook => {
                f.write_str("This file is not a Coachbook workspace. It was left exactly as it was.")
            }
            OpenProblem::NewerSchema { version, supported } => write!(
                f,
                "This workspace was saved by a newer Coachbook (format {version}; this version reads up to {supported}). \
                 Update Coachbook to open it; the file was left as it was."
            ),
            OpenProblem::Corrupt { detail } => {
                write!(f, "This workspace is damaged ({detail}). Restore a backup, or start a new workspace.")
            }
            OpenProblem::ReadOnly => f.write_str(
                "This workspace cannot be written: the file or its folder is read-only. Choose a place you can write to.",
            ),
            OpenProblem::DiskFull => f.write_str("The disk is full, so the workspace could not be opened. Free some space and try again."),
            OpenProblem::Unreadable { detail } => write!(f, "This workspace could not be opened: {detail}."),
            OpenProblem::Encrypted => f.write_str("This workspace is protected with a passphrase. Enter it to open the workspace."),
            OpenProblem::WrongPassphrase => f.write_str("That passphrase does not open this workspace. Nothing was changed."),
        }
    }
}

/// The state a file is found in.
#[derive(Debug, PartialEq)]
pub(crate) enum Found {
    /// No file, an empty file, or an SQLite file with nothing in it.
    New,
    /// A Coachbook workspace at this schema version.
    Workspace { version: u32 },
    /// Not readable without a key: opened with the passphrase, then checked.
    Encrypted,
}

/// Looks at the file without changing it. `Err` names why it must not be
/// opened. `keyed`: a passphrase was given, so a file that is not plain
/// SQLite may be an encrypted workspace.
pub(crate) fn inspect(path: &Path, keyed: bool) -> Result<Found, OpenProblem> {
    let header = match read_header(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Found::New),
        Err(e) => return Err(OpenProblem::Unreadable { detail: e.to_string() }),
        Ok(header) => header,
    };
    if header.is_empty() {
        return Ok(Found::New);
    }
    if header.len() < 100 || !header.starts_with(b"SQLite format 3\0") {
        return match (keyed, looks_encrypted(path)) {
            (true, _) => Ok(Found::Encrypted),
            (false, true) => Err(OpenProblem::Encrypted),
            (false, false) => Err(OpenProblem::NotCoachbook),
        };
    }
    let field = |at: usize| i64::from(u32::from_be_bytes([header[at], header[at + 1], header[at + 2], header[at + 3]]));
    // The header holds both, so a read-only or locked file is judged without SQLite.
    let (application_id, version) = (field(68), field(60));
    if application_id == i64::from(APPLICATION_ID) {
        return workspace_at(version);
    }
    if application_id != 0 {
        return Err(OpenProblem::NotCoachbook);
    }
    // No application_id: an empty database, a workspace from before Coachbook
    // set one (or whose newest commits are still in its write-ahead log), or a stranger.
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)
        .map_err(|e| OpenProblem::Unreadable { detail: e.to_string() })?;
    let read = |sql: &str| conn.query_row(sql, [], |r| r.get::<_, i64>(0));
    let application_id = read("PRAGMA application_id").map_err(|e| OpenProblem::Unreadable { detail: e.to_string() })?;
    let version = read("PRAGMA user_version").map_err(|e| OpenProblem::Unreadable { detail: e.to_string() })?;
    let tables = read("SELECT count(*) FROM sqlite_master").map_err(|e| OpenProblem::Unreadable { detail: e.to_string() })?;
    if application_id == i64::from(APPLICATION_ID) || (application_id == 0 && version >= 1 && has_coachbook_tables(&conn)) {
        workspace_at(version)
    } else if application_id == 0 && version == 0 && tables == 0 {
        Ok(Found::New)
    } else {
        Err(OpenProblem::NotCoachbook)
    }
}

/// An encrypted SQLite file is whole pages of what looks like noise: its
/// size is a multiple of the page size (SQLCipher's is 4096).
fn looks_encrypted(path: &Path) -> bool {
    std::fs::metadata(path).map(|m| m.len() >= 4096 && m.len() % 4096 == 0).unwrap_or(false)
}

/// After keying an encrypted file: is it ours, and not from a newer Coachbook?
pub(crate) fn check_keyed(conn: &Connection) -> Result<(), OpenProblem> {
    let read = |sql: &str| conn.query_row(sql, [], |r| r.get::<_, i64>(0));
    // A wrong key makes the first read fail: the pages do not decrypt.
    let application_id = read("PRAGMA application_id").map_err(|_| OpenProblem::WrongPassphrase)?;
    read("SELECT count(*) FROM sqlite_master").map_err(|_| OpenProblem::WrongPassphrase)?;
    if application_id != i64::from(APPLICATION_ID) {
        return Err(OpenProblem::NotCoachbook);
    }
    let version = read("PRAGMA user_version").map_err(|_| OpenProblem::WrongPassphrase)?;
    workspace_at(version).map(|_| ())
}

fn workspace_at(version: i64) -> Result<Found, OpenProblem> {
    let version = u32::try_from(version).map_err(|_| OpenProblem::NotCoachbook)?;
    if version as usize > LATEST_VERSION {
        return Err(OpenProblem::NewerSchema { version, supported: LATEST_VERSION as u32 });
    }
    Ok(Found::Workspace { version })
}

/// The database header: the first 100 bytes (fewer if the file is shorter).
fn read_header(path: &Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let mut header = Vec::with_capacity(100);
    std::fs::File::open(path)?.take(100).read_to_end(&mut header)?;
    Ok(header)
}

fn has_coachbook_tables(conn: &Connection) -> bool {
    conn.query_row(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('people', 'settings', 'rubrics')",
        [],
        |r| r.get::<_, i64>(0),
    )
    .map(|n| n >= 1)
    .unwrap_or(false)
}

/// SQLite's quick integrity check; `Err` with what it found.
pub(crate) fn quick_check(conn: &Connection) -> Result<(), OpenProblem> {
    let first: String = conn
        .query_row("PRAGMA quick_check", [], |r| r.get(0))
        .map_err(|e| OpenProblem::Corrupt { detail: e.to_string() })?;
    if first == "ok" {
        Ok(())
    } else {
        Err(OpenProblem::Corrupt { detail: first })
    }
}
