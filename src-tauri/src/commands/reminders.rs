//! Commands for reminders (the shell's housekeeping shows them as OS notifications).

use coachbook::settings::Settings;
use coachbook::ApiError;
use tauri::State;

use super::{on_backend, Backend};

#[tauri::command]
#[specta::specta]
pub async fn set_reminders(backend: State<'_, Backend>, on: bool) -> Result<Settings, ApiError> {
    on_backend(backend, move |b| b.set_reminders(on)).await
}
