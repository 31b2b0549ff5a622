//! Times the backend's hot calls on a large workspace: 50 reps with ten years
//! of weekly one-on-ones (26,000 meetings, 182,000 notes, 52,000 action
//! items) and a million feedback entries. Prints p50, p99 and max per call.
//!
//! Run: `cargo bench --bench large_workspace` (the workspace is generated once
//! into target/bench/, which takes a few minutes, and reused after that).

use std::path::PathBuf;
use std::time::{Duration, Instant};

use chrono::{Days, NaiveDate};
use coachbook::feedback::FeedbackQuery;
use coachbook::people::{PeopleList, PeopleQuery, PersonFields, Role};
use coachbook::scorecards::{NewScorecard, Recommendation, ScoreInput, ScorecardDetails};
use coachbook::search::SearchQuery;
use coachbook::today::TodayLimits;
use coachbook::{Coachbook, DocumentRequest, PersonId};
use rusqlite::{params, Connection};

const REPS: usize = 50;
const WEEKS: u64 = 520;
const FEEDBACK_PER_REP: usize = 20_000;
const RUNS: usize = 200;

const WORDS: &[&str] = &[
    "budget", "procurement", "discovery", "pricing", "renewal", "pilot", "demo", "referral", "voicemail", "follow-up",
    "objection", "champion", "timeline", "stakeholder", "proposal", "negotiation", "onboarding", "forecast", "pipeline",
    "listening", "questions", "closing", "value", "security", "legal", "expansion", "churn", "roadmap", "trial", "contract",
];

const TAGS: &[&str] = &["discovery", "closing", "listening", "pricing", "objections", "demo", "follow-up", "negotiation"];

fn sentence(seed: usize, words: usize) -> String {
    (0..words).map(|i| WORDS[(seed * 31 + i * 17) % WORDS.len()]).collect::<Vec<_>>().join(" ")
}

/// How big a generated workspace is.
#[derive(Clone, Copy)]
struct Shape {
    reps: usize,
    weeks: u64,
    feedback_per_rep: usize,
}

const TEN_YEARS_OF_FIFTY: Shape = Shape { reps: REPS, weeks: WEEKS, feedback_per_rep: FEEDBACK_PER_REP };
/// Ten times the team with the same number of meetings (one year each), for how team-wide views grow with the team.
const A_YEAR_OF_FIVE_HUNDRED: Shape = Shape { reps: 500, weeks: 52, feedback_per_rep: 2_000 };

fn generate(path: &PathBuf, shape: Shape) {
    let Shape { reps, weeks, feedback_per_rep } = shape;
    let started = Instant::now();
    drop(Coachbook::open(path).expect("create schema"));
    let mut conn = Connection::open(path).unwrap();
    conn.pragma_update(None, "synchronous", "OFF").unwrap();
    let tx = conn.transaction().unwrap();
    // Every shape ends in the same week, so "today" is the same for all.
    let start = NaiveDate::from_ymd_opt(2016, 11, 28).unwrap() + Days::new((WEEKS - weeks) * 7);
    let now = "2026-11-24T00:00:00.000Z";
    let person = |r: usize| format!("00000000-0000-7000-8000-{r:012}");
    for r in 0..reps {
        tx.execute(
            "INSERT INTO people (id, role, name, name_fold, created_at, updated_at, cadence, cadence_since)
             VALUES (?1, 'rep', ?2, ?3, ?4, ?4, 'weekly', '2016-11-28')",
            params![person(r), format!("Rep {r:02}"), format!("rep {r:02}"), now],
        )
        .unwrap();
    }
    // Rows go in in time order across the team, as a real workspace fills up,
    // so rowid order (which search walks) follows time.
    for w in 0..weeks {
        let held = start + Days::new(w * 7);
        for r in 0..reps {
            let meeting = format!("00000000-0001-7000-8000-{:012}", r as u64 * weeks + w);
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
                    params![format!("{meeting}-{n}"), meeting, n as i64, format!("Section {n}"),
                            sentence(r * 1000 + w as usize * 7 + n, 14), if n == 1 { "private" } else { "shared" }, now],
                )
                .unwrap();
            }
            for a in 0..2 {
                tx.execute(
                    "INSERT INTO action_items (id, person_id, meeting_id, text, owner, due_on, done_at, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, 'rep', ?5, ?6, ?7, ?7)",
                    params![format!("{meeting}-a{a}"), person(r), meeting, sentence(w as usize + a, 6), held + Days::new(5),
                            if w + 2 < weeks { Some(now) } else { None }, now],
                )
                .unwrap();
            }
        }
    }
    eprintln!("generated meetings after {:.0?}", started.elapsed());
    for f in 0..feedback_per_rep {
        let given = start + Days::new((f as u64 * weeks * 7) / feedback_per_rep as u64);
        for r in 0..reps {
            let id = format!("00000000-0002-7000-8000-{:012}", r * feedback_per_rep + f);
            // One or two tags an entry, as the app writes them (the column and one row per tag).
            let tags: Vec<&str> =
                if (f + r) % 3 == 0 { vec![TAGS[(f + r) % TAGS.len()], TAGS[(f + r + 3) % TAGS.len()]] } else { vec![TAGS[(f + r) % TAGS.len()]] };
            tx.execute(
                "INSERT INTO feedback (id, person_id, given_on, polarity, situation, behaviour, result, tags, shared,
                                       created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
                params![id, person(r), given,
                        if (f + r) % 3 == 0 { "constructive" } else { "positive" }, sentence(f + r, 5),
                        sentence(f + r + 7, 8), sentence(f + r + 3, 5), tags.join(", "), ((f + r) % 2) as i64, now],
            )
            .unwrap();
            for tag in tags {
                tx.execute("INSERT INTO feedback_tags (feedback_id, tag) VALUES (?1, ?2)", params![id, tag]).unwrap();
            }
        }
    }
    tx.commit().unwrap();
    eprintln!("generated the workspace in {:.0?}", started.elapsed());
}

fn time<T>(name: &str, mut call: impl FnMut() -> T) {
    for _ in 0..10 {
        call();
    }
    let mut samples: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(call());
            t.elapsed()
        })
        .collect();
    samples.sort();
    let pick = |q: f64| samples[((samples.len() as f64 - 1.0) * q).round() as usize];
    println!(
        "| {name:<44} | {:>8.2} | {:>8.2} | {:>8.2} |",
        pick(0.5).as_secs_f64() * 1e3,
        pick(0.99).as_secs_f64() * 1e3,
        samples[samples.len() - 1].as_secs_f64() * 1e3
    );
}

fn main() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/bench");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("large-workspace.sqlite3");
    if !path.exists() {
        generate(&path, TEN_YEARS_OF_FIFTY);
    }
    let opened = Instant::now();
    let book = Coachbook::open(&path).expect("open the large workspace");
    println!("open (the integrity check runs apart for a file this size): {:.0} ms", opened.elapsed().as_secs_f64() * 1e3);
    let checked = Instant::now();
    let integrity = book.check_integrity().expect("check the large workspace");
    println!("check_integrity, as the app runs it in the background: {:.1} s ({integrity:?})\n", checked.elapsed().as_secs_f64());
    calls(&book);
    // `cargo bench --bench large_workspace -- calls`: the call table alone.
    if std::env::args().any(|a| a == "calls") {
        return;
    }

    let started = Instant::now();
    let backup = book.back_up_now().expect("back up");
    println!("\nback_up_now: {:.1} s, {:.0} MB", started.elapsed().as_secs_f64(), backup.size / 1e6);
    drop(book);
    packs_of_ten_years(&dir, std::path::Path::new(&backup.path));

    // The same workspace encrypted (SQLCipher), for the cost of encryption.
    let encrypted = dir.join("large-workspace-encrypted.sqlite3");
    if !encrypted.exists() {
        std::fs::copy(&path, &encrypted).unwrap();
        let plain = Coachbook::open(&encrypted).unwrap();
        let started = Instant::now();
        plain.protect_with_passphrase("a bench passphrase").unwrap();
        println!("protect_with_passphrase (encrypt the file): {:.1} s", started.elapsed().as_secs_f64());
    }
    let opened = Instant::now();
    let book = Coachbook::unlock(&encrypted, &coachbook::Passphrase::typed("a bench passphrase")).unwrap();
    println!("\nEncrypted — unlock (integrity check apart): {:.0} ms\n", opened.elapsed().as_secs_f64() * 1e3);
    calls(&book);
    drop(book);
    team_growth(&dir, &path);
}

/// The team-wide views at 50 reps and at 500, and the cost per rep.
fn team_growth(dir: &std::path::Path, fifty: &std::path::Path) {
    let path = dir.join("team-of-500.sqlite3");
    if !path.exists() {
        generate(&path.to_path_buf(), A_YEAR_OF_FIVE_HUNDRED);
    }
    let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    println!("\n| team-wide call | 50 reps p50 ms | 500 reps p50 ms | per rep at 50 (ms) | per rep at 500 (ms) |");
    println!("|---|---:|---:|---:|---:|");
    let small = Coachbook::open(fifty).unwrap();
    let large = Coachbook::open(&path).unwrap();
    let team = PeopleQuery::new(PeopleList::Team);
    for (name, call) in [
        ("team_overview (first page of 50, kept statuses)", &(|b: &Coachbook| drop(b.team_overview(&first_page(), today).unwrap())) as &dyn Fn(&Coachbook)),
        ("team_overview (first call of a day: every status worked out)", &|b: &Coachbook| drop(b.team_overview(&first_page(), next_day()).unwrap())),
        ("today", &|b: &Coachbook| drop(b.today(today, Some("Mo"), &TodayLimits::default()).unwrap())),
        ("list_people (team, first page of 100)", &|b: &Coachbook| drop(b.list_people(&team).unwrap())),
    ] {
        let (at_50, at_500) = (median(|| call(&small)), median(|| call(&large)));
        println!("| {name} | {at_50:.2} | {at_500:.2} | {:.3} | {:.3} |", at_50 / 50.0, at_500 / 500.0);
    }
}

/// The team list's page as the Team screen asks for it.
fn first_page() -> PeopleQuery {
    PeopleQuery { limit: Some(50), ..PeopleQuery::new(PeopleList::Team) }
}

/// The day after the bench's day and the one after it, in turn: each call is
/// the first of its day, so no status kept from the call before holds.
fn next_day() -> NaiveDate {
    static CALLS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap() + chrono::Days::new(CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed) % 2)
}

fn median(mut call: impl FnMut()) -> f64 {
    let mut samples: Vec<f64> = (0..41)
        .map(|_| {
            let t = Instant::now();
            call();
            t.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

fn calls(book: &Coachbook) {
    let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    let rep = PersonId::from("00000000-0000-7000-8000-000000000007".to_string());
    let meeting = coachbook::MeetingId::from(format!("00000000-0001-7000-8000-{:012}", 7 * WEEKS + 300));

    println!("| call (50 reps, 26,000 meetings, 1,000,000 feedback) | p50 ms | p99 ms | max ms |");
    println!("|---|---:|---:|---:|");
    time("list_people (team, first page)", || book.list_people(&PeopleQuery::new(PeopleList::Team)).unwrap());
    time("team_overview (first page, 50 reps)", || book.team_overview(&first_page(), today).unwrap());
    time("team_overview, first call of a day", || book.team_overview(&first_page(), next_day()).unwrap());
    time("rep_status (one rep)", || book.rep_status(&rep, today).unwrap());
    time("list_meetings (one rep, 520 meetings)", || book.list_meetings(&rep).unwrap());
    time("get_meeting (notes and carried items)", || book.get_meeting(&meeting, true).unwrap());
    time("open_action_items (one rep)", || book.open_action_items(&rep).unwrap());
    time("list_feedback (one rep, newest 50)", || book.list_feedback(&FeedbackQuery::for_person(&rep)).unwrap());
    time("list_feedback (one rep, tag + date range)", || {
        book.list_feedback(&FeedbackQuery {
            tag: Some("discovery".into()),
            from: Some("2025-01-01".into()),
            to: Some("2025-12-31".into()),
            ..FeedbackQuery::for_person(&rep)
        })
        .unwrap()
    });
    time("feedback_balance (one rep)", || book.feedback_balance(&rep, today).unwrap());
    time("feedback_tags (one rep, 20,000 tagged entries)", || book.feedback_tags(Some(&rep)).unwrap());
    time("search 'procurement champion' (top 50)", || {
        book.search(&SearchQuery { text: "procurement champion".into(), person_id: None, include_private: true, limit: None }).unwrap()
    });
    time("search 'nego' (typing, top 50)", || {
        book.search(&SearchQuery { text: "nego".into(), person_id: None, include_private: true, limit: None }).unwrap()
    });
    time("search 'negotiation' for one rep", || {
        book.search(&SearchQuery { text: "negotiation".into(), person_id: Some(rep.clone()), include_private: true, limit: None })
            .unwrap()
    });
    time("rep_review (one rep)", || book.rep_review(&rep, today).unwrap());
    time("today (the manager's home)", || book.today(today, Some("Mo"), &TodayLimits::default()).unwrap());
    time("first_run_facts (Today's checklist)", || book.first_run_facts().unwrap());
    let candidate = bench_candidate(book);
    let packet = DocumentRequest::CandidatePacket { candidate_id: candidate };
    time("make_document: candidate packet (3 assessors)", || book.make_document(&packet, Some("Mo"), today).unwrap());
    let review = DocumentRequest::Review { person_id: rep.clone() };
    time("make_document: rep review (one rep)", || book.make_document(&review, None, today).unwrap());
}

/// A candidate with three assessors' submitted presentation scorecards, made
/// once per workspace file (the generator writes no scorecards).
fn bench_candidate(book: &Coachbook) -> PersonId {
    let query = PeopleQuery { search: Some("Bench Candidate".into()), ..PeopleQuery::new(PeopleList::Candidates) };
    if let Some(found) = book.list_people(&query).unwrap().items.into_iter().next() {
        return found.id;
    }
    let fields = PersonFields { name: "Bench Candidate".into(), opening: Some("Account Executive".into()), ..PersonFields::default() };
    let candidate = book.create_person(Role::Candidate, &fields).unwrap();
    let rubric = book.list_rubrics(false).unwrap().into_iter().find(|r| r.name == "Eight-minute presentation").unwrap();
    for (i, assessor) in ["Mo", "Lee", "Sam"].into_iter().enumerate() {
        let card = book
            .start_scorecard(&NewScorecard { person_id: candidate.id.clone(), rubric_id: rubric.id.clone(), assessor: Some(assessor.into()), scored_on: None })
            .unwrap();
        for c in &card.rubric.criteria {
            let score = ScoreInput { round: 1, criterion_id: c.id.clone(), score: Some(2 + i as u32), note: String::new() };
            book.set_score(&card.id, &score).unwrap();
        }
        book.record_duration(&card.id, Some(470 + 20 * i as u32)).unwrap();
        let details = ScorecardDetails {
            assessor: assessor.into(),
            scored_on: card.scored_on.to_string(),
            recommendation: Some(Recommendation::Yes),
            takeaways: sentence(i, 20),
            material: String::new(),
        };
        book.update_scorecard(&card.id, &details).unwrap();
        book.submit_scorecard(&card.id).unwrap();
    }
    candidate.id
}

/// A rep's first pack out of ten years of history (on the backup copy, so
/// the benchmark's own file stays as generated), applied in a new workspace,
/// and the cost of finding nothing new for that link afterwards.
fn packs_of_ten_years(dir: &std::path::Path, copy: &std::path::Path) {
    let book = Coachbook::open(copy).expect("open the copy");
    let rep = PersonId::from("00000000-0000-7000-8000-000000000007".to_string());
    let invitation = dir.join("ten-years.cbpack");
    let started = Instant::now();
    let sent = book.invite_rep(&rep, &invitation).expect("invite");
    println!("\ninvite_rep (ten years of one rep's shared history): {:.2} s, {:.1} MB", started.elapsed().as_secs_f64(), sent.size / 1e6);
    let fresh = dir.join("ten-years-rep.sqlite3");
    let _ = std::fs::remove_file(&fresh);
    let rep_book = Coachbook::open(&fresh).unwrap();
    let started = Instant::now();
    let applied = rep_book.open_pack(&invitation).expect("apply");
    println!("open_pack in the rep's new workspace: {:.2} s ({})", started.elapsed().as_secs_f64(), applied.lines.join(", "));
    let link = book.list_links().unwrap().remove(0).id;
    let started = Instant::now();
    let again = book.send_pack(&link, &dir.join("ten-years-next.cbpack")).unwrap();
    println!("send_pack with nothing new (ten years for the link): {:.0} ms, {} bytes", started.elapsed().as_secs_f64() * 1e3, again.size);
}
