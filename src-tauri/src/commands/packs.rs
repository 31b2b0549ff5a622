//! Commands for packs between workspaces: links, invitations, sending and
//! opening packs (by hand or through the sync folder), the ledger and conflicts.

use std::path::PathBuf;

use coachbook::packs::{AppliedPack, Conflict, Invitation, Link, SentPack, SyncReport, PACK_EXTENSION};
use coachbook::{ApiError, PersonId};
use tauri::State;

use super::files::{ask_folder, ask_open_path, ask_save_path};
use super::{on_backend, Backend};

const FILTER: &str = "Coachbook pack";

#[tauri::command]
#[specta::specta]
pub async fn list_links(backend: State<'_, Backend>) -> Result<Vec<Link>, ApiError> {
    on_backend(backend, move |b| b.list_links()).await
}

/// Links a rep's own workspace: the invitation goes to the sync folder
/// (`to_folder`) or where the user saves it. `None` when the dialog was cancelled.
#[tauri::command]
#[specta::specta]
pub async fn invite_rep(app: tauri::AppHandle, backend: State<'_, Backend>, person_id: PersonId, to_folder: bool) -> Result<Option<SentPack>, ApiError> {
    let name = on_backend(backend.clone(), { let p = person_id.clone(); move |b| Ok(b.get_person(&p)?.name) }).await?;
    let Some(path) = destination(app, &backend, &name, to_folder).await? else { return Ok(None) };
    on_backend(backend, move |b| b.invite_rep(&person_id, &path)).await.map(Some)
}

/// Invites an assessor onto a panel for the candidates given.
#[tauri::command]
#[specta::specta]
pub async fn invite_assessor(
    app: tauri::AppHandle,
    backend: State<'_, Backend>,
    assessor: String,
    candidate_ids: Vec<PersonId>,
    to_folder: bool,
) -> Result<Option<SentPack>, ApiError> {
    let Some(path) = destination(app, &backend, &assessor, to_folder).await? else { return Ok(None) };
    on_backend(backend, move |b| b.invite_assessor(&assessor, &candidate_ids, &path)).await.map(Some)
}

async fn destination(app: tauri::AppHandle, backend: &State<'_, Backend>, name: &str, to_folder: bool) -> Result<Option<PathBuf>, ApiError> {
    if to_folder {
        let name = name.to_owned();
        return on_backend(backend.clone(), move |b| b.invitation_path(&name)).await.map(Some);
    }
    Ok(ask_save_path(app, format!("invitation for {name}.{PACK_EXTENSION}"), FILTER, PACK_EXTENSION).await)
}

#[tauri::command]
#[specta::specta]
pub async fn add_to_panel(backend: State<'_, Backend>, link_id: String, person_id: PersonId) -> Result<Link, ApiError> {
    on_backend(backend, move |b| b.add_to_panel(&link_id, &person_id)).await
}

/// Saves the next pack of a link where the user chooses.
#[tauri::command]
#[specta::specta]
pub async fn send_pack(app: tauri::AppHandle, backend: State<'_, Backend>, link_id: String) -> Result<Option<SentPack>, ApiError> {
    let Some(path) = ask_save_path(app, format!("coachbook.{PACK_EXTENSION}"), FILTER, PACK_EXTENSION).await else { return Ok(None) };
    on_backend(backend, move |b| b.send_pack(&link_id, &path)).await.map(Some)
}

/// Asks for a pack file and opens it.
#[tauri::command]
#[specta::specta]
pub async fn open_pack_file(app: tauri::AppHandle, backend: State<'_, Backend>) -> Result<Option<AppliedPack>, ApiError> {
    let Some(path) = ask_open_path(app, FILTER, PACK_EXTENSION).await else { return Ok(None) };
    on_backend(backend, move |b| b.open_pack(&path)).await.map(Some)
}

/// Opens a pack found in the sync folder (an invitation listed there).
#[tauri::command]
#[specta::specta]
pub async fn open_pack_at(backend: State<'_, Backend>, path: String) -> Result<AppliedPack, ApiError> {
    on_backend(backend, move |b| b.open_pack(std::path::Path::new(&path))).await
}

#[tauri::command]
#[specta::specta]
pub async fn list_invitations(backend: State<'_, Backend>) -> Result<Vec<Invitation>, ApiError> {
    on_backend(backend, move |b| b.invitations_in_folder()).await
}

#[tauri::command]
#[specta::specta]
pub async fn sync_now(backend: State<'_, Backend>) -> Result<SyncReport, ApiError> {
    on_backend(backend, move |b| b.sync_now()).await
}

#[tauri::command]
#[specta::specta]
pub async fn sync_folder(backend: State<'_, Backend>) -> Result<Option<String>, ApiError> {
    on_backend(backend, move |b| b.sync_folder()).await
}

/// Sets the sync folder from a typed path (`None` or blank clears it).
#[tauri::command]
#[specta::specta]
pub async fn set_sync_folder(backend: State<'_, Backend>, folder: Option<String>) -> Result<Option<String>, ApiError> {
    on_backend(backend, move |b| b.set_sync_folder(folder.as_deref())).await
}

/// Asks for the sync folder with the OS dialog. `None` when cancelled.
#[tauri::command]
#[specta::specta]
pub async fn choose_sync_folder(app: tauri::AppHandle, backend: State<'_, Backend>) -> Result<Option<String>, ApiError> {
    let Some(folder) = ask_folder(app).await else { return Ok(None) };
    on_backend(backend, move |b| b.set_sync_folder(Some(&folder.display().to_string()))).await
}

#[tauri::command]
#[specta::specta]
pub async fn list_applied_packs(backend: State<'_, Backend>) -> Result<Vec<AppliedPack>, ApiError> {
    on_backend(backend, move |b| b.list_applied_packs(None)).await
}

#[tauri::command]
#[specta::specta]
pub async fn undo_pack(backend: State<'_, Backend>, id: String) -> Result<AppliedPack, ApiError> {
    on_backend(backend, move |b| b.undo_pack(&id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn list_conflicts(backend: State<'_, Backend>) -> Result<Vec<Conflict>, ApiError> {
    on_backend(backend, move |b| b.list_conflicts()).await
}

#[tauri::command]
#[specta::specta]
pub async fn take_other_version(backend: State<'_, Backend>, id: String) -> Result<(), ApiError> {
    on_backend(backend, move |b| b.take_other_version(&id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn dismiss_conflict(backend: State<'_, Backend>, id: String) -> Result<(), ApiError> {
    on_backend(backend, move |b| b.dismiss_conflict(&id)).await
}

/// In a rep's own workspace: whether the personal goal travels to the manager.
#[tauri::command]
#[specta::specta]
pub async fn set_share_goal(backend: State<'_, Backend>, share: bool) -> Result<bool, ApiError> {
    on_backend(backend, move |b| b.set_share_goal(share)).await
}
