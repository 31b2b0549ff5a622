//! Commands for the rep's cookbook plan and weekly actuals.

use coachbook::plans::{ActualInput, Plan, PlanDraft, PlanProgress};
use coachbook::{ApiError, PersonId};
use tauri::State;

use super::{on_backend, Backend};

#[tauri::command]
#[specta::specta]
pub async fn plan_history(backend: State<'_, Backend>, person_id: PersonId) -> Result<Vec<Plan>, ApiError> {
    on_backend(backend, move |b| b.plan_history(&person_id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn save_plan(backend: State<'_, Backend>, person_id: PersonId, draft: PlanDraft) -> Result<Plan, ApiError> {
    on_backend(backend, move |b| b.save_plan(&person_id, &draft)).await
}

#[tauri::command]
#[specta::specta]
pub async fn agree_plan(backend: State<'_, Backend>, person_id: PersonId) -> Result<Plan, ApiError> {
    on_backend(backend, move |b| b.agree_plan(&person_id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn record_actuals(
    backend: State<'_, Backend>,
    person_id: PersonId,
    week: String,
    actuals: Vec<ActualInput>,
) -> Result<(), ApiError> {
    on_backend(backend, move |b| b.record_actuals(&person_id, &week, &actuals)).await
}

#[tauri::command]
#[specta::specta]
pub async fn plan_progress(backend: State<'_, Backend>, person_id: PersonId, weeks: u32) -> Result<PlanProgress, ApiError> {
    on_backend(backend, move |b| b.plan_progress(&person_id, weeks, b.clock().today())).await
}
