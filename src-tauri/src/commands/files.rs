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
pub(super) async fn save_text(app: tauri::AppHandle, save_as: SaveAs, text: String) -> Result<Option<String>, ApiError> {
    save_bytes(app, save_as.name.to_owned(), save_as.filter, save_as.extension, text.into_bytes()).await
}

/// Shows the save dialog, then writes `bytes` there (through a temporary
/// file and a rename, so a failed write never leaves half a file). The path, or `None` when cancelled.
pub(super) async fn save_bytes(app: tauri::AppHandle, name: String, filter: &'static str, extension: &'static str, bytes: Vec<u8>) -> Result<Option<String>, ApiError> {
    let Some(path) = ask_save_path(app, name, filter, extension).await else { return Ok(None) };
    tauri::async_runtime::spawn_blocking(move || {
        write_whole(&path, &bytes).map_err(|e| failure(format!("The file was not written: {e}")))?;
        Ok(Some(path.display().to_string()))
    })
    .await
    .map_err(|e| failure(format!("The file was not written: {e}")))?
}

pub(super) fn write_whole(path: &std::path::Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut temporary = path.as_os_str().to_owned();
    temporary.push(".part");
    std::fs::write(&temporary, bytes)?;
    std::fs::rename(&temporary, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&temporary);
    })
}

fn failure(message: String) -> ApiError {
    ApiError { kind: ErrorKind::Storage, message, field: None }
}

/// Automated tests cannot click through the OS's file dialogs, so when this
/// variable names a folder the dialogs are skipped: a save goes into the
/// folder under the suggested name, an open takes the folder's newest file
/// with the right extension, and a folder question gets the folder itself.
pub const DIALOG_STAND_IN: &str = "COACHBOOK_DIALOG_DIR";

pub(super) fn dialog_stand_in() -> Option<std::path::PathBuf> {
    std::env::var_os(DIALOG_STAND_IN).filter(|v| !v.is_empty()).map(std::path::PathBuf::from)
}

fn newest_with_extension(folder: &std::path::Path, extension: &str) -> Option<std::path::PathBuf> {
    std::fs::read_dir(folder)
        .ok()?
        .filter_map(|e| e.ok())
        .filter(|e| e.path().extension().is_some_and(|x| x.eq_ignore_ascii_case(extension)))
        .max_by_key(|e| e.metadata().and_then(|m| m.modified()).ok())
        .map(|e| e.path())
}

/// Asks where to save a file (`None` when cancelled), off the main thread.
pub(super) async fn ask_save_path(app: tauri::AppHandle, name: String, filter: &'static str, extension: &'static str) -> Option<std::path::PathBuf> {
    if let Some(folder) = dialog_stand_in() {
        return Some(folder.join(name));
    }
    tauri::async_runtime::spawn_blocking(move || {
        app.dialog().file().set_file_name(name).add_filter(filter, &[extension]).blocking_save_file().and_then(|p| p.into_path().ok())
    })
    .await
    .ok()
    .flatten()
}

/// Asks for a file to open (`None` when cancelled), off the main thread.
pub(super) async fn ask_open_path(app: tauri::AppHandle, filter: &'static str, extension: &'static str) -> Option<std::path::PathBuf> {
    if let Some(folder) = dialog_stand_in() {
        return newest_with_extension(&folder, extension);
    }
    tauri::async_runtime::spawn_blocking(move || {
        app.dialog().file().add_filter(filter, &[extension]).blocking_pick_file().and_then(|p| p.into_path().ok())
    })
    .await
    .ok()
    .flatten()
}

/// Asks for a folder (`None` when cancelled), off the main thread.
pub(super) async fn ask_folder(app: tauri::AppHandle) -> Option<std::path::PathBuf> {
    if let Some(folder) = dialog_stand_in() {
        return Some(folder);
    }
    tauri::async_runtime::spawn_blocking(move || app.dialog().file().blocking_pick_folder().and_then(|p| p.into_path().ok()))
        .await
        .ok()
        .flatten()
}
