//! Commands for the feedback log.

use coachbook::feedback::balance::Balance;
use coachbook::feedback::{FeedbackEntry, FeedbackInput, FeedbackPage, FeedbackQuery, TagCount};
use coachbook::{ApiError, FeedbackId, PersonId};
use tauri::State;

use super::{on_backend, Backend};

#[tauri::command]
#[specta::specta]
pub async fn log_feedback(backend: State<'_, Backend>, input: FeedbackInput) -> Result<FeedbackEntry, ApiError> {
    on_backend(backend, move |b| b.log_feedback(&input)).await
}

#[tauri::command]
#[specta::specta]
pub async fn update_feedback(
    backend: State<'_, Backend>,
    id: FeedbackId,
    input: FeedbackInput,
) -> Result<FeedbackEntry, ApiError> {
    on_backend(backend, move |b| b.update_feedback(&id, &input)).await
}

#[tauri::command]
#[specta::specta]
pub async fn delete_feedback(backend: State<'_, Backend>, id: FeedbackId) -> Result<FeedbackEntry, ApiError> {
    on_backend(backend, move |b| b.delete_feedback(&id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn restore_feedback(backend: State<'_, Backend>, id: FeedbackId) -> Result<FeedbackEntry, ApiError> {
    on_backend(backend, move |b| b.restore_feedback(&id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn list_feedback(backend: State<'_, Backend>, query: FeedbackQuery) -> Result<FeedbackPage, ApiError> {
    on_backend(backend, move |b| b.list_feedback(&query)).await
}

#[tauri::command]
#[specta::specta]
pub async fn feedback_tags(backend: State<'_, Backend>, person_id: Option<PersonId>) -> Result<Vec<TagCount>, ApiError> {
    on_backend(backend, move |b| b.feedback_tags(person_id.as_ref())).await
}

#[tauri::command]
#[specta::specta]
pub async fn feedback_balance(backend: State<'_, Backend>, person_id: PersonId) -> Result<Balance, ApiError> {
    on_backend(backend, move |b| b.feedback_balance(&person_id, b.clock().today())).await
}
