//! The passphrase of an encrypted workspace (SQLCipher). Held in memory only
//! while the workspace is open: never written to disk or logs, and wiped
//! when dropped.

use std::fmt;

use rusqlite::Connection;

use crate::error::{Error, Result};

pub const MIN_PASSPHRASE: usize = 8;

#[derive(Clone, PartialEq, Eq)]
pub struct Passphrase(String);

impl Passphrase {
    /// Checks a new passphrase: long enough, one line.
    pub fn new(text: &str) -> Result<Passphrase> {
        if text.chars().count() < MIN_PASSPHRASE {
            return Err(Error::invalid("passphrase", format!("Use at least {MIN_PASSPHRASE} characters.")));
        }
        if text.chars().any(char::is_control) {
            return Err(Error::invalid("passphrase", "A passphrase cannot contain control characters."));
        }
        Ok(Passphrase(text.to_owned()))
    }

    /// A passphrase typed to unlock: taken as it is.
    pub fn typed(text: &str) -> Passphrase {
        Passphrase(text.to_owned())
    }

    pub(crate) fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Passphrase(…)")
    }
}

impl Drop for Passphrase {
    fn drop(&mut self) {
        // Overwrite the bytes before the memory goes back to the allocator.
        // SAFETY: zero bytes are valid UTF-8.
        unsafe { self.0.as_bytes_mut() }.iter_mut().for_each(|b| *b = 0);
    }
}

/// Keys a connection; must come before anything else reads the file.
pub(crate) fn apply(conn: &Connection, key: Option<&Passphrase>) -> Result<()> {
    if let Some(key) = key {
        conn.pragma_update(None, "key", key.as_str())?;
    }
    Ok(())
}

/// Copies the whole database behind `conn` into a new file at `target`,
/// encrypted with `key` (or in the clear without one), keeping its schema
/// version and application id. Runs as one read, so it is consistent.
pub(crate) fn export(conn: &Connection, target: &std::path::Path, key: Option<&Passphrase>) -> Result<()> {
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    let application: i64 = conn.query_row("PRAGMA application_id", [], |r| r.get(0))?;
    conn.execute("ATTACH DATABASE ?1 AS export KEY ?2", [target.to_string_lossy().as_ref(), key.map_or("", |k| k.as_str())])?;
    let copied = (|| -> Result<()> {
        conn.query_row("SELECT sqlcipher_export('export')", [], |_| Ok(()))?;
        conn.execute_batch(&format!("PRAGMA export.user_version = {version}; PRAGMA export.application_id = {application};"))?;
        Ok(())
    })();
    conn.execute("DETACH DATABASE export", [])?;
    copied
}
