//! Saving text the backend made to a file the user picks (the OS save
//! dialog runs from Rust, so the page needs no dialog permission).

use coachbook::{ApiError, ErrorKind};
use tauri_plugin_dialog::DialogExt;

/// What the save dialog offers: a file name and one filter.
pub(super) struct SaveAs {
    pub name: &'static str,
    pub filter: &'static str,
    pub extension: &'static str,
}

/// Shows the save dialog, then writes `text` there. `None` when cancelled.
/// Both run on a blocking thread: the dialog waits for the user.
pub(super) async fn save_text(app: tauri::AppHandle, save_as: SaveAs, text: String) -> Result<Option<String>, ApiError> {
    tauri::async_runtime::spawn_blocking(move || {
        let picked = app
            .dialog()
            .file()
            .set_file_name(save_as.name)
            .add_filter(save_as.filter, &[save_as.extension])
            .blocking_save_file();
        let Some(picked) = picked else { return Ok(None) };
        let path = picked.into_path().map_err(|e| failure(format!("That place cannot be written to: {e}")))?;
        std::fs::write(&path, text).map_err(|e| failure(format!("The file was not written: {e}")))?;
        Ok(Some(path.display().to_string()))
    })
    .await
    .map_err(|e| failure(format!("The file was not written: {e}")))?
}

fn failure(message: String) -> ApiError {
    ApiError { kind: ErrorKind::Storage, message, field: None }
}

/// Asks where to save a file (`None` when cancelled), off the main thread.
pub(super) async fn ask_save_path(app: tauri::AppHandle, name: String, filter: &'static str, extension: &'static str) -> Option<std::path::PathBuf> {
    tauri::async_runtime::spawn_blocking(move || {
        app.dialog().file().set_file_name(name).add_filter(filter, &[extension]).blocking_save_file().and_then(|p| p.into_path().ok())
    })
    .await
    .ok()
    .flatten()
}

/// Asks for a file to open (`None` when cancelled), off the main thread.
pub(super) async fn ask_open_path(app: tauri::AppHandle, filter: &'static str, extension: &'static str) -> Option<std::path::PathBuf> {
    tauri::async_runtime::spawn_blocking(move || {
        app.dialog().file().add_filter(filter, &[extension]).blocking_pick_file().and_then(|p| p.into_path().ok())
    })
    .await
    .ok()
    .flatten()
}

/// Asks for a folder (`None` when cancelled), off the main thread.
pub(super) async fn ask_folder(app: tauri::AppHandle) -> Option<std::path::PathBuf> {
    tauri::async_runtime::spawn_blocking(move || app.dialog().file().blocking_pick_folder().and_then(|p| p.into_path().ok()))
        .await
        .ok()
        .flatten()
}
