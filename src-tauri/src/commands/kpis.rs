//! Commands for the rep's leading indicators (KPIs) and their weekly values.

use coachbook::kpis::{Kpi, KpiInput, KpiSeries};
use coachbook::{ApiError, KpiId, PersonId};
use coachbook::trash::TrashEntry;
use tauri::State;

use super::{on_backend, Backend};

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
    on_backend(backend, move |b| b.kpi_series(&person_id, weeks, b.clock().today())).await
}

#[tauri::command]
#[specta::specta]
pub async fn delete_kpi(backend: State<'_, Backend>, id: KpiId) -> Result<TrashEntry, ApiError> {
    on_backend(backend, move |b| b.delete_kpi(&id)).await
}
