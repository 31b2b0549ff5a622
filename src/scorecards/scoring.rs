//! Pure arithmetic on scores: weighted totals and round-to-round changes.

use super::types::{CoachabilityEvidence, CoachabilityVerdict, CriterionChange, Score, Total};
use crate::rubrics::{Criterion, CriterionTag};

/// Each scored criterion adds `weight × score / scale max`; the total is that
/// sum over the weights of the scored criteria. Unscored criteria are missing,
/// not zero, so one blank row does not drag a strong scorecard down.
pub fn weighted_total(criteria: &[Criterion], scores: &[Score]) -> Total {
    let mut earned = 0.0;
    let mut possible = 0.0;
    let mut scored = 0;
    for criterion in criteria {
        let score = scores.iter().find(|s| s.criterion_id == criterion.id).and_then(|s| s.score);
        if let Some(score) = score {
            earned += criterion.weight * f64::from(score) / f64::from(criterion.scale_max());
            possible += criterion.weight;
            scored += 1;
        }
    }
    Total {
        share: (possible > 0.0).then(|| earned / possible),
        scored,
        missing: criteria.len() as u32 - scored,
    }
}

/// How each criterion moved between two rounds.
pub fn changes_between(criteria: &[Criterion], first: &[Score], last: &[Score]) -> Vec<CriterionChange> {
    let score_in = |scores: &[Score], criterion: &Criterion| {
        scores.iter().find(|s| s.criterion_id == criterion.id).and_then(|s| s.score)
    };
    criteria
        .iter()
        .map(|c| {
            let (first, last) = (score_in(first, c), score_in(last, c));
            CriterionChange {
                criterion_id: c.id.clone(),
                first,
                last,
                change: first.zip(last).map(|(a, b)| b as i32 - a as i32),
            }
        })
        .collect()
}

/// The change between rounds on every criterion but coachability itself,
/// set beside the coachability criterion; `None` without one or without
/// two rounds, or when no criterion was scored in both.
pub fn coachability_evidence(criteria: &[Criterion], changes: &[CriterionChange]) -> Option<CoachabilityEvidence> {
    let coachability = criteria.iter().find(|c| c.tag == Some(CriterionTag::Coachability))?;
    let moved: Vec<i32> =
        changes.iter().filter(|c| c.criterion_id != coachability.id).filter_map(|c| c.change).collect();
    if moved.is_empty() {
        return None;
    }
    let change: i32 = moved.iter().sum();
    let verdict = match change {
        c if c > 0 => CoachabilityVerdict::Improved,
        0 => CoachabilityVerdict::Unchanged,
        _ => CoachabilityVerdict::Worse,
    };
    Some(CoachabilityEvidence { criterion_id: coachability.id.clone(), change, compared: moved.len() as u32, verdict })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::CriterionId;

    fn criterion(weight: f64, levels: usize) -> Criterion {
        Criterion {
            id: CriterionId::new(),
            name: "c".into(),
            description: String::new(),
            weight,
            anchors: vec!["a".into(); levels],
            tag: None,
        }
    }

    fn score(c: &Criterion, value: Option<u32>) -> Score {
        Score { criterion_id: c.id.clone(), score: value, note: String::new() }
    }

    #[test]
    fn weights_count_in_proportion() {
        let (a, b) = (criterion(3.0, 5), criterion(1.0, 5));
        // 3 × 5/5 + 1 × 1/5 = 3.2 of 4
        let total = weighted_total(&[a.clone(), b.clone()], &[score(&a, Some(5)), score(&b, Some(1))]);
        assert!((total.share.unwrap() - 0.8).abs() < 1e-9);
        assert_eq!((total.scored, total.missing), (2, 0));
    }

    #[test]
    fn a_missing_score_is_left_out_not_counted_as_zero() {
        let (a, b) = (criterion(1.0, 5), criterion(1.0, 5));
        let total = weighted_total(&[a.clone(), b.clone()], &[score(&a, Some(4)), score(&b, None)]);
        assert!((total.share.unwrap() - 0.8).abs() < 1e-9);
        assert_eq!((total.scored, total.missing), (1, 1));
    }

    #[test]
    fn nothing_scored_has_no_share() {
        let a = criterion(1.0, 5);
        let total = weighted_total(std::slice::from_ref(&a), &[]);
        assert_eq!(total.share, None);
        assert_eq!(total.missing, 1);
    }

    #[test]
    fn scales_of_different_length_are_normalised() {
        let (a, b) = (criterion(1.0, 10), criterion(1.0, 4));
        let total = weighted_total(&[a.clone(), b.clone()], &[score(&a, Some(5)), score(&b, Some(2))]);
        assert!((total.share.unwrap() - 0.5).abs() < 1e-9);
    }

    #[test]
    fn changes_compare_first_and_last_rounds() {
        let (a, b) = (criterion(1.0, 5), criterion(1.0, 5));
        let changes = changes_between(
            &[a.clone(), b.clone()],
            &[score(&a, Some(2)), score(&b, None)],
            &[score(&a, Some(4)), score(&b, Some(3))],
        );
        assert_eq!(changes[0].change, Some(2));
        assert_eq!(changes[1].change, None);
        assert_eq!(changes[1].last, Some(3));
    }
}
