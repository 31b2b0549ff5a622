//! Where the workspace file lives: `--db PATH` wins, then the `COACHBOOK_DB`
//! environment variable, then `coachbook.sqlite3` in the OS app-data folder.

use std::ffi::OsString;
use std::path::PathBuf;

pub const FILE_NAME: &str = "coachbook.sqlite3";
pub const ENV_VAR: &str = "COACHBOOK_DB";

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
