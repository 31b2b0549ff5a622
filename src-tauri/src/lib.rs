//! Coachbook's desktop shell: opens the workspace file, registers the
//! commands and starts the window. All product logic lives in the
//! `coachbook` backend crate.

pub mod commands;
pub mod db_location;

use std::sync::Arc;

use tauri::Manager;
use tauri_specta::{collect_commands, Builder};

use commands::Backend;

/// The typed command list; also what generates `ui/src/lib/bindings.ts`.
pub fn specta_builder() -> Builder<tauri::Wry> {
    // One shape per type: our types serialize and deserialize alike.
    Builder::<tauri::Wry>::new().disable_serde_phases().commands(collect_commands![
        commands::workspace_info,
        commands::list_people,
        commands::list_openings,
        commands::get_person,
        commands::create_person,
        commands::update_person,
        commands::archive_person,
        commands::restore_person,
        commands::set_candidate_stage,
        commands::hire_candidate,
        commands::get_settings,
        commands::update_settings,
        commands::list_rubrics,
        commands::get_rubric,
        commands::get_rubric_version,
        commands::list_rubric_versions,
        commands::create_rubric,
        commands::update_rubric,
        commands::duplicate_rubric,
        commands::archive_rubric,
        commands::restore_rubric,
        commands::start_scorecard,
        commands::get_scorecard,
        commands::update_scorecard,
        commands::set_score,
        commands::add_round,
        commands::set_round_coaching,
        commands::control_timer,
        commands::record_duration,
        commands::submit_scorecard,
        commands::amend_scorecard,
        commands::person_scorecards,
        commands::candidate_overview,
        commands::compare_candidates,
        commands::strength_profile,
        commands::criterion_progress,
        commands::list_templates,
        commands::get_template,
        commands::create_template,
        commands::update_template,
        commands::archive_template,
        commands::restore_template,
        commands::one_on_one_setup,
        commands::set_one_on_one_setup,
        commands::hold_meeting,
        commands::get_meeting,
        commands::list_meetings,
        commands::save_meeting_note,
        commands::set_meeting_date,
        commands::add_action_item,
        commands::update_action_item,
        commands::set_action_item_done,
        commands::open_action_items,
        commands::log_feedback,
        commands::update_feedback,
        commands::delete_feedback,
        commands::restore_feedback,
        commands::list_feedback,
        commands::feedback_tags,
        commands::feedback_balance,
        commands::search,
        commands::team_overview,
        commands::set_workspace_mode,
        commands::goal,
        commands::preview_funnel,
        commands::save_goal,
        commands::plan_history,
        commands::save_plan,
        commands::agree_plan,
        commands::record_actuals,
        commands::plan_progress,
        commands::create_kpi,
        commands::update_kpi,
        commands::archive_kpi,
        commands::record_kpi_value,
        commands::kpi_series,
        commands::kare,
        commands::add_account,
        commands::update_account,
        commands::archive_account,
        commands::set_kare_split,
        commands::rep_review,
        commands::today,
    ])
}

pub fn run() {
    let builder = specta_builder();
    tauri::Builder::default()
        .invoke_handler(builder.invoke_handler())
        .setup(|app| {
            let path = match db_location::override_path(std::env::args_os(), std::env::var_os(db_location::ENV_VAR)) {
                Some(path) => path,
                None => app.path().app_data_dir()?.join(db_location::FILE_NAME),
            };
            let book = coachbook::Coachbook::open(&path)
                .map_err(|e| format!("Could not open the Coachbook workspace at {}: {e}", path.display()))?;
            app.manage(Backend(Arc::new(book)));
            Ok(())
        })
        .run(tauri::generate_context!())
        .expect("Coachbook could not start");
}
