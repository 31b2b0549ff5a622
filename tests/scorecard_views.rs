//! The candidate page's aggregates, the comparison of candidates, the strength
//! profile against the team and criterion progress over time.

mod common;

use coachbook::people::Person;
use coachbook::rubrics::Rubric;
use coachbook::scorecards::*;
use coachbook::Coachbook;
use common::*;

/// Scores every criterion in order with `scores`, then submits.
fn scored(book: &Coachbook, person: &Person, rubric: &Rubric, assessor: &str, day: &str, scores: &[u32], r: Option<Recommendation>) -> Scorecard {
    let card = book
        .start_scorecard(&NewScorecard {
            person_id: person.id.clone(),
            rubric_id: rubric.id.clone(),
            assessor: Some(assessor.into()),
            scored_on: Some(day.into()),
        })
        .unwrap();
    for (i, value) in scores.iter().enumerate() {
        book.set_score(
            &card.id,
            &ScoreInput { round: 1, criterion_id: card.rubric.criteria[i].id.clone(), score: Some(*value), note: String::new() },
        )
        .unwrap();
    }
    if r.is_some() {
        book.update_scorecard(
            &card.id,
            &ScorecardDetails { assessor: assessor.into(), scored_on: day.into(), recommendation: r, takeaways: String::new(), material: String::new() },
        )
        .unwrap();
    }
    book.submit_scorecard(&card.id).unwrap()
}

#[test]
fn the_candidate_overview_shows_each_exercise_the_spread_and_the_recommendations() {
    let ws = TestWorkspace::new();
    let cy = add_candidate(&ws.book, "Cy", "AE");
    let pitch = ws.book.create_rubric(&rubric_draft("Pitch", &[("Clarity", 1.0), ("Energy", 1.0)])).unwrap();
    let email = ws.book.create_rubric(&rubric_draft("Email", &[("Voice", 1.0)])).unwrap();
    scored(&ws.book, &cy, &pitch, "Mo", "2026-11-20", &[5, 3], Some(Recommendation::StrongYes));
    scored(&ws.book, &cy, &pitch, "Dana", "2026-11-20", &[2, 3], Some(Recommendation::No));
    scored(&ws.book, &cy, &email, "Mo", "2026-11-21", &[4], Some(Recommendation::Yes));

    let overview = ws.book.candidate_overview(&cy.id, Some("Mo")).unwrap();
    assert_eq!(overview.submitted, 3);
    assert_eq!(overview.recommendations, RecommendationTally { strong_no: 0, no: 1, yes: 1, strong_yes: 1 });
    let names: Vec<_> = overview.exercises.iter().map(|e| e.rubric_name.as_str()).collect();
    assert_eq!(names, ["Pitch", "Email"], "in the order they were first scored");

    let pitch_ex = &overview.exercises[0];
    assert_eq!(pitch_ex.scorecards.len(), 2);
    // Mo 8/10 = 0.8, Dana 5/10 = 0.5.
    assert!((pitch_ex.average_share.unwrap() - 0.65).abs() < 1e-9);
    let clarity = &pitch_ex.criteria[0];
    assert_eq!((clarity.spread, clarity.disagreement), (Some(3), true));
    assert_eq!(clarity.average, Some(3.5));
    let energy = &pitch_ex.criteria[1];
    assert_eq!((energy.spread, energy.disagreement), (Some(0), false));
    assert!((overview.overall_share.unwrap() - (0.65 + 0.8) / 2.0).abs() < 1e-9);
}

#[test]
fn drafts_do_not_count_in_the_aggregates() {
    let ws = TestWorkspace::new();
    let cy = add_candidate(&ws.book, "Cy", "AE");
    let pitch = ws.book.create_rubric(&rubric_draft("Pitch", &[("Clarity", 1.0)])).unwrap();
    scored(&ws.book, &cy, &pitch, "Mo", "2026-11-20", &[4], Some(Recommendation::Yes));
    ws.book
        .start_scorecard(&NewScorecard { person_id: cy.id.clone(), rubric_id: pitch.id.clone(), assessor: Some("Dana".into()), scored_on: None })
        .unwrap();
    let overview = ws.book.candidate_overview(&cy.id, Some("Mo")).unwrap();
    assert_eq!(overview.submitted, 1);
    assert_eq!(overview.exercises[0].scorecards.len(), 1, "Dana's draft is hers alone");
    assert_eq!(overview.exercises[0].average_share, Some(0.8));
}

#[test]
fn the_timing_criterion_carries_the_overtime_flag() {
    let ws = TestWorkspace::new();
    let cy = add_candidate(&ws.book, "Cy", "AE");
    let talk = ws.book.create_rubric(&timed_rubric_draft("Talk", 480)).unwrap();
    let card = ws
        .book
        .start_scorecard(&NewScorecard { person_id: cy.id.clone(), rubric_id: talk.id.clone(), assessor: Some("Mo".into()), scored_on: None })
        .unwrap();
    ws.book.record_duration(&card.id, Some(11 * 60)).unwrap();
    ws.book
        .set_score(&card.id, &ScoreInput { round: 1, criterion_id: card.rubric.criteria[0].id.clone(), score: Some(1), note: String::new() })
        .unwrap();
    ws.book
        .update_scorecard(&card.id, &ScorecardDetails {
            assessor: "Mo".into(), scored_on: card.scored_on.to_string(), recommendation: Some(Recommendation::No),
            takeaways: String::new(), material: String::new(),
        })
        .unwrap();
    ws.book.submit_scorecard(&card.id).unwrap();

    let overview = ws.book.candidate_overview(&cy.id, Some("Mo")).unwrap();
    let criteria = &overview.exercises[0].criteria;
    assert_eq!(criteria[0].timing.as_ref().unwrap().verdict, TimingVerdict::FarOver);
    assert_eq!(criteria[1].timing, None);
}

#[test]
fn candidates_for_one_opening_compare_side_by_side() {
    let ws = TestWorkspace::new();
    let cy = add_candidate(&ws.book, "Cy", "AE");
    let di = add_candidate(&ws.book, "Di", "AE");
    add_candidate(&ws.book, "Ed", "SDR");
    let pitch = ws.book.create_rubric(&rubric_draft("Pitch", &[("Clarity", 1.0)])).unwrap();
    let email = ws.book.create_rubric(&rubric_draft("Email", &[("Voice", 1.0)])).unwrap();
    scored(&ws.book, &cy, &pitch, "Mo", "2026-11-20", &[5], Some(Recommendation::StrongYes));
    scored(&ws.book, &di, &pitch, "Mo", "2026-11-20", &[3], Some(Recommendation::Yes));
    scored(&ws.book, &di, &email, "Mo", "2026-11-21", &[4], Some(Recommendation::Yes));

    let comparison = ws.book.compare_candidates("AE", Some("Mo")).unwrap();
    let rubric_names: Vec<_> = comparison.rubrics.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(rubric_names, ["Pitch", "Email"]);
    let rows: Vec<_> = comparison.rows.iter().map(|r| (r.person.name.as_str(), r.shares.clone())).collect();
    assert_eq!(rows, [("Cy", vec![Some(1.0), None]), ("Di", vec![Some(0.6), Some(0.8)])]);
    assert_eq!(comparison.rows[0].recommendations.strong_yes, 1);
    assert_eq!(ws.book.compare_candidates("  ", None).unwrap_err().field(), Some("opening"));
}

#[test]
fn the_strength_profile_sets_a_candidate_against_the_team_average() {
    let ws = TestWorkspace::new();
    let rubric = ws.book.create_rubric(&rubric_draft("Pitch", &[("Clarity", 1.0), ("Listening", 1.0)])).unwrap();
    let ada = add_rep(&ws.book, "Ada");
    let bo = add_rep(&ws.book, "Bo");
    let gone = add_rep(&ws.book, "Gone");
    scored(&ws.book, &ada, &rubric, "Mo", "2026-10-01", &[4, 2], None);
    scored(&ws.book, &ada, &rubric, "Mo", "2026-10-08", &[4, 2], None);
    scored(&ws.book, &bo, &rubric, "Mo", "2026-10-01", &[2, 2], None);
    scored(&ws.book, &gone, &rubric, "Mo", "2026-10-01", &[1, 1], None);
    ws.book.archive_person(&gone.id).unwrap();
    let cy = add_candidate(&ws.book, "Cy", "AE");
    scored(&ws.book, &cy, &rubric, "Mo", "2026-11-20", &[3, 5], Some(Recommendation::Yes));

    let profile = ws.book.strength_profile(&cy.id, &rubric.id, Some("Mo")).unwrap();
    let rows: Vec<_> = profile.rows.iter().map(|r| (r.criterion.as_str(), r.person, r.team, r.team_members)).collect();
    // Team: Ada averages 4 and 2, Bo 2 and 2; archived reps do not count.
    assert_eq!(rows, [("Clarity", Some(3.0), Some(3.0), 2), ("Listening", Some(5.0), Some(2.0), 2)]);
}

#[test]
fn progress_lists_each_criterion_over_time_oldest_first() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    let rubric = ws.book.get_rubric(&builtin(&ws.book, "Practice: asking about budget").id).unwrap();
    scored(&ws.book, &ada, &rubric, "Mo", "2026-11-03", &[2, 2, 1, 3], None);
    scored(&ws.book, &ada, &rubric, "Mo", "2026-10-27", &[1, 1, 1, 2], None);
    scored(&ws.book, &ada, &rubric, "Mo", "2026-11-10", &[3, 3, 2, 4], None);

    let progress = ws.book.criterion_progress(&ada.id, &rubric.id, Some("Mo")).unwrap();
    assert_eq!(progress.criteria[0], "Asking directly");
    let days: Vec<_> = progress.points.iter().map(|p| p.scored_on.to_string()).collect();
    assert_eq!(days, ["2026-10-27", "2026-11-03", "2026-11-10"]);
    let asking: Vec<_> = progress.points.iter().map(|p| p.scores[0]).collect();
    assert_eq!(asking, [Some(1), Some(2), Some(3)]);
    assert_eq!(progress.scale_max, [5, 5, 5, 5]);
}

/// Like `scored`, with takeaways.
fn scored_saying(book: &Coachbook, person: &Person, rubric: &Rubric, assessor: &str, scores: &[u32], takeaways: &str) {
    let card = scored(book, person, rubric, assessor, "2026-11-20", scores, Some(Recommendation::Yes));
    book.amend_scorecard(
        &card.id,
        &AmendmentInput { reason: "Takeaways".into(), scores: vec![], recommendation: Some(Recommendation::Yes), takeaways: takeaways.into() },
    )
    .unwrap();
}

#[test]
fn the_comparison_ranks_by_overall_result_with_the_scorecards_and_takeaways_behind_it() {
    let ws = TestWorkspace::new();
    let pitch = ws.book.create_rubric(&rubric_draft("Pitch", &[("Clarity", 1.0)])).unwrap();
    let low = add_candidate(&ws.book, "Al", "AE");
    let high = add_candidate(&ws.book, "Zo", "AE");
    add_candidate(&ws.book, "Bea", "AE"); // not scored yet: last
    scored(&ws.book, &low, &pitch, "Mo", "2026-11-20", &[2], Some(Recommendation::No));
    scored(&ws.book, &high, &pitch, "Mo", "2026-11-20", &[5], Some(Recommendation::Yes));
    scored_saying(&ws.book, &high, &pitch, "Dana", &[5], "Calm under questions");

    let comparison = ws.book.compare_candidates("AE", Some("Mo")).unwrap();
    let order: Vec<_> = comparison.rows.iter().map(|r| r.person.name.as_str()).collect();
    assert_eq!(order, ["Zo", "Al", "Bea"]);
    assert_eq!(comparison.rows[0].scorecards, [2]);
    assert_eq!(comparison.rows[1].scorecards, [1]);
    assert_eq!(comparison.rows[2].scorecards, [0]);
    let said: Vec<_> = comparison.rows[0].takeaways.iter().map(|t| (t.assessor.as_str(), t.text.as_str())).collect();
    assert_eq!(said, [("Dana", "Calm under questions")]);
    // 1.0 against 0.4: far beyond any spread.
    assert!(comparison.rows[0].decisive);
    assert!((comparison.rows[0].lead.unwrap() - 0.6).abs() < 1e-9);
    assert_eq!((comparison.rows[1].lead, comparison.rows[1].decisive), (None, false), "nobody scored below Al");
}

#[test]
fn a_lead_within_the_assessors_spread_is_not_decisive() {
    let ws = TestWorkspace::new();
    let pitch = ws.book.create_rubric(&rubric_draft("Pitch", &[("A", 1.0), ("B", 1.0), ("C", 1.0), ("D", 1.0), ("E", 1.0)])).unwrap();
    let cy = add_candidate(&ws.book, "Cy", "AE");
    let di = add_candidate(&ws.book, "Di", "AE");
    // Cy: 0.8 and 0.6 (spread 0.2, mean 0.7); Di: 0.64 twice (mean 0.64). A 6-point lead inside a 20-point spread.
    scored(&ws.book, &cy, &pitch, "Mo", "2026-11-20", &[4, 4, 4, 4, 4], Some(Recommendation::Yes));
    scored(&ws.book, &cy, &pitch, "Dana", "2026-11-20", &[3, 3, 3, 3, 3], Some(Recommendation::Yes));
    scored(&ws.book, &di, &pitch, "Mo", "2026-11-20", &[4, 3, 3, 3, 3], Some(Recommendation::Yes));
    scored(&ws.book, &di, &pitch, "Dana", "2026-11-20", &[3, 4, 3, 3, 3], Some(Recommendation::Yes));
    let comparison = ws.book.compare_candidates("AE", Some("Mo")).unwrap();
    assert_eq!(comparison.rows[0].person.name, "Cy");
    assert!((comparison.rows[0].spread.unwrap() - 0.2).abs() < 1e-9);
    assert!((comparison.rows[0].lead.unwrap() - 0.06).abs() < 1e-9);
    assert!(!comparison.rows[0].decisive);
}

#[test]
fn a_lead_of_a_point_or_two_is_never_decisive_even_without_a_spread() {
    let ws = TestWorkspace::new();
    let pitch = ws.book.create_rubric(&rubric_draft("Pitch", &[("A", 49.0), ("B", 1.0)])).unwrap();
    let cy = add_candidate(&ws.book, "Cy", "AE");
    let di = add_candidate(&ws.book, "Di", "AE");
    scored(&ws.book, &cy, &pitch, "Mo", "2026-11-20", &[4, 5], Some(Recommendation::Yes)); // 0.8 + 0.004 = 0.804
    scored(&ws.book, &di, &pitch, "Mo", "2026-11-20", &[4, 4], Some(Recommendation::Yes)); // 0.8
    let comparison = ws.book.compare_candidates("AE", Some("Mo")).unwrap();
    assert_eq!(comparison.rows[0].person.name, "Cy");
    assert!(!comparison.rows[0].decisive);
}
