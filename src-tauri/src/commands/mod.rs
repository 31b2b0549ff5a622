//! Tauri commands: thin async wrappers that run backend calls on a blocking
//! thread, so no database work happens on the main (UI) thread.

pub mod names;
mod feedback;
mod goals;
mod one_on_ones;
mod people;
mod rubrics;
mod scorecards;
mod workspace;

use std::sync::Arc;

use coachbook::{ApiError, Coachbook, ErrorKind};
use tauri::State;

pub use feedback::*;
pub use goals::*;
pub use one_on_ones::*;
pub use people::*;
pub use rubrics::*;
pub use scorecards::*;
pub use workspace::*;

/// The backend as Tauri manages it.
pub struct Backend(pub Arc<Coachbook>);

/// Runs `work` against the backend off the main thread.
async fn on_backend<T, F>(backend: State<'_, Backend>, work: F) -> Result<T, ApiError>
where
    T: Send + 'static,
    F: FnOnce(&Coachbook) -> coachbook::Result<T> + Send + 'static,
{
    let book = Arc::clone(&backend.0);
    tauri::async_runtime::spawn_blocking(move || work(&book))
        .await
        .map_err(|e| ApiError {
            kind: ErrorKind::Storage,
            message: format!("The request stopped before it finished: {e}"),
            field: None,
        })?
        .map_err(ApiError::from)
}

/// Whether this workspace may see private notes and unshared feedback: a
/// manager's workspace may, a rep's own workspace may not.
fn sees_private(b: &Coachbook) -> coachbook::Result<bool> {
    Ok(b.settings()?.mode == coachbook::settings::WorkspaceMode::Manager)
}
