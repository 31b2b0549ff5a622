//! Commands for Today, the manager's home.

use coachbook::today::TodayView;
use coachbook::ApiError;
use tauri::State;

use super::{on_backend, viewer, Backend};

#[tauri::command]
#[specta::specta]
pub async fn today(backend: State<'_, Backend>) -> Result<TodayView, ApiError> {
    on_backend(backend, |b| b.today(b.clock().today(), viewer(b)?.as_deref())).await
}
