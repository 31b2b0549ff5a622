//! Rubrics through the public API: built-ins, editing, versioning, validation.

mod common;

use coachbook::rubrics::{CriterionTag, RubricKind};
use coachbook::scorecards::{NewScorecard, ScoreInput};
use coachbook::ErrorKind;
use common::*;

#[test]
fn a_new_workspace_has_the_built_in_rubrics_once() {
    let ws = TestWorkspace::new();
    let names: Vec<String> = ws.book.list_rubrics(false).unwrap().into_iter().map(|r| r.name).collect();
    for expected in [
        "Eight-minute presentation",
        "Short written email",
        "On-the-spot role play",
        "Practice: first call with a lead others gave up on",
        "Practice: a voicemail worth returning",
        "Practice: asking for a referral",
        "Practice: asking about budget",
    ] {
        assert!(names.contains(&expected.to_string()), "missing {expected}");
    }
    let count = names.len();
    let ws = ws.reopen();
    assert_eq!(ws.book.list_rubrics(false).unwrap().len(), count, "seeding runs once");
}

#[test]
fn the_presentation_rubric_is_timed_at_eight_minutes_with_a_timing_criterion() {
    let ws = TestWorkspace::new();
    let summary = builtin(&ws.book, "Eight-minute presentation");
    let rubric = ws.book.get_rubric(&summary.id).unwrap();
    assert_eq!(rubric.kind, RubricKind::Presentation);
    assert_eq!(rubric.time_limit_seconds, Some(480));
    assert!(rubric.builtin);
    let timing = rubric.criteria.iter().find(|c| c.tag == Some(CriterionTag::Timing)).unwrap();
    assert_eq!(timing.name, "Followed the directions");
    assert!(rubric.criteria.iter().all(|c| c.anchors.len() == 5 && c.anchors.iter().all(|a| !a.is_empty())));
    let role_play = ws.book.get_rubric(&builtin(&ws.book, "On-the-spot role play").id).unwrap();
    assert!(role_play.criteria.iter().any(|c| c.tag == Some(CriterionTag::Coachability)));
}

#[test]
fn editing_an_unused_rubric_changes_it_in_place() {
    let ws = TestWorkspace::new();
    let rubric = ws.book.create_rubric(&rubric_draft("Discovery call", &[("Questions", 1.0)])).unwrap();
    assert_eq!(rubric.version, 1);
    let edited = ws
        .book
        .update_rubric(&rubric.id, &rubric_draft("Discovery call", &[("Questions", 2.0), ("Listening", 1.0)]))
        .unwrap();
    assert_eq!(edited.version, 1);
    assert_eq!(edited.version_id, rubric.version_id);
    assert_eq!(edited.criteria.len(), 2);
    assert_eq!(ws.book.list_rubric_versions(&rubric.id).unwrap().len(), 1);
}

#[test]
fn editing_a_used_rubric_makes_a_new_version_and_old_scorecards_keep_theirs() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    let rubric = ws.book.create_rubric(&rubric_draft("Discovery call", &[("Questions", 1.0)])).unwrap();
    let card = ws
        .book
        .start_scorecard(&NewScorecard {
            person_id: ada.id.clone(),
            rubric_id: rubric.id.clone(),
            assessor: Some("Mo".into()),
            scored_on: None,
        })
        .unwrap();
    ws.book
        .set_score(&card.id, &ScoreInput { round: 1, criterion_id: rubric.criteria[0].id.clone(), score: Some(4), note: String::new() })
        .unwrap();

    let v2 = ws
        .book
        .update_rubric(&rubric.id, &rubric_draft("Discovery call", &[("Open questions", 1.0), ("Listening", 1.0)]))
        .unwrap();
    assert_eq!(v2.version, 2);
    assert_ne!(v2.version_id, rubric.version_id);
    assert_eq!(ws.book.get_rubric(&rubric.id).unwrap().version, 2);

    let old = ws.book.get_scorecard(&card.id, Some("Mo")).unwrap();
    assert_eq!(old.rubric.version, 1);
    assert_eq!(old.rubric.criteria[0].name, "Questions");
    assert_eq!(old.total.share, Some(0.8));
    let versions = ws.book.list_rubric_versions(&rubric.id).unwrap();
    assert_eq!(versions.iter().map(|v| (v.version, v.scorecards)).collect::<Vec<_>>(), [(2, 0), (1, 1)]);
    // A new scorecard uses the new version.
    let new_card = ws
        .book
        .start_scorecard(&NewScorecard { person_id: ada.id, rubric_id: rubric.id, assessor: Some("Mo".into()), scored_on: None })
        .unwrap();
    assert_eq!(new_card.rubric.version, 2);
}

#[test]
fn duplicating_makes_an_independent_rubric_of_your_own() {
    let ws = TestWorkspace::new();
    let source = builtin(&ws.book, "Short written email");
    let copy = ws.book.duplicate_rubric(&source.id).unwrap();
    assert_ne!(copy.id, source.id);
    assert_eq!(copy.name, "Short written email (copy)");
    assert!(!copy.builtin);
    assert_eq!(copy.criteria.len(), ws.book.get_rubric(&source.id).unwrap().criteria.len());
    ws.book.update_rubric(&copy.id, &rubric_draft("My email test", &[("Voice", 1.0)])).unwrap();
    assert_eq!(ws.book.get_rubric(&source.id).unwrap().name, "Short written email");
}

#[test]
fn archived_rubrics_leave_the_library_and_cannot_start_scorecards() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    let rubric = ws.book.create_rubric(&rubric_draft("Old drill", &[("Pace", 1.0)])).unwrap();
    ws.book.archive_rubric(&rubric.id).unwrap();
    assert!(!ws.book.list_rubrics(false).unwrap().iter().any(|r| r.id == rubric.id));
    assert!(ws.book.list_rubrics(true).unwrap().iter().any(|r| r.id == rubric.id));
    let err = ws
        .book
        .start_scorecard(&NewScorecard { person_id: ada.id, rubric_id: rubric.id.clone(), assessor: Some("Mo".into()), scored_on: None })
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Conflict);
    ws.book.restore_rubric(&rubric.id).unwrap();
    assert!(ws.book.list_rubrics(false).unwrap().iter().any(|r| r.id == rubric.id));
}

#[test]
fn every_rubric_rule_names_its_field_and_changes_nothing() {
    let ws = TestWorkspace::new();
    let before = ws.book.list_rubrics(false).unwrap();
    let cases: Vec<(coachbook::rubrics::RubricDraft, &str)> = vec![
        (rubric_draft(" ", &[("A", 1.0)]), "name"),
        (rubric_draft("R", &[]), "criteria"),
        (rubric_draft("R", &[("A", 0.0)]), "criteria[0].weight"),
        (rubric_draft("R", &[("A", 1.0), ("B", -1.0)]), "criteria[1].weight"),
        (rubric_draft("R", &[("A", f64::NAN)]), "criteria[0].weight"),
        (rubric_draft("R", &[("A", 1.0), ("", 1.0)]), "criteria[1].name"),
        (rubric_draft("R", &[("A", 1.0), ("a", 1.0)]), "criteria[1].name"),
        ({
            let mut d = rubric_draft("R", &[("A", 1.0)]);
            d.criteria[0].anchors = vec!["only one".into()];
            d
        }, "criteria[0].anchors"),
        ({
            let mut d = rubric_draft("R", &[("A", 1.0)]);
            d.criteria[0].anchors[3] = "  ".into();
            d
        }, "criteria[0].anchors[3]"),
        ({
            let mut d = rubric_draft("R", &[("A", 1.0)]);
            d.time_limit_seconds = Some(5);
            d
        }, "timeLimitSeconds"),
        ({
            let mut d = rubric_draft("R", &[("A", 1.0), ("B", 1.0)]);
            d.criteria[0].tag = Some(CriterionTag::Timing);
            d.criteria[1].tag = Some(CriterionTag::Timing);
            d
        }, "criteria[1].tag"),
    ];
    for (draft, field) in cases {
        let err = ws.book.create_rubric(&draft).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Invalid, "{field}: {err}");
        assert_eq!(err.field(), Some(field), "{err}");
    }
    assert_eq!(ws.book.list_rubrics(false).unwrap(), before);
}

#[test]
fn scales_of_two_to_ten_levels_are_accepted() {
    let ws = TestWorkspace::new();
    let mut draft = rubric_draft("Yes or no", &[("Asked for the meeting", 1.0)]);
    draft.criteria[0].anchors = vec!["No".into(), "Yes".into()];
    let rubric = ws.book.create_rubric(&draft).unwrap();
    assert_eq!(rubric.criteria[0].scale_max(), 2);
}
