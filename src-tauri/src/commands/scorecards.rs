//! Commands for scorecards and the views built on them. The viewer, for the
//! blind-scoring rule, is the assessor name in Settings.

use coachbook::scorecards::{
    AmendmentInput, CandidateOverview, Comparison, NewScorecard, PersonScorecards, Progress, ScoreInput,
    Scorecard, ScorecardDetails, StrengthProfile, TimerAction,
};
use coachbook::{ApiError, PersonId, RubricId, ScorecardId};
use tauri::State;

use super::{on_backend, viewer, Backend};

#[tauri::command]
#[specta::specta]
pub async fn start_scorecard(backend: State<'_, Backend>, input: NewScorecard) -> Result<Scorecard, ApiError> {
    on_backend(backend, move |b| b.start_scorecard(&input)).await
}

#[tauri::command]
#[specta::specta]
pub async fn get_scorecard(backend: State<'_, Backend>, id: ScorecardId) -> Result<Scorecard, ApiError> {
    on_backend(backend, move |b| b.get_scorecard(&id, viewer(b)?.as_deref())).await
}

#[tauri::command]
#[specta::specta]
pub async fn update_scorecard(
    backend: State<'_, Backend>,
    id: ScorecardId,
    details: ScorecardDetails,
) -> Result<Scorecard, ApiError> {
    on_backend(backend, move |b| b.update_scorecard(&id, &details)).await
}

#[tauri::command]
#[specta::specta]
pub async fn set_score(backend: State<'_, Backend>, id: ScorecardId, input: ScoreInput) -> Result<Scorecard, ApiError> {
    on_backend(backend, move |b| b.set_score(&id, &input)).await
}

#[tauri::command]
#[specta::specta]
pub async fn add_round(backend: State<'_, Backend>, id: ScorecardId, coaching: String) -> Result<Scorecard, ApiError> {
    on_backend(backend, move |b| b.add_round(&id, &coaching)).await
}

#[tauri::command]
#[specta::specta]
pub async fn set_round_coaching(
    backend: State<'_, Backend>,
    id: ScorecardId,
    round: u32,
    coaching: String,
) -> Result<Scorecard, ApiError> {
    on_backend(backend, move |b| b.set_round_coaching(&id, round, &coaching)).await
}

#[tauri::command]
#[specta::specta]
pub async fn control_timer(
    backend: State<'_, Backend>,
    id: ScorecardId,
    action: TimerAction,
) -> Result<Scorecard, ApiError> {
    on_backend(backend, move |b| b.control_timer(&id, action)).await
}

#[tauri::command]
#[specta::specta]
pub async fn record_duration(
    backend: State<'_, Backend>,
    id: ScorecardId,
    seconds: Option<u32>,
) -> Result<Scorecard, ApiError> {
    on_backend(backend, move |b| b.record_duration(&id, seconds)).await
}

#[tauri::command]
#[specta::specta]
pub async fn submit_scorecard(backend: State<'_, Backend>, id: ScorecardId) -> Result<Scorecard, ApiError> {
    on_backend(backend, move |b| b.submit_scorecard(&id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn amend_scorecard(
    backend: State<'_, Backend>,
    id: ScorecardId,
    input: AmendmentInput,
) -> Result<Scorecard, ApiError> {
    on_backend(backend, move |b| b.amend_scorecard(&id, &input)).await
}

#[tauri::command]
#[specta::specta]
pub async fn person_scorecards(backend: State<'_, Backend>, person_id: PersonId) -> Result<PersonScorecards, ApiError> {
    on_backend(backend, move |b| b.person_scorecards(&person_id, viewer(b)?.as_deref())).await
}

#[tauri::command]
#[specta::specta]
pub async fn candidate_overview(backend: State<'_, Backend>, person_id: PersonId) -> Result<CandidateOverview, ApiError> {
    on_backend(backend, move |b| b.candidate_overview(&person_id, viewer(b)?.as_deref())).await
}

#[tauri::command]
#[specta::specta]
pub async fn compare_candidates(backend: State<'_, Backend>, opening: String) -> Result<Comparison, ApiError> {
    on_backend(backend, move |b| b.compare_candidates(&opening, viewer(b)?.as_deref())).await
}

#[tauri::command]
#[specta::specta]
pub async fn strength_profile(
    backend: State<'_, Backend>,
    person_id: PersonId,
    rubric_id: RubricId,
) -> Result<StrengthProfile, ApiError> {
    on_backend(backend, move |b| b.strength_profile(&person_id, &rubric_id, viewer(b)?.as_deref())).await
}

#[tauri::command]
#[specta::specta]
pub async fn criterion_progress(
    backend: State<'_, Backend>,
    person_id: PersonId,
    rubric_id: RubricId,
) -> Result<Progress, ApiError> {
    on_backend(backend, move |b| b.criterion_progress(&person_id, &rubric_id, viewer(b)?.as_deref())).await
}

#[tauri::command]
#[specta::specta]
pub async fn reveal_panel_scores(
    backend: State<'_, Backend>,
    person_id: PersonId,
    rubric_id: RubricId,
) -> Result<CandidateOverview, ApiError> {
    on_backend(backend, move |b| {
        b.reveal_panel_scores(&person_id, &rubric_id, viewer(b)?.as_deref())?;
        b.candidate_overview(&person_id, viewer(b)?.as_deref())
    })
    .await
}
