//! The open workspace as the shell holds it. Opening never fails the app:
//! a file that cannot be opened leaves the window up with the problem in
//! words (the failure page), and another file can be opened or made in its place.

use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};

use coachbook::{ApiError, Coachbook, Error, ErrorKind, OpenProblem, Passphrase, SystemClock};
use serde::Serialize;
use specta::Type;

/// What the window shows: the workspace, or why it could not be opened.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum WorkspaceStatus {
    Open { path: String },
    Failed { path: String, problem: Option<OpenProblem>, message: String },
}

pub struct OpenWorkspace {
    inner: RwLock<(Option<Arc<Coachbook>>, WorkspaceStatus)>,
}

impl OpenWorkspace {
    /// Tries `path`; the app starts either way.
    pub fn start(path: &Path) -> OpenWorkspace {
        let backend = OpenWorkspace { inner: RwLock::new((None, failed(path, None, "Not opened yet.".into()))) };
        backend.switch_to(path);
        backend
    }

    /// The open workspace, or the error a command gets while none is.
    pub fn book(&self) -> Result<Arc<Coachbook>, ApiError> {
        let inner = self.inner.read().unwrap_or_else(|p| p.into_inner());
        inner.0.clone().ok_or_else(|| ApiError {
            kind: ErrorKind::Storage,
            message: "No workspace is open: open or create one first.".into(),
            field: None,
        })
    }

    pub fn status(&self) -> WorkspaceStatus {
        self.inner.read().unwrap_or_else(|p| p.into_inner()).1.clone()
    }

    /// Opens `path` in place of the current workspace. When it cannot be
    /// opened, a workspace already open stays open and the problem is returned.
    pub fn switch_to(&self, path: &Path) -> WorkspaceStatus {
        self.switch_with(path, None)
    }

    /// As [`OpenWorkspace::switch_to`], with the passphrase of an encrypted workspace.
    pub fn switch_with(&self, path: &Path, key: Option<Passphrase>) -> WorkspaceStatus {
        match Coachbook::open_with(path, key, Arc::new(SystemClock)) {
            Ok(book) => {
                let status = WorkspaceStatus::Open { path: path.display().to_string() };
                *self.inner.write().unwrap_or_else(|p| p.into_inner()) = (Some(Arc::new(book)), status.clone());
                status
            }
            Err(error) => {
                let problem = match &error {
                    Error::Open(problem) => Some(problem.clone()),
                    _ => None,
                };
                let status = failed(path, problem, error.to_string());
                let mut inner = self.inner.write().unwrap_or_else(|p| p.into_inner());
                if inner.0.is_none() {
                    inner.1 = status.clone();
                }
                status
            }
        }
    }
}

fn failed(path: &Path, problem: Option<OpenProblem>, message: String) -> WorkspaceStatus {
    WorkspaceStatus::Failed { path: path.display().to_string(), problem, message }
}

/// A name for a new workspace beside `path` that is not taken:
/// `coachbook (new).sqlite3`, then `coachbook (new 2).sqlite3`…
pub fn fresh_beside(path: &Path) -> PathBuf {
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "coachbook".into());
    let folder = path.parent().map(Path::to_path_buf).unwrap_or_default();
    (1..)
        .map(|n| folder.join(if n == 1 { format!("{stem} (new).sqlite3") } else { format!("{stem} (new {n}).sqlite3") }))
        .find(|candidate| !candidate.exists())
        .expect("some name is free")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_that_cannot_be_opened_leaves_a_failed_status_and_no_book() {
        let dir = tempfile::tempdir().unwrap();
        let bad = dir.path().join("notes.txt");
        std::fs::write(&bad, "just text, not a workspace at all, long enough").unwrap();
        let backend = OpenWorkspace::start(&bad);
        assert!(backend.book().is_err());
        match backend.status() {
            WorkspaceStatus::Failed { problem, message, .. } => {
                assert_eq!(problem, Some(OpenProblem::NotCoachbook));
                assert!(message.contains("not a Coachbook workspace"));
            }
            other => panic!("{other:?}"),
        }
        let fresh = fresh_beside(&bad);
        assert_eq!(fresh.file_name().unwrap(), "notes (new).sqlite3");
        assert!(matches!(backend.switch_to(&fresh), WorkspaceStatus::Open { .. }));
        assert!(backend.book().is_ok());
        std::fs::write(dir.path().join("notes (new 2).sqlite3"), "").unwrap();
        assert_eq!(fresh_beside(&bad).file_name().unwrap(), "notes (new 3).sqlite3");
    }

    #[test]
    fn a_failed_switch_keeps_the_open_workspace() {
        let dir = tempfile::tempdir().unwrap();
        let backend = OpenWorkspace::start(&dir.path().join("good.sqlite3"));
        let bad = dir.path().join("bad.db");
        std::fs::write(&bad, "not sqlite").unwrap();
        assert!(matches!(backend.switch_to(&bad), WorkspaceStatus::Failed { .. }));
        assert!(matches!(backend.status(), WorkspaceStatus::Open { .. }));
        assert!(backend.book().is_ok());
    }
}
