//! Times packs for a 50-rep team: a manager's workspace linked to each rep's
//! own. First a year of history (weekly one-on-ones with seven notes, two
//! action items, about 40 feedback entries a week per rep) goes out as each
//! rep's first pack; then a week more goes out as the next. Prints the time
//! to make the 50 packs, their sizes, and the time for a rep to apply theirs.
//!
//! Run: `cargo bench --bench packs` (about a minute; files in target/bench/packs).

use std::path::{Path, PathBuf};
use std::time::Instant;

use chrono::{Days, NaiveDate};
use coachbook::{Coachbook, PersonId};
use rusqlite::{params, Connection};

const REPS: usize = 50;
const FEEDBACK_PER_WEEK: usize = 40;

fn person(r: usize) -> String {
    format!("00000000-0000-7000-8000-{r:012}")
}

/// Adds weeks `from..to` of history for every rep, straight into the file.
fn add_weeks(path: &Path, from: u64, to: u64) {
    let mut conn = Connection::open(path).unwrap();
    conn.pragma_update(None, "synchronous", "OFF").unwrap();
    let tx = conn.transaction().unwrap();
    let start = NaiveDate::from_ymd_opt(2025, 11, 24).unwrap();
    let now = "2026-11-24T00:00:00.000Z";
    for w in from..to {
        let held = start + Days::new(w * 7);
        for r in 0..REPS {
            let meeting = format!("00000000-0001-7000-8000-{:012}", r as u64 * 1000 + w);
            tx.execute(
                "INSERT INTO meetings (id, person_id, held_on, template_name, created_at, updated_at)
                 VALUES (?1, ?2, ?3, 'Weekly one-on-one', ?4, ?4)",
                params![meeting, person(r), held, now],
            )
            .unwrap();
            for n in 0..7 {
                tx.execute(
                    "INSERT INTO meeting_notes (id, meeting_id, position, title, prompt, body, visibility, updated_at)
                     VALUES (?1, ?2, ?3, ?4, '', ?5, ?6, ?7)",
                    params![format!("{meeting}-{n}"), meeting, n, format!("Section {n}"),
                            format!("Week {w} section {n}: pipeline, follow-up, discovery and next steps for the rep"),
                            if n == 1 { "private" } else { "shared" }, now],
                )
                .unwrap();
            }
            for a in 0..2 {
                tx.execute(
                    "INSERT INTO action_items (id, person_id, meeting_id, text, owner, due_on, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, 'rep', ?5, ?6, ?6)",
                    params![format!("{meeting}-a{a}"), person(r), meeting, format!("Follow up {w}/{a}"), held + Days::new(5), now],
                )
                .unwrap();
            }
            for f in 0..FEEDBACK_PER_WEEK {
                tx.execute(
                    "INSERT INTO feedback (id, person_id, given_on, polarity, behaviour, tags, shared, created_at, updated_at)
                     VALUES (?1, ?2, ?3, 'positive', ?4, 'discovery', ?5, ?6, ?6)",
                    params![format!("{meeting}-f{f}"), person(r), held, format!("Asked a sharp question in week {w}"),
                            (f % 2) as i64, now],
                )
                .unwrap();
            }
        }
    }
    tx.commit().unwrap();
}

/// Makes one pack per rep into `out`; returns (seconds, total bytes, largest).
fn send_all(book: &Coachbook, out: &Path, round: &str) -> (f64, f64, f64, Vec<PathBuf>) {
    let started = Instant::now();
    let mut total = 0.0;
    let mut largest: f64 = 0.0;
    let mut paths = Vec::new();
    for (i, link) in book.list_links().unwrap().iter().enumerate() {
        let path = out.join(format!("{round}-{i:02}.cbpack"));
        let sent = book.send_pack(&link.id, &path).unwrap();
        total += sent.size;
        largest = largest.max(sent.size);
        paths.push(path);
    }
    (started.elapsed().as_secs_f64(), total, largest, paths)
}

fn main() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/bench/packs");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let manager_path = dir.join("manager.sqlite3");
    let manager = Coachbook::open(&manager_path).unwrap();
    manager.update_settings(&coachbook::settings::SettingsInput { assessor_name: Some("Mia".into()) }).unwrap();
    {
        let conn = Connection::open(&manager_path).unwrap();
        for r in 0..REPS {
            conn.execute(
                "INSERT INTO people (id, role, name, name_fold, created_at, updated_at) VALUES (?1, 'rep', ?2, ?3, ?4, ?4)",
                params![person(r), format!("Rep {r:02}"), format!("rep {r:02}"), "2026-11-24T00:00:00.000Z"],
            )
            .unwrap();
        }
    }
    // Each rep's workspace accepts an invitation sent before any history.
    let mut reps = Vec::new();
    for r in 0..REPS {
        let invitation = dir.join(format!("invitation-{r:02}.cbpack"));
        manager.invite_rep(&PersonId::from(person(r)), &invitation).unwrap();
        if r == 7 {
            let rep = Coachbook::open(dir.join("rep-07.sqlite3")).unwrap();
            rep.open_pack(&invitation).unwrap();
            reps.push(rep);
        }
    }
    add_weeks(&manager_path, 0, 52);
    let (secs, total, largest, year) = send_all(&manager, &dir, "year");
    println!("| a year of one-on-ones and feedback, 50 reps | {:.2} s to make 50 packs | {:.1} MB in all, {:.2} MB the largest |", secs, total / 1e6, largest / 1e6);
    let started = Instant::now();
    let applied = reps[0].open_pack(&year[7]).unwrap();
    println!("| one rep applies their year                  | {:.0} ms | {} |", started.elapsed().as_secs_f64() * 1e3, applied.lines.join(", "));

    add_weeks(&manager_path, 52, 53);
    let (secs, total, largest, week) = send_all(&manager, &dir, "week");
    println!("| a week more, 50 reps                        | {:.0} ms to make 50 packs | {:.0} kB in all, {:.1} kB the largest |", secs * 1e3, total / 1e3, largest / 1e3);
    let started = Instant::now();
    let applied = reps[0].open_pack(&week[7]).unwrap();
    println!("| one rep applies their week                  | {:.0} ms | {} |", started.elapsed().as_secs_f64() * 1e3, applied.lines.join(", "));
    let (secs, _, _, _) = send_all(&manager, &dir, "idle");
    println!("| nothing new, 50 reps                        | {:.0} ms to find nothing to send |", secs * 1e3);
}
