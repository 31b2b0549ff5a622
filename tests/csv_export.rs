//! Every list as CSV: a header, ISO dates, formula cells made inert, no
//! deleted rows, and nothing the viewer may not see.

mod common;


use coachbook::exchange::*;
use coachbook::scorecards::*;
use coachbook::settings::{SettingsInput, WorkspaceMode};
use coachbook::PersonId;
use common::exchange::*;
use common::*;

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

