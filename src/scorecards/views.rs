//! Read-only views over scorecards: a person's history, the candidate page's
//! aggregates, the comparison of candidates for an opening, the strength
//! profile against the team, and criterion progress over time.
//!
//! Aggregates use submitted scorecards only, and only those the viewer may
//! see by the blind-scoring rule (`blind.rs`).

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::{params, Connection};
use serde::Serialize;
use specta::Type;

use super::scoring::weighted_total;
use super::blind::{Seen, Sight};
use super::store::{load_header, load_rounds};
use super::timer::timing;
use super::types::*;
use crate::error::{Error, Result};
use crate::ids::{PersonId, RubricId, RubricVersionId, ScorecardId};
use crate::people::{PeopleList, PeopleQuery, PersonSummary};
use crate::rubrics::{load_version, Rubric, RubricKind};
use crate::Coachbook;

/// Two assessors this many points apart on a criterion disagree.
pub const DISAGREEMENT_POINTS: u32 = 2;

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PersonScorecards {
    /// Newest first.
    pub scorecards: Vec<ScorecardSummary>,
    /// True when some of the scorecards are hidden until the viewer submits their own.
    pub hidden_until_submitted: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct RecommendationTally {
    pub strong_no: u32,
    pub no: u32,
    pub yes: u32,
    pub strong_yes: u32,
}

impl RecommendationTally {
    fn add(&mut self, r: Recommendation) {
        match r {
            Recommendation::StrongNo => self.strong_no += 1,
            Recommendation::No => self.no += 1,
            Recommendation::Yes => self.yes += 1,
            Recommendation::StrongYes => self.strong_yes += 1,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct AssessorScore {
    pub assessor: String,
    pub score: u32,
}

/// One criterion across the assessors who scored it.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct CriterionSpread {
    pub name: String,
    pub scale_max: u32,
    pub scores: Vec<AssessorScore>,
    pub average: Option<f64>,
    /// Highest minus lowest score.
    pub spread: Option<u32>,
    pub disagreement: bool,
    /// For the timing criterion: the longest recorded duration against the limit.
    pub timing: Option<Timing>,
}

/// One exercise (rubric) on the candidate page.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Exercise {
    pub rubric_id: RubricId,
    pub rubric_name: String,
    pub kind: RubricKind,
    pub scorecards: Vec<ScorecardSummary>,
    /// Mean weighted total of the submitted scorecards.
    pub average_share: Option<f64>,
    pub criteria: Vec<CriterionSpread>,
    /// Others' scores on this exercise stay hidden until the viewer submits theirs.
    pub blind: bool,
    /// The viewer revealed the panel's scores, and so no longer scores this exercise.
    pub revealed: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct CandidateOverview {
    pub exercises: Vec<Exercise>,
    /// Mean of the exercises' averages.
    pub overall_share: Option<f64>,
    pub recommendations: RecommendationTally,
    pub submitted: u32,
    pub hidden_until_submitted: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ComparedRubric {
    pub rubric_id: RubricId,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ComparisonRow {
    pub person: PersonSummary,
    /// One cell per rubric in [`Comparison::rubrics`], in the same order.
    pub shares: Vec<Option<f64>>,
    /// How many submitted scorecards each cell of `shares` rests on.
    pub scorecards: Vec<u32>,
    pub overall_share: Option<f64>,
    /// The widest gap between assessors' totals on one exercise (a share).
    pub spread: Option<f64>,
    /// How far this candidate's overall result is ahead of the next one's.
    pub lead: Option<f64>,
    /// Whether that lead is wider than the assessors' spread (and than
    /// [`DECISIVE_MARGIN`]): a narrower one is noise, not a ranking.
    pub decisive: bool,
    pub recommendations: RecommendationTally,
    pub submitted: u32,
    pub hidden_until_submitted: bool,
    /// The assessors' key takeaways, exercise by exercise.
    pub takeaways: Vec<Takeaway>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Takeaway {
    pub rubric_name: String,
    pub assessor: String,
    pub text: String,
}

/// A lead narrower than this (five points in a hundred) never ranks one
/// candidate above another, whatever the spread.
pub const DECISIVE_MARGIN: f64 = 0.05;

/// The candidates for one opening side by side.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Comparison {
    pub opening: String,
    pub rubrics: Vec<ComparedRubric>,
    pub rows: Vec<ComparisonRow>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct StrengthRow {
    pub criterion: String,
    pub scale_max: u32,
    pub person: Option<f64>,
    pub team: Option<f64>,
    /// How many team members' scores make up the team average.
    pub team_members: u32,
}

/// A person's criterion averages next to the team's on the same rubric.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct StrengthProfile {
    pub rubric_id: RubricId,
    pub rubric_name: String,
    pub rows: Vec<StrengthRow>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ProgressPoint {
    pub scorecard_id: ScorecardId,
    pub scored_on: NaiveDate,
    pub assessor: String,
    /// Last-round score per criterion, in [`Progress::criteria`] order.
    pub scores: Vec<Option<u32>>,
    pub share: Option<f64>,
}

/// Criterion scores over time for one person on one rubric.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Progress {
    pub rubric_id: RubricId,
    pub rubric_name: String,
    pub criteria: Vec<String>,
    pub scale_max: Vec<u32>,
    /// Oldest first.
    pub points: Vec<ProgressPoint>,
}

/// A scorecard loaded for aggregation.
struct Loaded {
    summary: ScorecardSummary,
    rubric: Rubric,
    last: Vec<Score>,
}

impl Loaded {
    fn counts(&self) -> bool {
        !self.summary.hidden && self.summary.status == ScorecardStatus::Submitted
    }

    /// Last-round score of the criterion called `name` (names match across versions).
    fn score_of(&self, name: &str) -> Option<(u32, u32)> {
        let criterion = self.rubric.criteria.iter().find(|c| c.name.eq_ignore_ascii_case(name))?;
        let score = self.last.iter().find(|s| s.criterion_id == criterion.id)?.score?;
        Some((score, criterion.scale_max()))
    }
}

fn mean(values: impl IntoIterator<Item = f64>) -> Option<f64> {
    let (sum, n) = values.into_iter().fold((0.0, 0u32), |(s, n), v| (s + v, n + 1));
    (n > 0).then(|| sum / f64::from(n))
}

/// Loads a person's scorecards, newest first, as `viewer` may see them:
/// others' drafts left out, others' scores hidden where the exercise is blind.
fn load_for_person(conn: &Connection, person: &PersonId, viewer: Option<&str>) -> Result<(Vec<Loaded>, Sight)> {
    let sight = Sight::of(conn, person, viewer)?;
    let ids: Vec<ScorecardId> = conn
        .prepare_cached("SELECT id FROM scorecards WHERE person_id = ?1 ORDER BY scored_on DESC, created_at DESC")?
        .query_map([person], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let mut versions: HashMap<RubricVersionId, Rubric> = HashMap::new();
    let mut out = Vec::with_capacity(ids.len());
    for id in ids {
        let h = load_header(conn, &id)?;
        if !versions.contains_key(&h.version_id) {
            versions.insert(h.version_id.clone(), load_version(conn, &h.version_id)?);
        }
        let rubric = versions[&h.version_id].clone();
        let hidden = match sight.seen(&h.assessor, h.status, &rubric.id) {
            Seen::Omitted => continue,
            Seen::Hidden => true,
            Seen::Shown => false,
        };
        let rounds = if hidden { Vec::new() } else { load_rounds(conn, &id, &rubric)? };
        let last = rounds.last().map(|r| r.scores.clone()).unwrap_or_default();
        let total = weighted_total(&rubric.criteria, &last);
        let summary = ScorecardSummary {
            id: h.id,
            person_id: h.person_id,
            rubric_id: rubric.id.clone(),
            rubric_version_id: rubric.version_id.clone(),
            rubric_name: rubric.name.clone(),
            rubric_kind: rubric.kind,
            version: rubric.version,
            assessor: h.assessor,
            scored_on: h.scored_on,
            status: h.status,
            rounds: if hidden { 0 } else { rounds.len() as u32 },
            hidden,
            recommendation: if hidden { None } else { h.recommendation },
            total: (!hidden).then_some(total),
            timing: if hidden { None } else { timing(rubric.time_limit_seconds, h.timer.duration_ms) },
            takeaways: if hidden { String::new() } else { h.takeaways },
        };
        out.push(Loaded { summary, rubric, last: if hidden { Vec::new() } else { last } });
    }
    Ok((out, sight))
}

fn spread_for(name: &str, cards: &[&Loaded]) -> CriterionSpread {
    let mut scores = Vec::new();
    let mut scale_max = 5;
    for card in cards {
        if let Some((score, max)) = card.score_of(name) {
            scores.push(AssessorScore { assessor: card.summary.assessor.clone(), score });
            scale_max = max;
        }
    }
    let (low, high) = (scores.iter().map(|s| s.score).min(), scores.iter().map(|s| s.score).max());
    let spread = low.zip(high).map(|(l, h)| h - l);
    let is_timing = cards.iter().any(|c| {
        c.rubric.criteria.iter().any(|k| k.name.eq_ignore_ascii_case(name) && k.tag == Some(crate::rubrics::CriterionTag::Timing))
    });
    let timing = if is_timing {
        cards.iter().filter_map(|c| c.summary.timing.clone()).max_by(|a, b| a.duration_seconds.total_cmp(&b.duration_seconds))
    } else {
        None
    };
    CriterionSpread {
        name: name.to_owned(),
        scale_max,
        average: mean(scores.iter().map(|s| f64::from(s.score))),
        disagreement: spread.is_some_and(|s| s >= DISAGREEMENT_POINTS),
        spread,
        scores,
        timing,
    }
}

fn overview_of(cards: &[Loaded], sight: &Sight) -> CandidateOverview {
    let mut order: Vec<RubricId> = Vec::new();
    for card in cards.iter().rev() {
        if !order.contains(&card.summary.rubric_id) {
            order.push(card.summary.rubric_id.clone());
        }
    }
    let mut recommendations = RecommendationTally::default();
    let mut exercises = Vec::new();
    for rubric_id in order {
        let of_rubric: Vec<&Loaded> = cards.iter().filter(|c| c.summary.rubric_id == rubric_id).collect();
        let counted: Vec<&Loaded> = of_rubric.iter().copied().filter(|c| c.counts()).collect();
        for card in &counted {
            if let Some(r) = card.summary.recommendation {
                recommendations.add(r);
            }
        }
        let newest = of_rubric[0];
        exercises.push(Exercise {
            rubric_id,
            rubric_name: newest.rubric.name.clone(),
            kind: newest.rubric.kind,
            average_share: mean(counted.iter().filter_map(|c| c.summary.total.as_ref()?.share)),
            criteria: newest.rubric.criteria.iter().map(|c| spread_for(&c.name, &counted)).collect(),
            scorecards: of_rubric.iter().map(|c| c.summary.clone()).collect(),
            blind: sight.blind(&newest.summary.rubric_id),
            revealed: sight.revealed(&newest.summary.rubric_id),
        });
    }
    CandidateOverview {
        overall_share: mean(exercises.iter().filter_map(|e| e.average_share)),
        submitted: cards.iter().filter(|c| c.counts()).count() as u32,
        exercises,
        recommendations,
        hidden_until_submitted: cards.iter().any(|c| c.summary.hidden),
    }
}

/// Per-criterion mean of `score / max` over the cards, scaled to `scale_max`.
fn criterion_means(cards: &[&Loaded], name: &str, scale_max: u32) -> Option<f64> {
    mean(cards.iter().filter_map(|c| c.score_of(name)).map(|(s, max)| f64::from(s) / f64::from(max)))
        .map(|share| share * f64::from(scale_max))
}

impl Coachbook {
    pub fn person_scorecards(&self, person: &PersonId, viewer: Option<&str>) -> Result<PersonScorecards> {
        let conn = self.conn();
        ensure_person(&conn, person)?;
        let (cards, _) = load_for_person(&conn, person, viewer)?;
        let hidden_until_submitted = cards.iter().any(|c| c.summary.hidden);
        Ok(PersonScorecards { scorecards: cards.into_iter().map(|c| c.summary).collect(), hidden_until_submitted })
    }

    /// Exercises, spreads between assessors, recommendations and the overall picture.
    pub fn candidate_overview(&self, person: &PersonId, viewer: Option<&str>) -> Result<CandidateOverview> {
        let conn = self.conn();
        ensure_person(&conn, person)?;
        let (cards, sight) = load_for_person(&conn, person, viewer)?;
        Ok(overview_of(&cards, &sight))
    }

    /// Every active candidate for an opening, ranked by their overall result
    /// (best first, unscored last), with their averages per exercise.
    pub fn compare_candidates(&self, opening: &str, viewer: Option<&str>) -> Result<Comparison> {
        let opening = opening.trim();
        if opening.is_empty() {
            return Err(Error::invalid("opening", "Choose an opening to compare its candidates."));
        }
        let people = self
            .list_people(&PeopleQuery { opening: Some(opening.to_owned()), limit: Some(500), ..PeopleQuery::new(PeopleList::Candidates) })?
            .items;
        let conn = self.conn();
        let mut rubrics: Vec<ComparedRubric> = Vec::new();
        let mut overviews = Vec::new();
        for person in people {
            let (cards, sight) = load_for_person(&conn, &person.id, viewer)?;
            let overview = overview_of(&cards, &sight);
            for e in &overview.exercises {
                if !rubrics.iter().any(|r| r.rubric_id == e.rubric_id) {
                    rubrics.push(ComparedRubric { rubric_id: e.rubric_id.clone(), name: e.rubric_name.clone() });
                }
            }
            overviews.push((person, overview));
        }
        let mut rows: Vec<ComparisonRow> = overviews
            .into_iter()
            .map(|(person, o)| {
                let exercise = |r: &ComparedRubric| o.exercises.iter().find(|e| e.rubric_id == r.rubric_id);
                ComparisonRow {
                    shares: rubrics.iter().map(|r| exercise(r).and_then(|e| e.average_share)).collect(),
                    scorecards: rubrics.iter().map(|r| exercise(r).map_or(0, |e| counted(e).count() as u32)).collect(),
                    overall_share: o.overall_share,
                    spread: o.exercises.iter().filter_map(total_spread).reduce(f64::max),
                    lead: None,
                    decisive: false,
                    recommendations: o.recommendations,
                    submitted: o.submitted,
                    hidden_until_submitted: o.hidden_until_submitted,
                    takeaways: o
                        .exercises
                        .iter()
                        .flat_map(|e| {
                            counted(e).filter(|c| !c.takeaways.trim().is_empty()).map(|c| Takeaway {
                                rubric_name: e.rubric_name.clone(),
                                assessor: c.assessor.clone(),
                                text: c.takeaways.clone(),
                            })
                        })
                        .collect(),
                    person,
                }
            })
            .collect();
        rank(&mut rows);
        Ok(Comparison { opening: opening.to_owned(), rubrics, rows })
    }

    /// The person's criterion averages on a rubric next to the current team's.
    pub fn strength_profile(&self, person: &PersonId, rubric: &RubricId, viewer: Option<&str>) -> Result<StrengthProfile> {
        let conn = self.conn();
        ensure_person(&conn, person)?;
        let latest = crate::rubrics::load_latest_for_view(&conn, rubric)?;
        let (own, _) = load_for_person(&conn, person, viewer)?;
        let own: Vec<&Loaded> = own.iter().filter(|c| c.counts() && c.summary.rubric_id == *rubric).collect();
        let team_ids: Vec<PersonId> = conn
            .prepare(
                "SELECT DISTINCT p.id FROM people p
                 JOIN scorecards s ON s.person_id = p.id AND s.status = 'submitted'
                 JOIN rubric_versions v ON v.id = s.rubric_version_id AND v.rubric_id = ?1
                 WHERE p.role = 'rep' AND p.archived_at IS NULL AND p.id <> ?2",
            )?
            .query_map(params![rubric, person], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let mut team: Vec<Vec<Loaded>> = Vec::new();
        for id in &team_ids {
            let (cards, _) = load_for_person(&conn, id, None)?;
            team.push(cards.into_iter().filter(|c| c.counts() && c.summary.rubric_id == *rubric).collect());
        }
        let rows = latest
            .criteria
            .iter()
            .map(|c| {
                let max = c.scale_max();
                let members: Vec<f64> = team
                    .iter()
                    .filter_map(|cards| criterion_means(&cards.iter().collect::<Vec<_>>(), &c.name, max))
                    .collect();
                StrengthRow {
                    criterion: c.name.clone(),
                    scale_max: max,
                    person: criterion_means(&own, &c.name, max),
                    team_members: members.len() as u32,
                    team: mean(members),
                }
            })
            .collect();
        Ok(StrengthProfile { rubric_id: rubric.clone(), rubric_name: latest.name, rows })
    }

    /// Each criterion's last-round score per submitted scorecard the viewer may see, oldest first.
    pub fn criterion_progress(&self, person: &PersonId, rubric: &RubricId, viewer: Option<&str>) -> Result<Progress> {
        let conn = self.conn();
        ensure_person(&conn, person)?;
        let latest = crate::rubrics::load_latest_for_view(&conn, rubric)?;
        let (cards, _) = load_for_person(&conn, person, viewer)?;
        let points = cards
            .iter()
            .rev()
            .filter(|c| c.counts() && c.summary.rubric_id == *rubric)
            .map(|c| ProgressPoint {
                scorecard_id: c.summary.id.clone(),
                scored_on: c.summary.scored_on,
                assessor: c.summary.assessor.clone(),
                scores: latest.criteria.iter().map(|k| c.score_of(&k.name).map(|(s, _)| s)).collect(),
                share: c.summary.total.as_ref().and_then(|t| t.share),
            })
            .collect();
        Ok(Progress {
            rubric_id: rubric.clone(),
            rubric_name: latest.name.clone(),
            criteria: latest.criteria.iter().map(|c| c.name.clone()).collect(),
            scale_max: latest.criteria.iter().map(|c| c.scale_max()).collect(),
            points,
        })
    }
}

/// The submitted scorecards of an exercise that the viewer sees.
fn counted(exercise: &Exercise) -> impl Iterator<Item = &ScorecardSummary> {
    exercise.scorecards.iter().filter(|c| !c.hidden && c.status == ScorecardStatus::Submitted)
}

/// The gap between the highest and lowest assessor's total on an exercise.
fn total_spread(exercise: &Exercise) -> Option<f64> {
    let shares: Vec<f64> = counted(exercise).filter_map(|c| c.total.as_ref()?.share).collect();
    let high = shares.iter().copied().reduce(f64::max)?;
    let low = shares.iter().copied().reduce(f64::min)?;
    Some(high - low)
}

/// Best overall result first, unscored last (then by name); each row's lead
/// over the next is decisive only when wider than both rows' spread.
fn rank(rows: &mut [ComparisonRow]) {
    rows.sort_by(|a, b| match (a.overall_share, b.overall_share) {
        (Some(x), Some(y)) => y.total_cmp(&x).then_with(|| a.person.name.cmp(&b.person.name)),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.person.name.cmp(&b.person.name),
    });
    for i in 0..rows.len().saturating_sub(1) {
        let (next_share, next_spread) = (rows[i + 1].overall_share, rows[i + 1].spread);
        let row = &mut rows[i];
        if let (Some(mine), Some(theirs)) = (row.overall_share, next_share) {
            let lead = mine - theirs;
            let noise = row.spread.unwrap_or(0.0).max(next_spread.unwrap_or(0.0)).max(DECISIVE_MARGIN);
            row.lead = Some(lead);
            row.decisive = lead > noise;
        }
    }
}

fn ensure_person(conn: &Connection, person: &PersonId) -> Result<()> {
    let exists = conn.prepare_cached("SELECT 1 FROM people WHERE id = ?1")?.exists([person])?;
    if exists {
        Ok(())
    } else {
        Err(Error::not_found("person", person.as_str()))
    }
}
