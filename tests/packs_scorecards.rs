//! Packs between a hiring lead and two assessors: submitted scorecards come
//! together at the lead; drafts never travel.

mod common;

use std::path::Path;

use coachbook::rubrics::Rubric;
use coachbook::scorecards::*;
use coachbook::{Coachbook, PersonId};
use common::*;
use common::packs::*;

fn start(book: &Coachbook, person: &PersonId, rubric: &Rubric, assessor: &str) -> Scorecard {
    book.start_scorecard(&NewScorecard {
        person_id: person.clone(),
        rubric_id: rubric.id.clone(),
        assessor: Some(assessor.into()),
        scored_on: Some("2026-11-20".into()),
    })
    .unwrap()
}

fn score_all(book: &Coachbook, card: &Scorecard, score: u32) {
    for c in &card.rubric.criteria {
        book.set_score(&card.id, &ScoreInput { round: 1, criterion_id: c.id.clone(), score: Some(score), note: String::new() }).unwrap();
    }
    let details = ScorecardDetails {
        assessor: card.assessor.clone(),
        scored_on: "2026-11-20".into(),
        recommendation: Some(if score > 3 { Recommendation::Yes } else { Recommendation::No }),
        takeaways: format!("{}'s takeaway", card.assessor),
        material: String::new(),
    };
    book.update_scorecard(&card.id, &details).unwrap();
}

#[test]
fn two_assessors_scorecards_come_together_at_the_lead_and_drafts_never_travel() {
    let dir = tempfile::tempdir().unwrap();
    let shared = folder(dir.path());
    let lead = desk(dir.path(), "lead", Some("Lee Lead"));
    lead.book.set_sync_folder(Some(shared.to_str().unwrap())).unwrap();
    let cy = add_candidate(&lead.book, "Cy", "Account executive");
    let rubric = lead.book.get_rubric(&builtin(&lead.book, "Short written email").id).unwrap();
    let mut assessors = Vec::new();
    for name in ["Ann", "Ben"] {
        lead.book.invite_assessor(name, &[cy.id.clone()], &lead.book.invitation_path(name).unwrap()).unwrap();
        let assessor = desk(dir.path(), name, None);
        assessor.book.set_sync_folder(Some(shared.to_str().unwrap())).unwrap();
        let invitation = assessor.book.invitations_in_folder().unwrap().into_iter().find(|i| i.for_name == name).unwrap();
        assessor.book.open_pack(Path::new(&invitation.path)).unwrap();
        assert_eq!(assessor.book.settings().unwrap().assessor_name.as_deref(), Some(name));
        assert_eq!(assessor.book.get_person(&cy.id).unwrap().name, "Cy");
        assessors.push(assessor);
    }
    let ann = start(&assessors[0].book, &cy.id, &rubric, "Ann");
    score_all(&assessors[0].book, &ann, 5);
    assessors[0].book.submit_scorecard(&ann.id).unwrap();
    let ben = start(&assessors[1].book, &cy.id, &rubric, "Ben");
    score_all(&assessors[1].book, &ben, 2);
    for a in &assessors {
        sync(a);
    }
    let applied = sync(&lead).applied;
    let lines: Vec<Vec<String>> = applied.iter().map(|p| p.lines.clone()).collect();
    assert!(lines.contains(&vec!["1 submitted scorecard".to_owned()]), "Ann's came: {lines:?}");
    assert_eq!(applied.iter().filter(|p| p.lines.iter().any(|l| l.contains("scorecard"))).count(), 1, "Ben's draft stayed on Ben's laptop");
    // The lead scores nothing and reveals the panel's scores (blind scoring still holds at the lead).
    lead.book.reveal_panel_scores(&cy.id, &rubric.id, Some("Lee Lead")).unwrap();
    assert_eq!(lead.book.candidate_overview(&cy.id, Some("Lee Lead")).unwrap().submitted, 1);

    assessors[1].book.submit_scorecard(&ben.id).unwrap();
    sync(&assessors[1]);
    let applied = sync(&lead).applied;
    assert_eq!(applied.last().unwrap().lines, ["1 submitted scorecard"]);
    let overview = lead.book.candidate_overview(&cy.id, Some("Lee Lead")).unwrap();
    assert_eq!(overview.submitted, 2);
    let exercise = overview.exercises.iter().find(|e| e.rubric_id == rubric.id).unwrap();
    assert_eq!(exercise.criteria[0].spread, Some(3), "the spread between Ann's 5 and Ben's 2");
    assert!(exercise.criteria[0].disagreement);
}
