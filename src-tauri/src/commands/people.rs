//! Commands for the team and the candidates.

use coachbook::people::{Opening, PeoplePage, PeopleQuery, Person, PersonFields, Role, Stage};
use coachbook::{ApiError, PersonId};
use coachbook::trash::TrashEntry;
use tauri::State;

use super::{on_backend, Backend};

#[tauri::command]
#[specta::specta]
pub async fn list_people(backend: State<'_, Backend>, query: PeopleQuery) -> Result<PeoplePage, ApiError> {
    on_backend(backend, move |b| b.list_people(&query)).await
}

#[tauri::command]
#[specta::specta]
pub async fn list_openings(backend: State<'_, Backend>) -> Result<Vec<Opening>, ApiError> {
    on_backend(backend, |b| b.list_openings()).await
}

#[tauri::command]
#[specta::specta]
pub async fn get_person(backend: State<'_, Backend>, id: PersonId) -> Result<Person, ApiError> {
    on_backend(backend, move |b| b.get_person(&id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn create_person(
    backend: State<'_, Backend>,
    role: Role,
    fields: PersonFields,
) -> Result<Person, ApiError> {
    on_backend(backend, move |b| b.create_person(role, &fields)).await
}

#[tauri::command]
#[specta::specta]
pub async fn update_person(
    backend: State<'_, Backend>,
    id: PersonId,
    fields: PersonFields,
) -> Result<Person, ApiError> {
    on_backend(backend, move |b| b.update_person(&id, &fields)).await
}

#[tauri::command]
#[specta::specta]
pub async fn archive_person(backend: State<'_, Backend>, id: PersonId) -> Result<Person, ApiError> {
    on_backend(backend, move |b| b.archive_person(&id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn restore_person(backend: State<'_, Backend>, id: PersonId) -> Result<Person, ApiError> {
    on_backend(backend, move |b| b.restore_person(&id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn set_candidate_stage(
    backend: State<'_, Backend>,
    id: PersonId,
    stage: Stage,
) -> Result<Person, ApiError> {
    on_backend(backend, move |b| b.set_candidate_stage(&id, stage)).await
}

#[tauri::command]
#[specta::specta]
pub async fn hire_candidate(
    backend: State<'_, Backend>,
    id: PersonId,
    start_date: Option<String>,
) -> Result<Person, ApiError> {
    on_backend(backend, move |b| b.hire_candidate(&id, start_date.as_deref())).await
}

#[tauri::command]
#[specta::specta]
pub async fn delete_person(backend: State<'_, Backend>, id: PersonId) -> Result<TrashEntry, ApiError> {
    on_backend(backend, move |b| b.delete_person(&id)).await
}
