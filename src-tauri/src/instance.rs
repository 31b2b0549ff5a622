//! One window per workspace file. A second launch on a file that is already
//! open hands its arguments to the running app, which brings its window to
//! the front, and exits; a launch on another file opens as usual (a manager
//! may well have two workspaces open, and so may a test of packs).
//!
//! Tauri's single-instance plugin does the handing over. It can be scoped to
//! the file only on Linux, where it registers a D-Bus name we choose; on
//! macOS and Windows its name is the app's, which would refuse a second
//! file, so it is left out there and the workspace's file lock alone keeps
//! two processes from stepping on each other's writes. Without a D-Bus
//! session (a bare Xvfb), the plugin lets the launch go ahead.

use std::path::{Path, PathBuf};

use tauri::{AppHandle, Manager, Runtime};

/// The D-Bus name's base for a workspace file: the app's identifier and a
/// fingerprint of the file's full path (names may not start with a digit).
pub fn bus_id(identifier: &str, workspace: &Path) -> String {
    format!("{identifier}.w{:016x}", fnv1a(full_path(workspace).to_string_lossy().as_bytes()))
}

/// The path with its folder resolved (the file itself may not exist yet).
fn full_path(path: &Path) -> PathBuf {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    match (absolute.parent(), absolute.file_name()) {
        (Some(folder), Some(name)) => folder.canonicalize().map(|f| f.join(name)).unwrap_or(absolute),
        _ => absolute,
    }
}

/// FNV-1a: small, and the same in every build (std's hasher promises neither).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, b| (hash ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3))
}

/// Claims `workspace` for this process, or hands over to the one that has it
/// (and then this process exits).
pub fn claim<R: Runtime>(app: &AppHandle<R>, workspace: &Path) -> tauri::Result<()> {
    #[cfg(target_os = "linux")]
    {
        let plugin = tauri_plugin_single_instance::Builder::new()
            .dbus_id(bus_id(&app.config().identifier, workspace))
            .callback(|app, _args, _cwd| bring_to_front(app))
            .build();
        app.plugin(plugin)?;
    }
    #[cfg(not(target_os = "linux"))]
    let _ = (app, workspace);
    Ok(())
}

fn bring_to_front<R: Runtime>(app: &AppHandle<R>) {
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_file_has_one_name_however_it_is_written_and_two_files_have_two() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("team.sqlite3");
        let roundabout = dir.path().join(".").join("team.sqlite3");
        let id = bus_id("app.coachbook.desktop", &file);
        assert_eq!(id, bus_id("app.coachbook.desktop", &roundabout));
        assert_ne!(id, bus_id("app.coachbook.desktop", &dir.path().join("rep.sqlite3")));
        assert!(id.starts_with("app.coachbook.desktop.w") && id.len() == "app.coachbook.desktop.w".len() + 16, "{id}");
    }
}
