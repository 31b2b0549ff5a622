// The app manifest lists the app's own commands, so each needs an explicit
// `allow-…` permission in a capability: nothing is callable by default.
fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(coachbook_commands::ALL)),
    )
    .expect("failed to run tauri-build");
}

#[path = "src/commands/names.rs"]
mod coachbook_commands;
