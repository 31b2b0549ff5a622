//! The whole-file check. A small file is checked as it opens (`db::open`);
//! a large one opens at once and is checked here, on a connection of its
//! own, while the manager works. Until a check has said the file is sound,
//! no automatic backup is made: a damaged file must not push good backups
//! out of the rolling set.

use std::sync::Mutex;

use rusqlite::{Connection, OpenFlags};
use serde::Serialize;
use specta::Type;

use crate::db::{self, key, OpenProblem};
use crate::error::{Error, Result};
use crate::Coachbook;

/// What is known about the file's pages.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum Integrity {
    /// Opened without the whole-file check; it has not run yet.
    Unchecked,
    Sound,
    /// SQLite's check found damage; `detail` is its first finding.
    Damaged { detail: String },
}

/// The verdict, and a turn for whoever checks (one check at a time).
#[derive(Default)]
pub(crate) struct IntegrityState {
    verdict: Mutex<Option<Integrity>>,
    checking: Mutex<()>,
}

impl IntegrityState {
    pub fn new(checked_on_open: bool) -> IntegrityState {
        let state = IntegrityState::default();
        state.reset(checked_on_open);
        state
    }

    /// After the file was opened again (a restore, a passphrase change).
    pub fn reset(&self, checked_on_open: bool) {
        *self.verdict.lock().unwrap_or_else(|p| p.into_inner()) = checked_on_open.then_some(Integrity::Sound);
    }

    fn known(&self) -> Option<Integrity> {
        self.verdict.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }
}

impl Coachbook {
    /// What is known now, without waiting for a check.
    pub fn integrity(&self) -> Integrity {
        self.integrity_state().known().unwrap_or(Integrity::Unchecked)
    }

    /// The verdict: the one known, or the file checked whole now (seconds on
    /// a large file; saves go on meanwhile). A caller arriving during a
    /// check waits for its verdict.
    pub fn check_integrity(&self) -> Result<Integrity> {
        let state = self.integrity_state();
        let _turn = state.checking.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(known) = state.known() {
            return Ok(known);
        }
        let reader = Connection::open_with_flags(self.path(), OpenFlags::SQLITE_OPEN_READ_ONLY)?;
        key::apply(&reader, self.key().as_ref())?;
        let verdict = match db::quick_check(&reader) {
            Ok(()) => Integrity::Sound,
            Err(OpenProblem::Corrupt { detail }) => Integrity::Damaged { detail },
            Err(other) => return Err(Error::Open(other)),
        };
        *state.verdict.lock().unwrap_or_else(|p| p.into_inner()) = Some(verdict.clone());
        Ok(verdict)
    }

    /// `Err` when the file is known to be damaged, naming what to do instead.
    pub(crate) fn refuse_if_damaged(&self, doing: &str) -> Result<()> {
        match self.integrity() {
            Integrity::Damaged { detail } => Err(Error::conflict(
                None,
                format!("This workspace is damaged ({detail}), so {doing} was not done: restore a backup instead."),
            )),
            _ => Ok(()),
        }
    }
}
