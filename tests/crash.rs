//! Killed mid-write: a writer process saving as fast as it can is killed
//! with SIGKILL at random moments, again and again on one file. After each
//! kill the file passes SQLite's integrity check and holds every record the
//! writer was told was saved.

mod common;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use coachbook::people::{PeopleList, PeopleQuery, PersonFields, Role};
use coachbook::Coachbook;

const KILLS: u32 = 50;
const CHILD_ENV: &str = "COACHBOOK_CRASH_WRITER_DB";

/// Not a test on its own: the body of the writer process the next test
/// starts and kills. Run without its variable, it does nothing.
#[test]
fn crash_writer_helper_process() {
    let Ok(path) = std::env::var(CHILD_ENV) else { return };
    let book = Coachbook::open(&path).expect("the writer opens the workspace");
    for i in 0.. {
        let name = format!("acked {}-{i}", std::process::id());
        let notes = Some("n".repeat(i % 3000));
        book.create_person(Role::Rep, &PersonFields { name: name.clone(), notes, ..Default::default() }).unwrap();
        // Printed only once the save has returned: an acknowledgement.
        println!("ACK {name}");
    }
}

/// A little randomness without a dependency: when to kill.
fn jitter(max_ms: u64) -> Duration {
    let nanos = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().subsec_nanos() as u64;
    Duration::from_millis(15 + nanos % max_ms)
}

#[test]
fn kills_during_writes_never_lose_an_acknowledged_record_or_damage_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("crash.sqlite3");
    drop(Coachbook::open(&path).unwrap());
    let me = std::env::current_exe().unwrap();
    let mut acked: Vec<String> = Vec::new();
    for _ in 0..KILLS {
        let mut child = Command::new(&me)
            .args(["crash_writer_helper_process", "--exact", "--nocapture", "--test-threads=1"])
            .env(CHILD_ENV, &path)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let reader = std::thread::spawn(move || {
            BufReader::new(stdout)
                .lines()
                .map_while(Result::ok)
                .filter_map(|line| line.strip_prefix("ACK ").map(str::to_owned))
                .collect::<Vec<_>>()
        });
        // A random moment: opening, mid-transaction, or between saves.
        std::thread::sleep(jitter(120));
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        acked.extend(reader.join().unwrap());

        let conn = rusqlite::Connection::open(&path).unwrap();
        let check: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
        assert_eq!(check, "ok");
    }
    let book = Coachbook::open(&path).unwrap();
    let mut stored = std::collections::HashSet::new();
    loop {
        let query = PeopleQuery { limit: Some(500), offset: Some(stored.len() as u32), ..PeopleQuery::new(PeopleList::Team) };
        let page = book.list_people(&query).unwrap();
        if page.items.is_empty() {
            break;
        }
        stored.extend(page.items.into_iter().map(|p| p.name));
    }
    let lost: Vec<_> = acked.iter().filter(|name| !stored.contains(*name)).collect();
    println!("{KILLS} kills, {} acknowledged records, {} lost", acked.len(), lost.len());
    assert!(acked.len() as u32 > KILLS, "the writer got writes in between kills");
    assert!(lost.is_empty(), "lost: {lost:?}");
}
