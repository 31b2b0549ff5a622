//! Rolling backups through SQLite (never a file copy), retention, and
//! restore. Fixed clocks for the dates.

mod common;

use std::sync::Arc;

use chrono::{Duration, TimeZone, Utc};
use coachbook::backups::{kept, KEEP_DAILY, KEEP_MONTHLY, KEEP_WEEKLY};
use coachbook::feedback::{FeedbackInput, Polarity};
use coachbook::one_on_ones::Visibility;
use coachbook::people::{PersonFields, Role};
use coachbook::{Coachbook, FixedClock};
use common::*;
use rusqlite::{Connection, OpenFlags};

fn workspace_at(dir: &std::path::Path, clock: Arc<FixedClock>) -> Coachbook {
    Coachbook::open_with_clock(dir.join("coachbook.sqlite3"), clock).unwrap()
}

fn noon(y: i32, m: u32, d: u32) -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, 12, 0, 0).unwrap()
}

/// Every row of every table, as text, table by table (FTS shadow tables left out).
fn all_rows(path: &std::path::Path) -> Vec<(String, Vec<String>)> {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    tables
        .into_iter()
        .map(|table| {
            let mut statement = conn.prepare(&format!("SELECT * FROM \"{table}\"")).unwrap();
            let columns = statement.column_count();
            let mut rows: Vec<String> = statement
                .query_map([], |r| {
                    Ok((0..columns).map(|i| format!("{:?}", r.get_ref(i).unwrap())).collect::<Vec<_>>().join("|"))
                })
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap();
            rows.sort();
            (table, rows)
        })
        .collect()
}

fn praise(person: &coachbook::PersonId, text: &str) -> FeedbackInput {
    FeedbackInput {
        person_id: person.clone(),
        given_on: Some("2026-11-20".into()),
        polarity: Polarity::Positive,
        situation: None,
        behaviour: text.into(),
        result: None,
        tags: vec!["calls".into()],
        shared: true,
    }
}

#[test]
fn a_backup_is_a_consistent_copy_made_while_saves_go_on() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(FixedClock::at(noon(2026, 11, 25)));
    let book = Arc::new(workspace_at(dir.path(), clock.clone()));
    let writer = {
        let book = Arc::clone(&book);
        std::thread::spawn(move || {
            for i in 0..150 {
                book.create_person(Role::Rep, &PersonFields { name: format!("Rep {i}"), ..Default::default() }).unwrap();
            }
        })
    };
    let mut counts = Vec::new();
    for minute in 0..3 {
        clock.set(noon(2026, 11, 25) + Duration::minutes(minute));
        let backup = book.back_up_now().unwrap();
        let copy = Connection::open(&backup.path).unwrap();
        let check: String = copy.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
        assert_eq!(check, "ok");
        counts.push(backup.people);
    }
    writer.join().unwrap();
    assert!(counts.windows(2).all(|w| w[0] <= w[1]), "{counts:?}");
    let last = book.back_up_now();
    assert!(last.is_ok());
    clock.set(noon(2026, 11, 25) + Duration::minutes(5));
    assert_eq!(book.back_up_now().unwrap().people, 150, "every acknowledged save is in the backup, WAL included");
}

#[test]
fn restoring_brings_back_every_table_and_first_backs_up_what_it_replaces() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(FixedClock::at(noon(2026, 11, 20)));
    let book = workspace_at(dir.path(), clock.clone());
    let ada = add_rep(&book, "Ada");
    let meeting = book.hold_meeting(&ada.id, Some("2026-11-19")).unwrap();
    book.save_meeting_note(&meeting.notes[0].id, "Won Acme", Visibility::Shared).unwrap();
    book.log_feedback(&praise(&ada.id, "Great discovery call")).unwrap();
    add_candidate(&book, "Cy", "AE");
    let backup = book.back_up_now().unwrap();
    let at_backup = all_rows(std::path::Path::new(&backup.path));

    clock.set(noon(2026, 11, 21));
    add_rep(&book, "Bo");
    book.log_feedback(&praise(&ada.id, "Second praise")).unwrap();
    let before_restore = book.restore_backup(&backup.file_name).unwrap();
    assert_eq!(before_restore.people, 3, "the state replaced was backed up first (Ada, Cy, Bo)");

    assert_eq!(all_rows(&dir.path().join("coachbook.sqlite3")), at_backup, "every table as it was");
    let found = book
        .search(&coachbook::search::SearchQuery { text: "discovery".into(), person_id: None, include_private: true, limit: None })
        .unwrap();
    assert_eq!(found.len(), 1, "the workspace is open again, search included");
    assert!(book.list_backups().unwrap().iter().any(|b| b.file_name == before_restore.file_name));
    assert_eq!(book.restore_backup("coachbook-nothing.sqlite3").unwrap_err().field(), Some("fileName"));
}

#[test]
fn a_backup_is_due_daily_or_after_many_saves() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(FixedClock::at(noon(2026, 11, 25)));
    let book = workspace_at(dir.path(), clock.clone());
    assert!(book.back_up_if_due().unwrap().is_some(), "no backup yet");
    clock.set(noon(2026, 11, 25) + Duration::hours(23) + Duration::minutes(59));
    assert!(book.back_up_if_due().unwrap().is_none(), "less than a day later");
    clock.set(noon(2026, 11, 26));
    let daily = book.back_up_if_due().unwrap().expect("a day later");
    assert_eq!(daily.file_name, "coachbook-20261126-120000.sqlite3");
    clock.set(noon(2026, 11, 26) + Duration::hours(1));
    for i in 0..coachbook::backups::CHANGES_PER_BACKUP {
        book.create_person(Role::Rep, &PersonFields { name: format!("R{i}"), ..Default::default() }).unwrap();
    }
    assert!(book.back_up_if_due().unwrap().is_some(), "after many saves");
}

#[test]
fn retention_keeps_the_newest_of_each_day_week_and_month() {
    // A backup every day at noon for 400 days, newest first.
    let newest = noon(2026, 11, 25);
    let times: Vec<_> = (0..400).map(|d| newest - Duration::days(d)).collect();
    let keep = kept(&times);
    // 7 days; 4 weeks (3 beyond the daily ones' week overlap); 12 months.
    let kept_days: Vec<_> = {
        let mut k: Vec<_> = keep.iter().copied().collect();
        k.sort();
        k
    };
    assert!(kept_days.starts_with(&[0, 1, 2, 3, 4, 5, 6]), "the last seven days: {kept_days:?}");
    assert!(keep.len() <= KEEP_DAILY + KEEP_WEEKLY + KEEP_MONTHLY);
    assert!(keep.contains(&399) || keep.iter().all(|&i| i < 400));
    // The oldest kept is the newest backup of the month twelve months back.
    let oldest = times[*kept_days.last().unwrap()];
    assert_eq!((oldest.format("%Y-%m-%d").to_string()), "2025-12-31");
    // Two backups on one day: only the newer is kept.
    let same_day = [noon(2026, 11, 25), noon(2026, 11, 25) - Duration::hours(3)];
    assert_eq!(kept(&same_day).into_iter().collect::<Vec<_>>(), [0]);
}

#[test]
fn pruning_deletes_backups_the_policy_does_not_keep() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(FixedClock::at(noon(2026, 1, 1)));
    let book = workspace_at(dir.path(), clock.clone());
    for day in 0..40 {
        clock.set(noon(2026, 1, 1) + Duration::days(day));
        book.back_up_now().unwrap();
    }
    let names: Vec<_> = book.list_backups().unwrap().into_iter().map(|b| b.file_name).collect();
    // The last, on Monday 9 Feb. Days: 3 to 9 Feb. ISO weeks: those of 9 Feb, 2 Feb (newest 8 Feb),
    // 26 Jan (newest 1 Feb) and 19 Jan (newest 25 Jan). Months: February (9 Feb), January (31 Jan).
    assert_eq!(names.len(), 10, "{names:?}");
    assert!(names.contains(&"coachbook-20260125-120000.sqlite3".to_owned()));
    assert_eq!(names[0], "coachbook-20260209-120000.sqlite3");
    assert!(names.contains(&"coachbook-20260131-120000.sqlite3".to_owned()));
    assert!(!names.contains(&"coachbook-20260102-120000.sqlite3".to_owned()));
}

#[test]
fn backups_of_the_last_day_all_stay_and_the_earlier_one_restores() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(FixedClock::at(noon(2026, 11, 25)));
    let book = workspace_at(dir.path(), clock.clone());
    add_rep(&book, "Ada");
    let first = book.back_up_now().unwrap();
    clock.set(noon(2026, 11, 25) + Duration::minutes(30));
    add_rep(&book, "Bo");
    book.back_up_now().unwrap();
    assert_eq!(book.list_backups().unwrap().len(), 2, "a backup made by hand is not pruned the same day");
    clock.set(noon(2026, 11, 25) + Duration::hours(1));
    book.restore_backup(&first.file_name).unwrap();
    assert_eq!(book.list_people(&coachbook::people::PeopleQuery::new(coachbook::people::PeopleList::Team)).unwrap().total, 1);
    assert_eq!(book.list_backups().unwrap().len(), 3);
}

#[test]
fn the_list_comes_back_without_reading_backups_and_counting_fills_them_in_once() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(FixedClock::at(noon(2026, 11, 25)));
    let book = workspace_at(dir.path(), clock.clone());
    add_rep(&book, "Ada");
    let made = book.back_up_now().unwrap();
    assert_eq!((made.counted, made.people), (true, 1), "a new backup says what it holds");
    // A backup this process has not read yet (as after a restart): copied in under a later name.
    let later = std::path::Path::new(&made.path).with_file_name("coachbook-20261126-090000.sqlite3");
    std::fs::copy(&made.path, &later).unwrap();

    let listed = book.list_backups().unwrap();
    assert_eq!(listed.iter().map(|b| (b.file_name.as_str(), b.counted)).collect::<Vec<_>>(),
        [("coachbook-20261126-090000.sqlite3", false), (made.file_name.as_str(), true)]);
    assert_eq!(listed[0].people, 0, "nothing claimed before it is counted");

    let counted = book.count_backups().unwrap();
    assert!(counted.iter().all(|b| b.counted && b.people == 1), "{counted:?}");
    assert!(book.list_backups().unwrap().iter().all(|b| b.counted), "counted once, remembered after");
}
