//! Commands for the rep's personal goal and reverse funnel.

use coachbook::goals::{GoalInput, GoalView};
use coachbook::{ApiError, PersonId};
use tauri::State;

use super::{on_backend, Backend};

#[tauri::command]
#[specta::specta]
pub async fn goal(backend: State<'_, Backend>, person_id: PersonId) -> Result<GoalView, ApiError> {
    on_backend(backend, move |b| b.goal(&person_id, b.clock().today())).await
}

#[tauri::command]
#[specta::specta]
pub async fn preview_funnel(backend: State<'_, Backend>, person_id: PersonId, input: GoalInput) -> Result<GoalView, ApiError> {
    on_backend(backend, move |b| b.preview_funnel(&person_id, &input, b.clock().today())).await
}

#[tauri::command]
#[specta::specta]
pub async fn save_goal(backend: State<'_, Backend>, person_id: PersonId, input: GoalInput) -> Result<GoalView, ApiError> {
    on_backend(backend, move |b| b.save_goal(&person_id, &input)).await
}
