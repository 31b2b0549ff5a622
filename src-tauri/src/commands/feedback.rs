//! Commands for the feedback log, search and the team view.

use chrono::Local;
use coachbook::feedback::balance::Balance;
use coachbook::feedback::{FeedbackEntry, FeedbackInput, FeedbackPage, FeedbackQuery, TagCount};
use coachbook::search::{SearchHit, SearchQuery};
use coachbook::team::TeamOverview;
use coachbook::{ApiError, FeedbackId, PersonId};
use tauri::State;

use super::{on_backend, sees_private, Backend};

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
    on_backend(backend, move |b| b.feedback_balance(&person_id, Local::now().date_naive())).await
}

/// The UI's `includePrivate` is ignored: what may be seen is the workspace's call.
#[tauri::command]
#[specta::specta]
pub async fn search(backend: State<'_, Backend>, query: SearchQuery) -> Result<Vec<SearchHit>, ApiError> {
    on_backend(backend, move |b| b.search(&SearchQuery { include_private: sees_private(b)?, ..query })).await
}

#[tauri::command]
#[specta::specta]
pub async fn team_overview(backend: State<'_, Backend>) -> Result<TeamOverview, ApiError> {
    on_backend(backend, |b| b.team_overview(Local::now().date_naive())).await
}

#[tauri::command]
#[specta::specta]
pub async fn today(backend: State<'_, Backend>) -> Result<coachbook::today::TodayView, ApiError> {
    on_backend(backend, |b| b.today(Local::now().date_naive())).await
}
