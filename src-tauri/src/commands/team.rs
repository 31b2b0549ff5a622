//! Commands for the team view.

use coachbook::team::{TeamOverview, TeamRow};
use coachbook::people::PeopleQuery;
use coachbook::{ApiError, PersonId};
use tauri::State;

use super::{on_backend, Backend};

/// A page of the team with each rep's status, and the team's totals.
#[tauri::command]
#[specta::specta]
pub async fn team_overview(backend: State<'_, Backend>, query: PeopleQuery) -> Result<TeamOverview, ApiError> {
    on_backend(backend, move |b| b.team_overview(&query, b.clock().today())).await
}

/// One rep's row of the team view.
#[tauri::command]
#[specta::specta]
pub async fn rep_status(backend: State<'_, Backend>, person_id: PersonId) -> Result<TeamRow, ApiError> {
    on_backend(backend, move |b| b.rep_status(&person_id, b.clock().today())).await
}
