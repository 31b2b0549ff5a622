//! Commands for the rubric library.

use coachbook::rubrics::{Rubric, RubricDraft, RubricSummary, RubricVersionSummary};
use coachbook::{ApiError, RubricId, RubricVersionId};
use coachbook::trash::TrashEntry;
use tauri::State;

use super::{on_backend, Backend};

#[tauri::command]
#[specta::specta]
pub async fn list_rubrics(backend: State<'_, Backend>, archived: bool) -> Result<Vec<RubricSummary>, ApiError> {
    on_backend(backend, move |b| b.list_rubrics(archived)).await
}

#[tauri::command]
#[specta::specta]
pub async fn get_rubric(backend: State<'_, Backend>, id: RubricId) -> Result<Rubric, ApiError> {
    on_backend(backend, move |b| b.get_rubric(&id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn get_rubric_version(backend: State<'_, Backend>, version_id: RubricVersionId) -> Result<Rubric, ApiError> {
    on_backend(backend, move |b| b.get_rubric_version(&version_id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn list_rubric_versions(
    backend: State<'_, Backend>,
    id: RubricId,
) -> Result<Vec<RubricVersionSummary>, ApiError> {
    on_backend(backend, move |b| b.list_rubric_versions(&id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn create_rubric(backend: State<'_, Backend>, draft: RubricDraft) -> Result<Rubric, ApiError> {
    on_backend(backend, move |b| b.create_rubric(&draft)).await
}

#[tauri::command]
#[specta::specta]
pub async fn update_rubric(backend: State<'_, Backend>, id: RubricId, draft: RubricDraft) -> Result<Rubric, ApiError> {
    on_backend(backend, move |b| b.update_rubric(&id, &draft)).await
}

#[tauri::command]
#[specta::specta]
pub async fn duplicate_rubric(backend: State<'_, Backend>, id: RubricId) -> Result<Rubric, ApiError> {
    on_backend(backend, move |b| b.duplicate_rubric(&id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn archive_rubric(backend: State<'_, Backend>, id: RubricId) -> Result<Rubric, ApiError> {
    on_backend(backend, move |b| b.archive_rubric(&id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn restore_rubric(backend: State<'_, Backend>, id: RubricId) -> Result<Rubric, ApiError> {
    on_backend(backend, move |b| b.restore_rubric(&id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn delete_rubric(backend: State<'_, Backend>, id: RubricId) -> Result<TrashEntry, ApiError> {
    on_backend(backend, move |b| b.delete_rubric(&id)).await
}
