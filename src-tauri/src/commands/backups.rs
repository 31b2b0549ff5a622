//! Commands for backups: list, back up now, restore (also from the failure
//! page, when the workspace itself cannot be opened).

use std::path::{Path, PathBuf};

use coachbook::backups::{count_in, folder_for, list_in, restore_over, Backup};
use coachbook::{ApiError, ErrorKind, Passphrase};
use tauri::State;

use super::{on_backend, Backend};
use crate::workspace::WorkspaceStatus;

fn workspace_path(backend: &Backend) -> PathBuf {
    match backend.status() {
        WorkspaceStatus::Open { path } | WorkspaceStatus::Failed { path, .. } => PathBuf::from(path),
    }
}

/// Newest first; for the open workspace, or beside the one that failed to
/// open. At once: what each holds only where counted before (`count_backups`).
#[tauri::command]
#[specta::specta]
pub async fn list_backups(backend: State<'_, Backend>) -> Result<Vec<Backup>, ApiError> {
    beside_the_workspace(backend, list_in).await
}

/// The same list with what each backup holds (seconds for a large one the
/// first time; the list is shown before).
#[tauri::command]
#[specta::specta]
pub async fn count_backups(backend: State<'_, Backend>) -> Result<Vec<Backup>, ApiError> {
    beside_the_workspace(backend, count_in).await
}

/// Reads the backups folder of the workspace path off the main thread (the
/// failure page has no book to ask, hence the path and no key).
async fn beside_the_workspace(
    backend: State<'_, Backend>,
    read: fn(&Path, Option<&Passphrase>) -> coachbook::Result<Vec<Backup>>,
) -> Result<Vec<Backup>, ApiError> {
    let backend = backend.inner().clone();
    tauri::async_runtime::spawn_blocking(move || read(&folder_for(&workspace_path(&backend)), None))
        .await
        .map_err(internal)?
        .map_err(ApiError::from)
}

#[tauri::command]
#[specta::specta]
pub async fn back_up_now(backend: State<'_, Backend>) -> Result<Backup, ApiError> {
    on_backend(backend, |b| b.back_up_now()).await
}

/// Replaces the workspace with a backup and opens it. Returns the status after.
#[tauri::command]
#[specta::specta]
pub async fn restore_backup(backend: State<'_, Backend>, file_name: String) -> Result<WorkspaceStatus, ApiError> {
    let backend = backend.inner().clone();
    tauri::async_runtime::spawn_blocking(move || {
        if let Ok(book) = backend.book() {
            book.restore_backup(&file_name)?;
            return Ok(backend.status());
        }
        let path = workspace_path(&backend);
        let backup = folder_for(&path).join(Path::new(&file_name).file_name().unwrap_or_default());
        if !backup.exists() {
            return Err(coachbook::Error::invalid("fileName", format!("There is no backup called {file_name}.")));
        }
        restore_over(&backup, &path)?;
        Ok(backend.switch_to(&path))
    })
    .await
    .map_err(internal)?
    .map_err(ApiError::from)
}

fn internal(_: impl std::fmt::Debug) -> ApiError {
    ApiError { kind: ErrorKind::Internal, message: "The backup stopped unexpectedly; nothing was changed.".into(), field: None }
}
