//! Commands about the workspace file itself: whether it opened, and opening
//! or creating another (the OS dialogs run from Rust).

use std::path::PathBuf;

use coachbook::{ApiError, ErrorKind, Integrity, OpenProblem, Passphrase};
use tauri::State;
use tauri_plugin_dialog::DialogExt;

use super::{on_backend, Backend};
use crate::workspace::{fresh_beside, WorkspaceStatus};

#[tauri::command]
#[specta::specta]
pub async fn workspace_status(backend: State<'_, Backend>) -> Result<WorkspaceStatus, ApiError> {
    let backend = backend.inner().clone();
    // Waits for the first open, off the async runtime.
    tauri::async_runtime::spawn_blocking(move || backend.status())
        .await
        .map_err(|_| ApiError { kind: ErrorKind::Internal, message: "Opening the workspace stopped unexpectedly.".into(), field: None })
}

/// Whether the file is sound: known at once for a small file, waited for
/// while a large one is checked in the background.
#[tauri::command]
#[specta::specta]
pub async fn workspace_integrity(backend: State<'_, Backend>) -> Result<Integrity, ApiError> {
    on_backend(backend, |b| b.check_integrity()).await
}

/// Asks for a workspace file to open. `None` when the dialog was cancelled.
#[tauri::command]
#[specta::specta]
pub async fn open_workspace(app: tauri::AppHandle, backend: State<'_, Backend>) -> Result<Option<WorkspaceStatus>, ApiError> {
    let picked = pick(app.clone(), false).await;
    Ok(match picked {
        Some(path) => Some(switch(&app, &backend, path).await),
        None => None,
    })
}

/// Asks where to make a new, empty workspace, and opens it.
#[tauri::command]
#[specta::specta]
pub async fn create_workspace(app: tauri::AppHandle, backend: State<'_, Backend>) -> Result<Option<WorkspaceStatus>, ApiError> {
    let picked = pick(app.clone(), true).await;
    Ok(match picked {
        Some(path) => Some(switch(&app, &backend, path).await),
        None => None,
    })
}

/// Makes a new, empty workspace beside the one that could not be opened
/// (which is left exactly as it is), and opens it.
#[tauri::command]
#[specta::specta]
pub async fn start_fresh_workspace(app: tauri::AppHandle, backend: State<'_, Backend>) -> Result<WorkspaceStatus, ApiError> {
    let current = match backend.status() {
        WorkspaceStatus::Open { path } | WorkspaceStatus::Failed { path, .. } => PathBuf::from(path),
    };
    Ok(switch(&app, &backend, fresh_beside(&current)).await)
}

/// Opens the encrypted workspace that failed to open for want of its passphrase.
/// A wrong passphrase is an error on the `passphrase` field; nothing changes.
#[tauri::command]
#[specta::specta]
pub async fn unlock_workspace(backend: State<'_, Backend>, passphrase: String) -> Result<WorkspaceStatus, ApiError> {
    let backend = backend.inner().clone();
    let path = match backend.status() {
        WorkspaceStatus::Open { path } | WorkspaceStatus::Failed { path, .. } => PathBuf::from(path),
    };
    let status = tauri::async_runtime::spawn_blocking(move || backend.switch_with(&path, Some(Passphrase::typed(&passphrase))))
        .await
        .map_err(|_| ApiError { kind: ErrorKind::Internal, message: "Unlocking stopped unexpectedly.".into(), field: None })?;
    match &status {
        WorkspaceStatus::Failed { problem: Some(OpenProblem::WrongPassphrase), message, .. } => {
            Err(ApiError { kind: ErrorKind::Invalid, message: message.clone(), field: Some("passphrase".into()) })
        }
        _ => Ok(status),
    }
}

#[tauri::command]
#[specta::specta]
pub async fn protect_workspace(backend: State<'_, Backend>, passphrase: String) -> Result<(), ApiError> {
    on_backend(backend, move |b| b.protect_with_passphrase(&passphrase)).await
}

#[tauri::command]
#[specta::specta]
pub async fn change_passphrase(backend: State<'_, Backend>, current: String, passphrase: String) -> Result<(), ApiError> {
    on_backend(backend, move |b| b.change_passphrase(&current, &passphrase)).await
}

#[tauri::command]
#[specta::specta]
pub async fn remove_protection(backend: State<'_, Backend>, current: String) -> Result<(), ApiError> {
    on_backend(backend, move |b| b.remove_protection(&current)).await
}

#[tauri::command]
#[specta::specta]
pub async fn quit(app: tauri::AppHandle) -> Result<(), ApiError> {
    app.exit(0);
    Ok(())
}

/// Opens `path` off the main thread (the integrity check reads the whole file)
/// and remembers it for the next start.
async fn switch(app: &tauri::AppHandle, backend: &State<'_, Backend>, path: PathBuf) -> WorkspaceStatus {
    let backend = backend.inner().clone();
    let status = tauri::async_runtime::spawn_blocking(move || backend.switch_to(&path)).await;
    let status = status.unwrap_or_else(|_| WorkspaceStatus::Failed {
        path: String::new(),
        problem: None,
        message: "Opening the workspace stopped unexpectedly.".into(),
    });
    if let WorkspaceStatus::Open { path } = &status {
        crate::db_location::remember(app, path.as_ref());
    }
    status
}

async fn pick(app: tauri::AppHandle, new: bool) -> Option<PathBuf> {
    tauri::async_runtime::spawn_blocking(move || {
        let dialog = app.dialog().file().add_filter("Coachbook workspace", &["sqlite3", "db", "sqlite"]);
        let picked = if new { dialog.set_file_name("coachbook.sqlite3").blocking_save_file() } else { dialog.blocking_pick_file() };
        picked.and_then(|p| p.into_path().ok())
    })
    .await
    .ok()
    .flatten()
}
