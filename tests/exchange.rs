//! Data in and out: every list as CSV, the full export that imports back
//! identically, and people and weekly numbers read from CSV files.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use coachbook::exchange::*;
use coachbook::feedback::{FeedbackInput, Polarity};
use coachbook::goals::GoalInput;
use coachbook::kare::{AccountInput, KareCategory, KareSplit, Shares};
use coachbook::kpis::{KpiInput, KpiKind};
use coachbook::one_on_ones::*;
use coachbook::people::{PeopleList, PeopleQuery, Person, PersonFields, Role, Stage};
use coachbook::plans::{ActivityDraft, ActivityKind, ActualInput, Period, PlanDraft};
use coachbook::scorecards::*;
use coachbook::search::SearchQuery;
use coachbook::settings::{SettingsInput, WorkspaceMode};
use coachbook::skills::{AttitudeInput, Judgement, SkillInput, SkillStatus};
use coachbook::{Coachbook, ErrorKind, FixedClock, PersonId, SCHEMA_VERSION};
use common::*;

fn at(text: &str) -> DateTime<Utc> {
    text.parse().unwrap()
}

/// A workspace at a fixed moment, in its own folder.
fn workspace(dir: &Path, name: &str) -> Coachbook {
    let clock = Arc::new(FixedClock::at(at("2026-11-20T09:00:00Z")));
    Coachbook::open_with_clock(dir.join(format!("{name}.sqlite3")), clock).unwrap()
}

fn people(book: &Coachbook, list: PeopleList) -> Vec<String> {
    let mut names: Vec<String> = book.list_people(&PeopleQuery::new(list)).unwrap().items.into_iter().map(|p| p.name).collect();
    let archived = PeopleQuery { archived: true, ..PeopleQuery::new(list) };
    names.extend(book.list_people(&archived).unwrap().items.into_iter().map(|p| p.name));
    names
}

fn found(book: &Coachbook, text: &str) -> usize {
    book.search(&SearchQuery { text: text.into(), person_id: None, include_private: true, limit: None }).unwrap().len()
}

fn note(book: &Coachbook, meeting: &Meeting, title: &str, body: &str, visibility: Visibility) {
    let id = &meeting.notes.iter().find(|n| n.title == title).unwrap().id;
    book.save_meeting_note(id, body, visibility).unwrap();
}

fn score_and_submit(book: &Coachbook, card: &Scorecard, score: u32) {
    for c in &card.rubric.criteria {
        book.set_score(&card.id, &ScoreInput { round: 1, criterion_id: c.id.clone(), score: Some(score), note: "seen".into() }).unwrap();
    }
    let details = ScorecardDetails {
        assessor: card.assessor.clone(),
        scored_on: "2026-11-19".into(),
        recommendation: Some(Recommendation::Yes),
        takeaways: "Prepared".into(),
        material: "=HYPERLINK(\"http://x\")".into(),
    };
    book.update_scorecard(&card.id, &details).unwrap();
    book.submit_scorecard(&card.id).unwrap();
}

/// A workspace with a row in every table a full export holds.
fn filled(book: &Coachbook) -> (Person, Person) {
    book.update_settings(&SettingsInput { assessor_name: Some("Mia Manager".into()) }).unwrap();
    let ada = book
        .create_person(Role::Rep, &PersonFields { name: "Ada Lovelace".into(), email: Some("ada@example.com".into()), ..Default::default() })
        .unwrap();
    let agenda = book
        .create_template(&TemplateDraft {
            name: "Short agenda".into(),
            sections: vec![
                SectionDraft { title: "Wins".into(), prompt: None, default_visibility: Visibility::Shared },
                SectionDraft { title: "Will".into(), prompt: Some("How is it going?".into()), default_visibility: Visibility::Private },
            ],
        })
        .unwrap();
    book.set_one_on_one_setup(&ada.id, &SetupInput { cadence: Some(Cadence::Weekly), cadence_since: Some("2026-10-01".into()), template_id: Some(agenda.id) })
        .unwrap();
    let meeting = book.hold_meeting(&ada.id, Some("2026-11-16")).unwrap();
    note(book, &meeting, "Wins", "Closed the Hopper renewal", Visibility::Shared);
    note(book, &meeting, "Will", "Worried about quota zanzibar", Visibility::Private);
    let item = book.add_action_item(&meeting.id, &NewActionItem { text: "Send the deck".into(), owner: Owner::Rep, due_on: Some("2026-11-20".into()) }).unwrap();
    let later = book.hold_meeting(&ada.id, Some("2026-11-19")).unwrap();
    book.add_action_item(&later.id, &NewActionItem { text: "=cmd|' /C calc'!A0".into(), owner: Owner::Manager, due_on: None }).unwrap();
    book.set_action_item_done(&item.id, true, Some(&later.id)).unwrap();
    let open = book.add_action_item(&later.id, &NewActionItem { text: "Book the review".into(), owner: Owner::Manager, due_on: Some("2026-11-20".into()) }).unwrap();
    let _ = open;
    for (polarity, behaviour, shared) in [(Polarity::Positive, "Asked for the referral", true), (Polarity::Constructive, "Talked over the buyer", false)] {
        book.log_feedback(&FeedbackInput {
            person_id: ada.id.clone(),
            given_on: Some("2026-11-18".into()),
            polarity,
            situation: Some("Discovery call".into()),
            behaviour: behaviour.into(),
            result: Some("Meeting booked".into()),
            tags: vec!["listening".into()],
            shared,
        })
        .unwrap();
    }
    let gone = book
        .log_feedback(&FeedbackInput {
            person_id: ada.id.clone(),
            given_on: Some("2026-11-18".into()),
            polarity: Polarity::Positive,
            situation: None,
            behaviour: "Deleted entry xylophone".into(),
            result: None,
            tags: vec![],
            shared: true,
        })
        .unwrap();
    book.delete_feedback(&gone.id).unwrap();
    book.save_goal(&ada.id, &GoalInput {
        purpose: "A house".into(),
        target_date: Some("2027-06-30".into()),
        income_needed: Some(20_000.0),
        average_deal_value: Some(5_000.0),
        commission_rate: Some(0.1),
        outreach_to_conversation: Some(0.2),
        conversation_to_meeting: Some(0.3),
        meeting_to_opportunity: Some(0.5),
        opportunity_to_deal: Some(0.25),
        started_on: Some("2026-10-01".into()),
        earned_to_date: Some(1_000.0),
    })
    .unwrap();
    let plan = PlanDraft {
        note: Some("First plan".into()),
        activities: vec![
            ActivityDraft { kind: ActivityKind::Calls, name: None, target: 20.0, period: Period::Day },
            ActivityDraft { kind: ActivityKind::ReferralAsks, name: None, target: 3.0, period: Period::Week },
        ],
    };
    book.save_plan(&ada.id, &plan).unwrap();
    book.agree_plan(&ada.id).unwrap();
    book.save_plan(&ada.id, &plan).unwrap(); // a draft on top of the agreed version
    book.record_actuals(&ada.id, "2026-11-18", &[ActualInput { activity: "Calls".into(), value: Some(95.0) }]).unwrap();
    let kpi = book
        .create_kpi(&ada.id, &KpiInput { name: "Meetings booked".into(), unit: Some("meetings".into()), kind: KpiKind::Count, weekly_target: 5.0, warn_drop: None })
        .unwrap();
    book.record_kpi_value(&kpi.id, "2026-11-17", Some(4.0)).unwrap();
    book.record_kpi_value(&kpi.id, "2026-11-10", Some(6.0)).unwrap();
    book.add_account(&ada.id, &AccountInput { name: "Hopper & Co".into(), note: Some("Renewal in March".into()), category: KareCategory::Keep }).unwrap();
    let dropped = book.add_account(&ada.id, &AccountInput { name: "Gone Ltd".into(), note: None, category: KareCategory::Attain }).unwrap();
    book.delete_account(&dropped.id).unwrap();
    let quarter = Shares { keep: 25, attain: 25, recapture: 25, expand: 25 };
    book.set_kare_split(&ada.id, &KareSplit { time: quarter, income: quarter }).unwrap();
    book.set_skill(&ada.id, &SkillInput { name: "Asking for referrals".into(), status: SkillStatus::Trained, note: None }).unwrap();
    book.record_attitude(&ada.id, &AttitudeInput { assessed_on: None, willing: Judgement::Yes, able: Judgement::Unsure, facts: "Keen, new to it".into() })
        .unwrap();

    let cy = add_candidate(book, "Cy Candidate", "Account executive");
    let rubric = builtin(book, "Eight-minute presentation");
    let card = book
        .start_scorecard(&NewScorecard { person_id: cy.id.clone(), rubric_id: rubric.id.clone(), assessor: None, scored_on: Some("2026-11-19".into()) })
        .unwrap();
    score_and_submit(book, &card, 4);
    let criterion = card.rubric.criteria[0].id.clone();
    book.amend_scorecard(&card.id, &AmendmentInput {
        reason: "Watched the recording".into(),
        scores: vec![ScoreInput { round: 1, criterion_id: criterion, score: Some(5), note: "On time".into() }],
        recommendation: Some(Recommendation::StrongYes),
        takeaways: "Strong".into(),
    })
    .unwrap();
    let email = builtin(book, "Short written email");
    book.reveal_panel_scores(&cy.id, &email.id, Some("Lee Lead")).unwrap();
    let custom = book.create_rubric(&rubric_draft("Discovery role play", &[("Questions", 1.0), ("Listening", 2.0)])).unwrap();
    let _ = custom;
    assert!(!book.take_reminders(at("2026-11-20T09:00:00Z").date_naive()).unwrap().is_empty());
    (ada, cy)
}

fn export_json(book: &Coachbook, dir: &Path, name: &str) -> (PathBuf, serde_json::Value) {
    let path = dir.join(name);
    book.full_export(&path).unwrap();
    let json = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    (path, json)
}

/// Each table's rows, sorted, as the export wrote them.
fn tables_of(json: &serde_json::Value) -> BTreeMap<String, Vec<String>> {
    json["tables"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(table, body)| {
            let mut rows: Vec<String> = body["rows"].as_array().unwrap().iter().map(|r| r.to_string()).collect();
            rows.sort();
            (table.clone(), rows)
        })
        .collect()
}

/// The tables in the file that are not SQLite's, full-text indexes or local-only.
fn tables_in_file(path: &Path) -> BTreeSet<String> {
    let conn = rusqlite::Connection::open(path).unwrap();
    let names: Vec<(String, String)> = conn
        .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    names
        .into_iter()
        .filter(|(name, sql)| !sql.starts_with("CREATE VIRTUAL") && !name.contains("_fts_") && !LOCAL_ONLY_TABLES.contains(&name.as_str()))
        .map(|(name, _)| name)
        .collect()
}

#[test]
fn a_full_export_with_every_table_filled_imports_back_identically() {
    let dir = tempfile::tempdir().unwrap();
    let source = workspace(dir.path(), "source");
    filled(&source);
    let (path, exported) = export_json(&source, dir.path(), "export.json");

    let tables = tables_of(&exported);
    assert_eq!(tables.keys().cloned().collect::<BTreeSet<_>>(), tables_in_file(&dir.path().join("source.sqlite3")), "every table but the local ones");
    for (table, rows) in &tables {
        assert!(!rows.is_empty(), "the fixture leaves {table} empty: give it a row so the round trip covers it");
    }
    let manifest = &exported["manifest"];
    assert_eq!(manifest["format"], "coachbook-export");
    assert_eq!(manifest["schemaVersion"], SCHEMA_VERSION as u64);
    assert_eq!(manifest["privateNotes"], 1);
    assert!(manifest["note"].as_str().unwrap().contains("private notes"));

    let target = workspace(dir.path(), "target");
    let summary = target.full_import(&path).unwrap();
    assert_eq!(summary.people, 2);
    let (_, again) = export_json(&target, dir.path(), "again.json");
    let again = tables_of(&again);
    for (table, rows) in &tables {
        assert_eq!(&again[table], rows, "{table} differs after the round trip");
    }
    assert_eq!(found(&target, "zanzibar"), 1, "the private note is searchable");
    assert_eq!(found(&target, "referral"), 1, "feedback is searchable");
    assert_eq!(found(&target, "xylophone"), 0, "deleted feedback stays out of search");
    assert_eq!(people(&target, PeopleList::Team), ["Ada Lovelace"]);

    // A file opened again keeps it all, and is still a working workspace.
    drop(target);
    let reopened = workspace(dir.path(), "target");
    assert_eq!(found(&reopened, "zanzibar"), 1);
    assert!(reopened.list_rubrics(false).unwrap().iter().any(|r| r.name == "Discovery role play"));
}

#[test]
fn a_workspace_that_holds_data_is_not_imported_into() {
    let dir = tempfile::tempdir().unwrap();
    let source = workspace(dir.path(), "source");
    filled(&source);
    let (path, _) = export_json(&source, dir.path(), "export.json");
    let target = workspace(dir.path(), "target");
    add_rep(&target, "Grace");
    let e = target.full_import(&path).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Conflict);
    assert!(e.to_string().contains("already holds data (people (1))"), "{e}");
    assert_eq!(people(&target, PeopleList::Team), ["Grace"]);
    // Settings alone, such as a name, do not count: the export's replace them.
    let fresh = workspace(dir.path(), "fresh");
    fresh.update_settings(&SettingsInput { assessor_name: Some("Someone else".into()) }).unwrap();
    fresh.full_import(&path).unwrap();
    assert_eq!(fresh.settings().unwrap().assessor_name.as_deref(), Some("Mia Manager"));
}

fn edited(dir: &Path, path: &Path, change: impl FnOnce(&mut serde_json::Value)) -> PathBuf {
    let mut json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    change(&mut json);
    let out = dir.join("edited.json");
    std::fs::write(&out, serde_json::to_string(&json).unwrap()).unwrap();
    out
}

fn untouched(book: &Coachbook) {
    assert!(people(book, PeopleList::Team).is_empty());
    assert!(people(book, PeopleList::Candidates).is_empty());
    assert_eq!(found(book, "zanzibar"), 0);
    assert!(book.list_rubrics(false).unwrap().iter().any(|r| r.name == "Eight-minute presentation"), "built-ins are still there");
    assert!(!book.list_templates(false).unwrap().is_empty());
}

#[test]
fn an_export_from_a_newer_coachbook_is_refused_naming_its_version() {
    let dir = tempfile::tempdir().unwrap();
    let source = workspace(dir.path(), "source");
    filled(&source);
    let (path, _) = export_json(&source, dir.path(), "export.json");
    let newer = edited(dir.path(), &path, |j| j["manifest"]["schemaVersion"] = serde_json::json!(SCHEMA_VERSION + 1));
    let target = workspace(dir.path(), "target");
    let e = target.full_import(&newer).unwrap_err();
    assert_eq!(e.field(), Some("file"));
    assert!(e.to_string().contains(&format!("newer Coachbook (schema version {}", SCHEMA_VERSION + 1)), "{e}");
    untouched(&target);
}

#[test]
fn files_that_are_not_full_exports_are_refused_and_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let source = workspace(dir.path(), "source");
    filled(&source);
    let (path, _) = export_json(&source, dir.path(), "export.json");
    let target = workspace(dir.path(), "target");
    let garbage = dir.path().join("garbage.json");
    for text in ["", "not json at all", "[1, 2, 3]", "{\"tables\": {}}", "{\"manifest\": {\"format\": \"x\"}}"] {
        std::fs::write(&garbage, text).unwrap();
        let e = target.full_import(&garbage).unwrap_err();
        assert!(e.to_string().starts_with("This file is not a Coachbook full export"), "{text}: {e}");
    }
    let wrong_format = edited(dir.path(), &path, |j| j["manifest"]["format"] = "something-else".into());
    assert!(target.full_import(&wrong_format).unwrap_err().to_string().contains("its format is 'something-else'"));
    let unknown_table = edited(dir.path(), &path, |j| j["tables"]["nonsense"] = serde_json::json!({"columns": ["a"], "rows": [[1]]}));
    assert!(target.full_import(&unknown_table).unwrap_err().to_string().contains("'nonsense'"));
    assert_eq!(target.full_import(&dir.path().join("missing.json")).unwrap_err().field(), Some("file"));
    untouched(&target);
}

#[test]
fn an_import_that_fails_halfway_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let source = workspace(dir.path(), "source");
    filled(&source);
    let (path, _) = export_json(&source, dir.path(), "export.json");
    let target = workspace(dir.path(), "target");
    // The tables are written in name order: people, notes and the rest go in before this one fails.
    let bad_row = edited(dir.path(), &path, |j| {
        let rows = j["tables"]["scorecard_scores"]["rows"].as_array_mut().unwrap();
        rows.push(rows[0].clone()); // the same key twice
    });
    let e = target.full_import(&bad_row).unwrap_err();
    assert!(e.to_string().contains("scorecard_scores"), "{e}");
    untouched(&target);
    let orphan = edited(dir.path(), &path, |j| j["tables"]["people"]["rows"] = serde_json::json!([]));
    let e = target.full_import(&orphan).unwrap_err();
    assert!(e.to_string().contains("refer to rows it does not hold"), "{e}");
    untouched(&target);
    target.full_import(&path).unwrap();
    assert_eq!(found(&target, "zanzibar"), 1, "the same workspace takes the good file afterwards");
}

#[test]
fn every_list_exports_as_csv_with_a_header_iso_dates_and_no_deleted_rows() {
    let dir = tempfile::tempdir().unwrap();
    let book = workspace(dir.path(), "book");
    filled(&book);
    let team = book.export_csv(ListKind::Team).unwrap();
    assert!(team.starts_with("Name,Email,Title,Start date,Cadence,Opening,Hired at,Archived at,Added at\n"), "{team}");
    assert!(team.contains("Ada Lovelace,ada@example.com,,,weekly,,,,2026-11-20T09:00:00.000Z"), "{team}");
    let feedback = book.export_csv(ListKind::Feedback).unwrap();
    assert!(feedback.contains("2026-11-18,Ada Lovelace,positive,Discovery call,Asked for the referral"), "{feedback}");
    assert!(!feedback.contains("xylophone"), "deleted feedback is never exported");
    let notes = book.export_csv(ListKind::OneOnOnes).unwrap();
    assert_eq!(notes.lines().next(), Some("Date,Rep,Section,Visibility,Text"));
    assert!(notes.contains("2026-11-16,Ada Lovelace,Will,private,Worried about quota zanzibar"), "{notes}");
    let actions = book.export_csv(ListKind::ActionItems).unwrap();
    assert!(actions.contains(",'=cmd|' /C calc'!A0,"), "a formula gets a quote in front: {actions}");
    let scorecards = book.export_csv(ListKind::Scorecards).unwrap();
    assert_eq!(scorecards.lines().count(), 1 + 6, "one row per criterion of the one round: {scorecards}");
    assert!(scorecards.contains("Cy Candidate,candidate,Eight-minute presentation,1,Mia Manager,2026-11-19,submitted,1,Followed the directions,1,5,On time,strong_yes,"));
    assert!(book.export_csv(ListKind::KpiValues).unwrap().contains("2026-11-16,Ada Lovelace,Meetings booked,4,meetings,count,5,"));
    assert!(book.export_csv(ListKind::PlanActuals).unwrap().contains("2026-11-16,Ada Lovelace,Calls,95"));
    let accounts = book.export_csv(ListKind::Accounts).unwrap();
    assert!(accounts.contains("Ada Lovelace,Hopper & Co,keep,Renewal in March"));
    assert!(!accounts.contains("Gone Ltd"), "trashed rows are never exported");
    assert!(book.export_csv(ListKind::Candidates).unwrap().contains("Cy Candidate,,Account executive,applied,"));

    let folder = dir.path().join("lists");
    let written = book.export_all_csv(&folder).unwrap();
    assert_eq!(written.len(), ListKind::ALL.len());
    for kind in ListKind::ALL {
        assert_eq!(std::fs::read_to_string(folder.join(kind.file_name())).unwrap(), book.export_csv(kind).unwrap());
    }
    assert_eq!(std::fs::read_dir(&folder).unwrap().count(), ListKind::ALL.len(), "no temporary file left behind");
}

#[test]
fn scorecard_csv_keeps_other_assessors_drafts_and_hidden_scores_out() {
    let dir = tempfile::tempdir().unwrap();
    let book = workspace(dir.path(), "book");
    let cy = add_candidate(&book, "Cy", "AE");
    let rubric = builtin(&book, "Eight-minute presentation");
    let start = |assessor: &str| {
        book.start_scorecard(&NewScorecard { person_id: cy.id.clone(), rubric_id: rubric.id.clone(), assessor: Some(assessor.into()), scored_on: None })
            .unwrap()
    };
    score_and_submit(&book, &start("Lee"), 3);
    start("Mia"); // Mia's own draft: Lee's scores stay hidden from her
    book.update_settings(&SettingsInput { assessor_name: Some("Mia".into()) }).unwrap();
    let csv = book.export_csv(ListKind::Scorecards).unwrap();
    assert!(!csv.contains("Lee"), "{csv}");
    assert!(csv.contains(",Mia,"), "{csv}");
    book.update_settings(&SettingsInput { assessor_name: Some("Lee".into()) }).unwrap();
    let csv = book.export_csv(ListKind::Scorecards).unwrap();
    assert!(csv.contains(",Lee,") && !csv.contains(",Mia,"), "Mia's draft is hers alone: {csv}");
}

#[test]
fn a_reps_own_workspace_exports_only_their_shared_rows() {
    let dir = tempfile::tempdir().unwrap();
    let book = workspace(dir.path(), "book");
    let (ada, _) = filled(&book);
    add_rep(&book, "Bob");
    book.set_workspace_mode(WorkspaceMode::Rep, Some(&ada.id), None).unwrap();
    let notes = book.export_csv(ListKind::OneOnOnes).unwrap();
    assert!(notes.contains("Hopper renewal") && !notes.contains("zanzibar"), "{notes}");
    assert!(!book.export_csv(ListKind::Feedback).unwrap().contains("Talked over the buyer"));
    assert!(!book.export_csv(ListKind::Team).unwrap().contains("Bob"));
    let only_bob = book.export_csv_of(ListKind::Team, Some(&PersonId::from("someone".to_owned()))).unwrap();
    assert!(only_bob.contains("Ada"), "a rep's workspace writes the rep's rows, whoever is asked for");
}

// ---- People from CSV ----

fn mapping(name: &str) -> PeopleMapping {
    PeopleMapping { name: Some(name.into()), ..Default::default() }
}

#[test]
fn headers_come_with_a_guess_at_which_column_is_which() {
    let dir = tempfile::tempdir().unwrap();
    let book = workspace(dir.path(), "book");
    let headers = book.csv_headers("\u{feff}Full name;E-mail;Job title;Start Date;Position applied\nA;b;c;d;e\n").unwrap();
    assert_eq!(headers.headers, ["\u{feff}Full name", "E-mail", "Job title", "Start Date", "Position applied"].map(|h| h.trim_start_matches('\u{feff}').to_owned()));
    assert_eq!(headers.people.name.as_deref(), Some("Full name"));
    assert_eq!(headers.people.email.as_deref(), Some("E-mail"));
    assert_eq!(headers.people.title.as_deref(), Some("Job title"));
    assert_eq!(headers.people.start_date.as_deref(), Some("Start Date"));
    let values = book.csv_headers("Rep,Week,KPI,Value\n").unwrap().values;
    assert_eq!(
        (values.rep.as_deref(), values.week.as_deref(), values.name.as_deref(), values.value.as_deref()),
        (Some("Rep"), Some("Week"), Some("KPI"), Some("Value"))
    );
}

#[test]
fn people_are_previewed_with_the_forms_messages_and_imported_all_or_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let book = workspace(dir.path(), "book");
    book.create_person(Role::Rep, &PersonFields { name: "Ada Lovelace".into(), email: Some("ada@example.com".into()), ..Default::default() }).unwrap();
    let text = "Name,Email,Title,Start date\n\
                Grace Hopper,grace@example.com,AE,2026-01-05\n\
                ,bad-address,SDR,05/01/2026\n\
                Ada L.,ADA@example.com,AE,\n\
                Alan Turing,,SDR,\n\
                alan turing,,SDR,\n";
    let map = PeopleMapping { email: Some("Email".into()), title: Some("Title".into()), start_date: Some("Start date".into()), ..mapping("Name") };
    let preview = book.preview_people_import(text, Role::Rep, &map).unwrap();
    assert_eq!(preview.fields, ["Name", "Email", "Title", "Start date", "Opening"]);
    assert_eq!(preview.total_rows, 5);
    assert_eq!(preview.rows[0], PreviewRow { row: 2, cells: vec!["Grace Hopper".into(), "grace@example.com".into(), "AE".into(), "2026-01-05".into(), "".into()] });
    let problems: Vec<(Option<u32>, Option<&str>, Option<&str>, &str)> =
        preview.problems.iter().map(|p| (p.row, p.column.as_deref(), p.field.as_deref(), p.message.as_str())).collect();
    assert_eq!(
        problems,
        [
            (Some(3), Some("Name"), Some("name"), "Name is required."),
            (Some(3), Some("Email"), Some("email"), "Email 'bad-address' is not a valid address (expected something like name@example.com)."),
            (Some(3), Some("Start date"), Some("startDate"), "Start date '05/01/2026' is not a date like 2026-03-01."),
        ]
    );
    let form = book.create_person(Role::Rep, &PersonFields { name: "X".into(), email: Some("bad-address".into()), ..Default::default() }).unwrap_err();
    assert_eq!(form.to_string(), problems[1].3, "the same message as the form");
    let duplicates: Vec<(u32, &str)> = preview.duplicates.iter().map(|d| (d.row, d.matches.as_str())).collect();
    assert_eq!(duplicates, [(4, "Ada Lovelace, already in Coachbook"), (6, "row 5 of this file")]);

    let e = book.import_people(text, Role::Rep, &map, true).unwrap_err();
    assert_eq!(e.field(), Some("file"));
    assert!(e.to_string().contains("3 problems (the first, row 3, Name: Name is required.)"), "{e}");
    assert_eq!(people(&book, PeopleList::Team), ["Ada Lovelace"], "nothing was written");

    let fixed = text.replace(",bad-address,SDR,05/01/2026", "Katherine Johnson,,SDR,2026-01-05");
    let preview = book.preview_people_import(&fixed, Role::Rep, &map).unwrap();
    assert_eq!((preview.problem_count, preview.ready), (0, 3));
    let result = book.import_people(&fixed, Role::Rep, &map, false).unwrap();
    assert_eq!((result.imported, result.skipped_duplicates), (3, 2));
    assert_eq!(people(&book, PeopleList::Team), ["Ada Lovelace", "Alan Turing", "Grace Hopper", "Katherine Johnson"]);
    let grace = book.list_people(&PeopleQuery { search: Some("grace".into()), ..PeopleQuery::new(PeopleList::Team) }).unwrap().items.remove(0);
    assert_eq!((grace.title.as_str(), grace.start_date.map(|d| d.to_string())), ("AE", Some("2026-01-05".into())));
}

#[test]
fn candidates_need_an_opening_and_take_their_stage_from_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let book = workspace(dir.path(), "book");
    let text = "Candidate,Applied for,Stage\nCy,AE,Interviewing\nDee,AE,\nEve,AE,Hired\nFay,,Offer\n";
    let e = book.preview_people_import(text, Role::Candidate, &mapping("Candidate")).unwrap_err();
    assert_eq!((e.field(), e.to_string().as_str()), (Some("mapping.opening"), "Choose the column that holds the opening."));
    let map = PeopleMapping { opening: Some("Applied for".into()), stage: Some("Stage".into()), ..mapping("Candidate") };
    let preview = book.preview_people_import(text, Role::Candidate, &map).unwrap();
    let problems: Vec<(Option<u32>, Option<&str>)> = preview.problems.iter().map(|p| (p.row, p.field.as_deref())).collect();
    assert_eq!(problems, [(Some(4), Some("stage")), (Some(5), Some("opening"))]);
    assert_eq!(preview.problems[1].message, "Opening is required for a candidate: say which role they applied for.");
    let fine = "Candidate,Applied for,Stage\nCy,AE,Interviewing\nDee,AE,\n";
    book.import_people(fine, Role::Candidate, &map, false).unwrap();
    let stages: Vec<Option<Stage>> = book.list_people(&PeopleQuery::new(PeopleList::Candidates)).unwrap().items.into_iter().map(|p| p.stage).collect();
    assert_eq!(stages, [Some(Stage::Interviewing), Some(Stage::Applied)]);
}

// ---- Weekly numbers from CSV ----

fn values_mapping() -> ValuesMapping {
    ValuesMapping { rep: Some("Rep".into()), week: Some("Week".into()), name: Some("KPI".into()), value: Some("Value".into()) }
}

#[test]
fn kpi_values_and_plan_actuals_are_imported_by_name_into_the_week_they_fall_in() {
    let dir = tempfile::tempdir().unwrap();
    let book = workspace(dir.path(), "book");
    let (ada, _) = filled(&book);
    let rate = book.create_kpi(&ada.id, &KpiInput { name: "Connect rate".into(), unit: None, kind: KpiKind::Ratio, weekly_target: 0.3, warn_drop: None }).unwrap();
    let _ = rate;
    let text = "Rep,Week,KPI,Value\n\
                Ada Lovelace,2026-11-05,meetings booked,7\n\
                ada@example.com,2026-11-06,Connect rate,45%\n\
                Ada Lovelace,2026-11-17,Calls,120\n\
                Ada Lovelace,2026-11-18,Meetings booked,3\n";
    let preview = book.preview_values_import(text, &values_mapping()).unwrap();
    assert_eq!(preview.problem_count, 0, "{:?}", preview.problems);
    assert_eq!(preview.rows[0].cells, ["Ada Lovelace", "2026-11-02", "meetings booked", "7", "KPI"]);
    assert_eq!(preview.rows[2].cells[4], "Plan activity");
    assert_eq!(preview.replaces, 2, "the week of 17 November has a value for both already");
    let result = book.import_values(text, &values_mapping()).unwrap();
    assert_eq!((result.imported, result.replaced), (4, 2));
    let kpis = book.export_csv(ListKind::KpiValues).unwrap();
    assert!(kpis.contains("2026-11-02,Ada Lovelace,Meetings booked,7,"), "{kpis}");
    assert!(kpis.contains("2026-11-02,Ada Lovelace,Connect rate,0.45,"), "{kpis}");
    assert!(kpis.contains("2026-11-16,Ada Lovelace,Meetings booked,3,"), "{kpis}");
    assert!(book.export_csv(ListKind::PlanActuals).unwrap().contains("2026-11-16,Ada Lovelace,Calls,120"));

    // Our own export reads back in as it is.
    let again = book.preview_values_import(&kpis, &values_mapping()).unwrap();
    assert_eq!(again.problem_count, 0, "{:?}", again.problems);
}

#[test]
fn unknown_reps_kpis_bad_weeks_and_values_are_problems_named_by_row_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let book = workspace(dir.path(), "book");
    filled(&book);
    let before = book.export_csv(ListKind::KpiValues).unwrap();
    let text = "Rep,Week,KPI,Value\n\
                Nobody,2026-11-05,Calls,1\n\
                Ada Lovelace,last week,Calls,1\n\
                Ada Lovelace,2026-11-05,Dancing,1\n\
                Ada Lovelace,2026-11-05,Calls,lots\n\
                Ada Lovelace,2026-11-05,Meetings booked,-2\n\
                Cy Candidate,2026-11-05,Calls,1\n\
                Ada Lovelace,2026-11-12,Calls,1\n";
    let preview = book.preview_values_import(text, &values_mapping()).unwrap();
    let problems: Vec<(u32, &str, &str)> =
        preview.problems.iter().map(|p| (p.row.unwrap(), p.column.as_deref().unwrap(), p.message.as_str())).collect();
    assert_eq!(
        problems,
        [
            (2, "Rep", "Nobody here is called 'Nobody' (by name or email)."),
            (3, "Week", "Week 'last week' is not a date like 2026-03-01."),
            (4, "KPI", "Ada Lovelace has no KPI or plan activity called 'Dancing'."),
            (5, "Value", "Value 'lots' is not a number."),
            (6, "Value", "Meetings booked: enter a number from 0."),
            (7, "Rep", "Cy Candidate is a candidate: weekly numbers are for team members."),
        ]
    );
    assert_eq!((preview.total_rows, preview.ready), (7, 1), "only the last row is fine");
    assert!(book.import_values(text, &values_mapping()).unwrap_err().to_string().starts_with("Nothing was imported: the file has 6 problems"));
    assert_eq!(book.export_csv(ListKind::KpiValues).unwrap(), before, "nothing was written");
    let repeated = "Rep,Week,KPI,Value\nAda Lovelace,2026-11-02,Calls,1\nAda Lovelace,2026-11-04,calls,2\n";
    let preview = book.preview_values_import(repeated, &values_mapping()).unwrap();
    assert_eq!(preview.problems[0].message, "Row 2 already has calls for Ada Lovelace in the week of 2026-11-02.");
}

// ---- Bad files ----

#[test]
fn a_file_that_is_not_utf8_is_refused_saying_so_and_a_bom_is_fine() {
    let e = decode_csv(b"Name\nJos\xe9\n").unwrap_err();
    assert_eq!(e.field(), Some("file"));
    assert!(e.to_string().contains("not UTF-8 text (the first character that is not is on line 2)"), "{e}");
    assert!(decode_csv(b"\xff\xfeN\x00").unwrap_err().to_string().contains("UTF-16"));
    assert_eq!(decode_csv("\u{feff}Name\nJosé\n".as_bytes()).unwrap(), "Name\nJosé\n");
}

#[test]
fn empty_files_and_unmapped_columns_are_refused_with_the_field_named() {
    let dir = tempfile::tempdir().unwrap();
    let book = workspace(dir.path(), "book");
    for (text, message) in [("", "The file is empty."), ("  \n", "The file is empty."), ("Name,Email\n", "The file has a header but no rows to import."), ("Name\n,\n", "The file has a header but no rows to import.")] {
        let e = book.preview_people_import(text, Role::Rep, &mapping("Name")).unwrap_err();
        assert_eq!((e.field(), e.to_string().as_str()), (Some("file"), message), "{text:?}");
    }
    let e = book.preview_people_import("Name\nAda\n", Role::Rep, &PeopleMapping::default()).unwrap_err();
    assert_eq!((e.field(), e.to_string().as_str()), (Some("mapping.name"), "Choose the column that holds the name."));
    let e = book.preview_people_import("Name\nAda\n", Role::Rep, &PeopleMapping { email: Some("Email".into()), ..mapping("Name") }).unwrap_err();
    assert_eq!((e.field(), e.to_string().as_str()), (Some("mapping.email"), "The file has no column called 'Email'."));
    let e = book.import_values("Rep,Week\nAda,2026-11-02\n", &values_mapping()).unwrap_err();
    assert_eq!(e.field(), Some("mapping.name"));
}

#[test]
fn a_hundred_thousand_rows_are_refused_quickly_with_the_limit_named() {
    let dir = tempfile::tempdir().unwrap();
    let book = workspace(dir.path(), "book");
    let mut text = String::from("Name,Email\n");
    for i in 0..100_000 {
        text.push_str(&format!("Person {i},p{i}@example.com\n"));
    }
    let started = Instant::now();
    let e = book.preview_people_import(&text, Role::Rep, &mapping("Name")).unwrap_err();
    assert!(e.to_string().contains("more than 5,000 rows; Coachbook imports at most 5,000 at a time"), "{e}");
    assert!(book.import_people(&text, Role::Rep, &mapping("Name"), true).is_err());
    let e = book.import_values(&text.replace("Name,Email", "Rep,Week,KPI,Value").replace(",p", ",2026-11-02,Calls,1,p"), &values_mapping()).unwrap_err();
    assert!(e.to_string().contains("at most 50,000"), "{e}");
    assert!(started.elapsed() < Duration::from_secs(20), "refused without working through every row");
    assert!(people(&book, PeopleList::Team).is_empty());
}

#[test]
fn a_file_over_the_size_limit_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.csv");
    let file = std::fs::File::create(&big).unwrap();
    file.set_len(MAX_FILE_BYTES as u64 + 1).unwrap(); // sparse: no need to write it
    let e = read_csv_file(&big).unwrap_err();
    assert_eq!((e.field(), e.to_string().as_str()), (Some("file"), "The file is larger than 20 MB; split it and import each part."));
    let small = dir.path().join("team.csv");
    std::fs::write(&small, "\u{feff}Name\nAda\n").unwrap();
    let read = read_csv_file(&small).unwrap();
    assert_eq!((read.file_name.as_str(), read.text.as_str()), ("team.csv", "Name\nAda\n"));
}

#[test]
fn long_cells_ragged_rows_and_formulas_are_problems_of_their_row_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let book = workspace(dir.path(), "book");
    let long = "x".repeat(10 * 1024 * 1024);
    let text = format!("Name,Title\nAda,AE\n{long},AE\nBob\nCarl,AE,extra\n=HYPERLINK(\"http://evil\"),AE\n\"'=1+1\",AE\nDee,@SUM(A1)\n");
    let preview = book.preview_people_import(&text, Role::Rep, &PeopleMapping { title: Some("Title".into()), ..mapping("Name") }).unwrap();
    let problems: Vec<(Option<u32>, Option<&str>, &str)> =
        preview.problems.iter().map(|p| (p.row, p.column.as_deref(), p.message.as_str())).collect();
    assert_eq!(
        problems,
        [
            (Some(3), Some("Name"), "The cell has 10,485,760 characters; a cell may have at most 10,000."),
            (Some(4), None, "The row has 1 cells where the header has 2: look for a stray separator or a missing quote."),
            (Some(5), None, "The row has 3 cells where the header has 2: look for a stray separator or a missing quote."),
            (Some(6), Some("Name"), "The cell starts with '=' like a spreadsheet formula; Coachbook does not import formulas. Enter the value itself."),
        ]
    );
    assert_eq!(preview.total_rows, 7);
    assert!(preview.rows.iter().all(|r| r.cells.iter().all(|c| c.len() < 100)), "the preview never carries the long cell");
    assert!(book.import_people(&text, Role::Rep, &mapping("Name"), true).is_err());
    assert!(people(&book, PeopleList::Team).is_empty());
    // Our own quote mark comes off; a cell starting with '@' is text (only '=' is refused).
    let fine = book.import_people("Name,Title\n\"'=1+1\",AE\nDee,@SUM(A1)\n", Role::Rep, &PeopleMapping { title: Some("Title".into()), ..mapping("Name") }, false).unwrap();
    assert_eq!(fine.imported, 2);
    assert_eq!(people(&book, PeopleList::Team), ["=1+1", "Dee"]);
    assert!(book.export_csv(ListKind::Team).unwrap().contains("'=1+1"), "and goes back on when exported");
}
