//! Commands for the rep's goal, plan, KPIs, accounts and review.

use chrono::Local;
use coachbook::goals::{GoalInput, GoalView};
use coachbook::kare::{Account, AccountInput, KareSplit, KareView};
use coachbook::kpis::{Kpi, KpiInput, KpiSeries};
use coachbook::plans::{ActualInput, Plan, PlanDraft, PlanProgress};
use coachbook::review::RepReview;
use coachbook::{AccountId, ApiError, KpiId, PersonId};
use tauri::State;

use super::{on_backend, Backend};

fn today() -> chrono::NaiveDate {
    Local::now().date_naive()
}

#[tauri::command]
#[specta::specta]
pub async fn goal(backend: State<'_, Backend>, person_id: PersonId) -> Result<GoalView, ApiError> {
    on_backend(backend, move |b| b.goal(&person_id, today())).await
}

#[tauri::command]
#[specta::specta]
pub async fn preview_funnel(backend: State<'_, Backend>, person_id: PersonId, input: GoalInput) -> Result<GoalView, ApiError> {
    on_backend(backend, move |b| b.preview_funnel(&person_id, &input, today())).await
}

#[tauri::command]
#[specta::specta]
pub async fn save_goal(backend: State<'_, Backend>, person_id: PersonId, input: GoalInput) -> Result<GoalView, ApiError> {
    on_backend(backend, move |b| b.save_goal(&person_id, &input)).await
}

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
    on_backend(backend, move |b| b.plan_progress(&person_id, weeks, today())).await
}

#[tauri::command]
#[specta::specta]
pub async fn create_kpi(backend: State<'_, Backend>, person_id: PersonId, input: KpiInput) -> Result<Kpi, ApiError> {
    on_backend(backend, move |b| b.create_kpi(&person_id, &input)).await
}

#[tauri::command]
#[specta::specta]
pub async fn update_kpi(backend: State<'_, Backend>, id: KpiId, input: KpiInput) -> Result<Kpi, ApiError> {
    on_backend(backend, move |b| b.update_kpi(&id, &input)).await
}

#[tauri::command]
#[specta::specta]
pub async fn archive_kpi(backend: State<'_, Backend>, id: KpiId) -> Result<Kpi, ApiError> {
    on_backend(backend, move |b| b.archive_kpi(&id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn record_kpi_value(
    backend: State<'_, Backend>,
    id: KpiId,
    week: String,
    value: Option<f64>,
) -> Result<(), ApiError> {
    on_backend(backend, move |b| b.record_kpi_value(&id, &week, value)).await
}

#[tauri::command]
#[specta::specta]
pub async fn kpi_series(backend: State<'_, Backend>, person_id: PersonId, weeks: u32) -> Result<Vec<KpiSeries>, ApiError> {
    on_backend(backend, move |b| b.kpi_series(&person_id, weeks, today())).await
}

#[tauri::command]
#[specta::specta]
pub async fn kare(backend: State<'_, Backend>, person_id: PersonId) -> Result<KareView, ApiError> {
    on_backend(backend, move |b| b.kare(&person_id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn add_account(backend: State<'_, Backend>, person_id: PersonId, input: AccountInput) -> Result<Account, ApiError> {
    on_backend(backend, move |b| b.add_account(&person_id, &input)).await
}

#[tauri::command]
#[specta::specta]
pub async fn update_account(backend: State<'_, Backend>, id: AccountId, input: AccountInput) -> Result<Account, ApiError> {
    on_backend(backend, move |b| b.update_account(&id, &input)).await
}

#[tauri::command]
#[specta::specta]
pub async fn archive_account(backend: State<'_, Backend>, id: AccountId) -> Result<(), ApiError> {
    on_backend(backend, move |b| b.archive_account(&id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn set_kare_split(backend: State<'_, Backend>, person_id: PersonId, split: KareSplit) -> Result<KareView, ApiError> {
    on_backend(backend, move |b| b.set_kare_split(&person_id, &split)).await
}

#[tauri::command]
#[specta::specta]
pub async fn rep_review(backend: State<'_, Backend>, person_id: PersonId) -> Result<RepReview, ApiError> {
    on_backend(backend, move |b| b.rep_review(&person_id, today())).await
}
