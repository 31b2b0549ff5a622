//! Commands for the skill and attitude check.

use coachbook::skills::{AttitudeInput, SkillCheck, SkillInput};
use coachbook::{ApiError, PersonId};
use tauri::State;

use super::{on_backend, Backend};

#[tauri::command]
#[specta::specta]
pub async fn skill_check(backend: State<'_, Backend>, person_id: PersonId) -> Result<SkillCheck, ApiError> {
    on_backend(backend, move |b| b.skill_check(&person_id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn set_skill(backend: State<'_, Backend>, person_id: PersonId, input: SkillInput) -> Result<SkillCheck, ApiError> {
    on_backend(backend, move |b| b.set_skill(&person_id, &input)).await
}

#[tauri::command]
#[specta::specta]
pub async fn remove_skill(backend: State<'_, Backend>, person_id: PersonId, name: String) -> Result<SkillCheck, ApiError> {
    on_backend(backend, move |b| b.remove_skill(&person_id, &name)).await
}

#[tauri::command]
#[specta::specta]
pub async fn record_attitude(
    backend: State<'_, Backend>,
    person_id: PersonId,
    input: AttitudeInput,
) -> Result<SkillCheck, ApiError> {
    on_backend(backend, move |b| b.record_attitude(&person_id, &input)).await
}
