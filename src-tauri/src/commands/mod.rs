//! Tauri commands: thin async wrappers that run backend calls on a blocking
//! thread, so no database work happens on the main (UI) thread.
//!
//! One file per product area, named as in the backend. A command is declared
//! once, as a `#[tauri::command] pub async fn` in its area's file: build.rs
//! reads those declarations and makes the command list, the permissions and
//! the capability from them.

pub mod backups;
pub mod documents;
pub mod exchange;
pub mod feedback;
mod files;
pub mod goals;
pub mod kare;
pub mod kpis;
pub mod one_on_ones;
pub mod packs;
pub mod people;
pub mod plans;
pub mod reminders;
pub mod review;
pub mod rubrics;
pub mod scorecards;
pub mod search;
pub mod settings;
pub mod skills;
pub mod team;
pub mod today;
pub mod trash;
pub mod workspace;

use std::sync::Arc;

use coachbook::{ApiError, Coachbook, ErrorKind};
use tauri::State;

include!(concat!(env!("OUT_DIR"), "/commands.rs"));

/// The workspace as Tauri manages it (see `crate::workspace`).
pub type Backend = Arc<crate::workspace::OpenWorkspace>;

/// Runs `work` against the backend off the main thread.
async fn on_backend<T, F>(backend: State<'_, Backend>, work: F) -> Result<T, ApiError>
where
    T: Send + 'static,
    F: FnOnce(&Coachbook) -> coachbook::Result<T> + Send + 'static,
{
    let backend = backend.inner().clone();
    // `book()` may wait for the first open, so it is asked on the blocking thread too.
    run_blocking_on(move || backend.book(), work).await
}

/// Runs `work` on a blocking thread. A panic in it ends only this request
/// (its transaction rolls back) and comes back as an internal error.
pub async fn run_blocking<T, F>(book: Arc<Coachbook>, work: F) -> Result<T, ApiError>
where
    T: Send + 'static,
    F: FnOnce(&Coachbook) -> coachbook::Result<T> + Send + 'static,
{
    run_blocking_on(move || Ok(book), work).await
}

async fn run_blocking_on<T, F>(book: impl FnOnce() -> Result<Arc<Coachbook>, ApiError> + Send + 'static, work: F) -> Result<T, ApiError>
where
    T: Send + 'static,
    F: FnOnce(&Coachbook) -> coachbook::Result<T> + Send + 'static,
{
    tauri::async_runtime::spawn_blocking(move || -> Result<coachbook::Result<T>, ApiError> { Ok(work(&*book()?)) })
        .await
        .map_err(|_| ApiError {
            kind: ErrorKind::Internal,
            message: "Something went wrong inside Coachbook and this request stopped; nothing was saved. \
                      Please try again, and tell us if it keeps happening."
                .to_owned(),
            field: None,
        })??
        .map_err(ApiError::from)
}

/// Who is looking, for the blind-scoring rule: the assessor name in Settings.
fn viewer(b: &Coachbook) -> coachbook::Result<Option<String>> {
    Ok(b.settings()?.assessor_name)
}

/// Whether this workspace may see private notes and unshared feedback: a
/// manager's workspace may, a rep's own workspace may not.
fn sees_private(b: &Coachbook) -> coachbook::Result<bool> {
    Ok(b.settings()?.mode == coachbook::settings::WorkspaceMode::Manager)
}
