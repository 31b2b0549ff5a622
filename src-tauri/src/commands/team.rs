//! Commands for the team view.

use coachbook::team::TeamOverview;
use coachbook::ApiError;
use tauri::State;

use super::{on_backend, Backend};

#[tauri::command]
#[specta::specta]
pub async fn team_overview(backend: State<'_, Backend>) -> Result<TeamOverview, ApiError> {
    on_backend(backend, |b| b.team_overview(b.clock().today())).await
}
