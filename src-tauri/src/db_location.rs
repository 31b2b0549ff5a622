//! Where the workspace file lives: `--db PATH` wins, then the `COACHBOOK_DB`
//! environment variable, then the workspace last opened or made through the
//! app, then `coachbook.sqlite3` in the OS app-data folder.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use tauri::Manager;

pub const FILE_NAME: &str = "coachbook.sqlite3";
pub const ENV_VAR: &str = "COACHBOOK_DB";

/// Where the record of the last workspace opened through the app is kept.
const REMEMBERED: &str = "last-workspace.txt";

/// The workspace to open at start.
pub fn resolve(app: &tauri::AppHandle) -> Result<PathBuf, tauri::Error> {
    if let Some(path) = override_path(std::env::args_os(), std::env::var_os(ENV_VAR)) {
        return Ok(path);
    }
    let remembered = app
        .path()
        .app_config_dir()
        .ok()
        .and_then(|dir| std::fs::read_to_string(dir.join(REMEMBERED)).ok())
        .map(|text| PathBuf::from(text.trim()))
        .filter(|path| path.exists());
    match remembered {
        Some(path) => Ok(path),
        None => Ok(app.path().app_data_dir()?.join(FILE_NAME)),
    }
}

/// Notes `path` as the workspace to open next time (best effort: a failure
/// only means the default is opened next time).
pub fn remember(app: &tauri::AppHandle, path: &Path) {
    if let Ok(dir) = app.path().app_config_dir() {
        let _ = std::fs::create_dir_all(&dir).and_then(|_| std::fs::write(dir.join(REMEMBERED), path.display().to_string()));
    }
}

/// The path given on the command line or in the environment, if any.
pub fn override_path(args: impl IntoIterator<Item = OsString>, env: Option<OsString>) -> Option<PathBuf> {
    from_args(args).or_else(|| env.filter(|v| !v.is_empty()).map(PathBuf::from))
}

fn from_args(args: impl IntoIterator<Item = OsString>) -> Option<PathBuf> {
    let mut args = args.into_iter();
    let mut found = None;
    while let Some(arg) = args.next() {
        if arg == "--db" {
            found = args.next().map(PathBuf::from);
        } else if let Some(path) = arg.to_str().and_then(|a| a.strip_prefix("--db=")) {
            found = Some(PathBuf::from(path));
        }
    }
    found.filter(|p| !p.as_os_str().is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    #[test]
    fn the_db_flag_beats_the_environment() {
        let got = override_path(args(&["coachbook", "--db", "/tmp/a.sqlite3"]), Some("/tmp/b".into()));
        assert_eq!(got, Some(PathBuf::from("/tmp/a.sqlite3")));
        let got = override_path(args(&["coachbook", "--db=/tmp/c.sqlite3"]), None);
        assert_eq!(got, Some(PathBuf::from("/tmp/c.sqlite3")));
    }

    #[test]
    fn the_environment_is_used_without_a_flag_and_blank_means_unset() {
        assert_eq!(override_path(args(&["coachbook"]), Some("/tmp/b".into())), Some(PathBuf::from("/tmp/b")));
        assert_eq!(override_path(args(&["coachbook"]), Some("".into())), None);
        assert_eq!(override_path(args(&["coachbook", "--db"]), None), None);
    }
}
