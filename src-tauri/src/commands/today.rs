//! Commands for Today, the manager's home.

use coachbook::first_run::FirstRunFacts;
use coachbook::today::{TodayLimits, TodayView};
use coachbook::ApiError;
use tauri::State;

use super::{on_backend, viewer, Backend};

#[tauri::command]
#[specta::specta]
pub async fn today(backend: State<'_, Backend>, limits: TodayLimits) -> Result<TodayView, ApiError> {
    on_backend(backend, move |b| b.today(b.clock().today(), viewer(b)?.as_deref(), &limits)).await
}

/// What Today's first-run checklist needs, in one call.
#[tauri::command]
#[specta::specta]
pub async fn first_run_facts(backend: State<'_, Backend>) -> Result<FirstRunFacts, ApiError> {
    on_backend(backend, |b| b.first_run_facts()).await
}
