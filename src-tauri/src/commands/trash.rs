//! Commands for the trash: list, restore (also what Undo calls), empty.

use coachbook::trash::{TrashEntry, TrashPage};
use coachbook::ApiError;
use tauri::State;

use super::{on_backend, Backend};

#[tauri::command]
#[specta::specta]
pub async fn list_trash(backend: State<'_, Backend>, limit: Option<u32>, offset: Option<u32>) -> Result<TrashPage, ApiError> {
    on_backend(backend, move |b| b.list_trash(limit, offset)).await
}

/// Puts a deleted thing back (or an earlier version in place of the current one).
#[tauri::command]
#[specta::specta]
pub async fn restore_from_trash(backend: State<'_, Backend>, id: String) -> Result<TrashEntry, ApiError> {
    on_backend(backend, move |b| b.restore_from_trash(&id)).await
}

/// Purges everything in the trash; returns how many entries went.
#[tauri::command]
#[specta::specta]
pub async fn empty_trash(backend: State<'_, Backend>) -> Result<u32, ApiError> {
    on_backend(backend, move |b| b.empty_trash()).await
}
