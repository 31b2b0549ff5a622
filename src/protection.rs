//! Encryption at rest: protect a workspace with a passphrase, change it, or
//! remove it. Each writes a new copy of the file (SQLCipher's
//! `sqlcipher_export`) and swaps it in; its backups follow.

use std::path::Path;

use rusqlite::Connection;

use crate::backups::list_in;
use crate::db::key::{self, Passphrase};
use crate::error::{Error, Result};
use crate::Coachbook;

impl Coachbook {
    /// Encrypts a workspace that is not yet protected.
    pub fn protect_with_passphrase(&self, passphrase: &str) -> Result<()> {
        if self.is_protected() {
            return Err(Error::conflict(None, "This workspace is already protected: change the passphrase instead."));
        }
        let new = Passphrase::new(passphrase)?;
        self.re_encrypt(Some(new))
    }

    /// Changes the passphrase; the current one must be given.
    pub fn change_passphrase(&self, current: &str, new: &str) -> Result<()> {
        self.check_current(current)?;
        let new = Passphrase::new(new)?;
        self.re_encrypt(Some(new))
    }

    /// Stores the workspace (and its backups) in the clear again.
    pub fn remove_protection(&self, current: &str) -> Result<()> {
        self.check_current(current)?;
        self.re_encrypt(None)
    }

    fn check_current(&self, current: &str) -> Result<()> {
        match self.key() {
            None => Err(Error::conflict(None, "This workspace has no passphrase.")),
            Some(key) if key != Passphrase::typed(current) => {
                Err(Error::invalid("current", "That is not the workspace's current passphrase."))
            }
            Some(_) => Ok(()),
        }
    }

    fn re_encrypt(&self, new: Option<Passphrase>) -> Result<()> {
        let old = self.key();
        self.rewrite_file(new.clone(), |conn, staged| key::export(conn, staged, new.as_ref()))?;
        for backup in list_in(&self.backups_folder(), old.as_ref())? {
            rewrite_backup(Path::new(&backup.path), old.as_ref(), new.as_ref())?;
        }
        Ok(())
    }
}

/// A backup re-written under the new key (or none), then swapped in.
fn rewrite_backup(path: &Path, old: Option<&Passphrase>, new: Option<&Passphrase>) -> Result<()> {
    let staged = path.with_extension("rewriting");
    let _ = std::fs::remove_file(&staged);
    {
        let conn = Connection::open(path)?;
        key::apply(&conn, old)?;
        key::export(&conn, &staged, new)?;
    }
    std::fs::rename(&staged, path)?;
    Ok(())
}
