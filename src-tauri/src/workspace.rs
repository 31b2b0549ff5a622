//! The open workspace as the shell holds it. Opening never fails the app:
//! a file that cannot be opened leaves the window up with the problem in
//! words (the failure page), and another file can be opened or made in its place.
//! The first open runs beside the window's start: calls wait for it, the
//! window does not. A small file is checked whole as it opens; a large one
//! is checked on a thread of its own once open (`workspace_integrity`).

use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex, RwLock};

use coachbook::{ApiError, Coachbook, Error, ErrorKind, Integrity, OpenProblem, Passphrase, SystemClock};
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
    /// Whether the first open has finished (either way).
    first_open: (Mutex<bool>, Condvar),
}

impl OpenWorkspace {
    fn new(path: &Path) -> OpenWorkspace {
        OpenWorkspace {
            inner: RwLock::new((None, failed(path, None, "Not opened yet.".into()))),
            first_open: (Mutex::new(false), Condvar::new()),
        }
    }

    /// Tries `path` now; the app starts either way.
    pub fn start(path: &Path) -> OpenWorkspace {
        let backend = Self::new(path);
        backend.switch_to(path);
        backend.first_open_done();
        backend
    }

    /// Tries `path` on a thread of its own, so the window shows at once.
    pub fn start_opening(path: PathBuf) -> Arc<OpenWorkspace> {
        let backend = Arc::new(Self::new(&path));
        let opening = Arc::clone(&backend);
        std::thread::spawn(move || {
            opening.switch_to(&path);
            opening.first_open_done();
        });
        backend
    }

    fn first_open_done(&self) {
        *self.first_open.0.lock().unwrap_or_else(|p| p.into_inner()) = true;
        self.first_open.1.notify_all();
    }

    /// Blocks until the first open has finished: call off the async runtime.
    fn wait_for_first_open(&self) {
        let mut done = self.first_open.0.lock().unwrap_or_else(|p| p.into_inner());
        while !*done {
            done = self.first_open.1.wait(done).unwrap_or_else(|p| p.into_inner());
        }
    }

    /// The open workspace, or the error a command gets while none is.
    /// Waits for the first open.
    pub fn book(&self) -> Result<Arc<Coachbook>, ApiError> {
        self.wait_for_first_open();
        let inner = self.inner.read().unwrap_or_else(|p| p.into_inner());
        inner.0.clone().ok_or_else(|| ApiError {
            kind: ErrorKind::Storage,
            message: "No workspace is open: open or create one first.".into(),
            field: None,
        })
    }

    /// Waits for the first open.
    pub fn status(&self) -> WorkspaceStatus {
        self.wait_for_first_open();
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
                let book = Arc::new(book);
                if book.integrity() == Integrity::Unchecked {
                    // A large file opened without its whole-file check: it runs now, beside the work.
                    let checking = Arc::clone(&book);
                    std::thread::spawn(move || checking.check_integrity());
                }
                let status = WorkspaceStatus::Open { path: path.display().to_string() };
                *self.inner.write().unwrap_or_else(|p| p.into_inner()) = (Some(book), status.clone());
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
    fn calls_made_while_the_first_open_runs_wait_for_it() {
        let dir = tempfile::tempdir().unwrap();
        let backend = OpenWorkspace::start_opening(dir.path().join("w.sqlite3"));
        assert!(backend.book().is_ok(), "book() waited for the open instead of failing");
        assert!(matches!(backend.status(), WorkspaceStatus::Open { .. }));
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
