// A bare Tauri window: the yardstick for Coachbook's binary size and idle memory.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    tauri::Builder::default().run(tauri::generate_context!()).expect("the bare window runs");
}
