//! Storage and rules for scorecards: drafting, scoring, rounds, the timer,
//! submitting and amending.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, Connection, OptionalExtension};

use super::scoring::{changes_between, coachability_evidence, weighted_total};
use super::timer::timing;
use super::types::*;
use crate::db::time::{self, stamp, Stamp};
use crate::error::{Error, Result};
use crate::ids::{PersonId, RubricId, RubricVersionId, ScorecardId};
use crate::people::Role;
use crate::rubrics::{load_version, Rubric};
use crate::validate::{self, field};
use crate::{settings, Coachbook};
use crate::workspace::Write;
use super::blind::{has_revealed, Seen, Sight};

pub(crate) const MAX_ROUNDS: u32 = 10;
const MAX_TEXT: usize = 20_000;

/// The scorecard row itself, before rounds and scores are attached.
pub(crate) struct Header {
    pub id: ScorecardId,
    pub person_id: PersonId,
    pub person_name: String,
    pub person_role: Role,
    pub version_id: RubricVersionId,
    pub assessor: String,
    pub scored_on: NaiveDate,
    pub status: ScorecardStatus,
    pub recommendation: Option<Recommendation>,
    pub takeaways: String,
    pub material: String,
    pub timer: TimerState,
    pub submitted_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

pub(crate) fn load_header(conn: &Connection, id: &ScorecardId) -> Result<Header> {
    conn.query_row(
        "SELECT s.id, s.person_id, p.name, p.role, s.rubric_version_id, s.assessor, s.scored_on, s.status,
                s.recommendation, s.takeaways, s.material, s.timer_elapsed_ms, s.timer_running_since,
                s.duration_ms, s.submitted_at, s.created_at, s.updated_at
         FROM scorecards s JOIN people p ON p.id = s.person_id WHERE s.id = ?1",
        [id],
        |row| {
            Ok(Header {
                id: row.get(0)?,
                person_id: row.get(1)?,
                person_name: row.get(2)?,
                person_role: row.get(3)?,
                version_id: row.get(4)?,
                assessor: row.get(5)?,
                scored_on: row.get(6)?,
                status: row.get(7)?,
                recommendation: row.get(8)?,
                takeaways: row.get(9)?,
                material: row.get(10)?,
                timer: TimerState {
                    elapsed_ms: row.get(11)?,
                    running_since: time::optional(row.get(12)?),
                    duration_ms: row.get(13)?,
                },
                submitted_at: time::optional(row.get(14)?),
                created_at: row.get::<_, Stamp>(15)?.0,
                updated_at: row.get::<_, Stamp>(16)?.0,
            })
        },
    )
    .optional()?
    .ok_or_else(|| Error::not_found("scorecard", id.as_str()))
}

/// Every round with a score slot per criterion (missing scores as `None`).
pub(crate) fn load_rounds(conn: &Connection, id: &ScorecardId, rubric: &Rubric) -> Result<Vec<Round>> {
    let mut rounds_statement =
        conn.prepare_cached("SELECT round, coaching FROM scorecard_rounds WHERE scorecard_id = ?1 ORDER BY round")?;
    let mut scores_statement = conn.prepare_cached(
        "SELECT criterion_id, score, note FROM scorecard_scores WHERE scorecard_id = ?1 AND round = ?2",
    )?;
    read_rounds(&mut rounds_statement, &mut scores_statement, id.as_str(), rubric)
}

/// Rounds as stored (a scorecard's own, or an amendment's earlier state):
/// `rounds` lists (round, coaching) for a key, `scores` one round's scores.
/// Every criterion gets a row, scored or not, and each round its total.
fn read_rounds(
    rounds: &mut rusqlite::CachedStatement<'_>,
    scores: &mut rusqlite::CachedStatement<'_>,
    key: &str,
    rubric: &Rubric,
) -> Result<Vec<Round>> {
    let listed: Vec<(u32, String)> =
        rounds.query_map([key], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?;
    let mut out = Vec::with_capacity(listed.len());
    for (round, coaching) in listed {
        let stored: Vec<Score> = scores
            .query_map(params![key, round], |r| {
                Ok(Score { criterion_id: r.get(0)?, score: r.get(1)?, note: r.get(2)? })
            })?
            .collect::<rusqlite::Result<_>>()?;
        let scores: Vec<Score> = rubric
            .criteria
            .iter()
            .map(|c| {
                stored.iter().find(|s| s.criterion_id == c.id).cloned().unwrap_or(Score {
                    criterion_id: c.id.clone(),
                    score: None,
                    note: String::new(),
                })
            })
            .collect();
        let total = weighted_total(&rubric.criteria, &scores);
        out.push(Round { round, coaching, scores, total });
    }
    Ok(out)
}

fn load_amendments(conn: &Connection, id: &ScorecardId, rubric: &Rubric) -> Result<Vec<Amendment>> {
    let mut statement = conn.prepare_cached(
        "SELECT id, amended_at, reason, previous_recommendation, previous_takeaways
         FROM scorecard_amendments WHERE scorecard_id = ?1 ORDER BY amended_at",
    )?;
    let rows: Vec<(String, Stamp, String, Option<Recommendation>, String)> = statement
        .query_map([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut rounds_statement = conn.prepare_cached(
        "SELECT round, coaching FROM scorecard_amendment_rounds WHERE amendment_id = ?1 ORDER BY round",
    )?;
    let mut scores_statement = conn.prepare_cached(
        "SELECT criterion_id, score, note FROM scorecard_amendment_scores WHERE amendment_id = ?1 AND round = ?2",
    )?;
    rows.into_iter()
        .map(|(amendment, at, reason, recommendation, takeaways)| {
            let rounds = read_rounds(&mut rounds_statement, &mut scores_statement, &amendment, rubric)?;
            Ok(Amendment { amended_at: at.0, reason, previous: ScorecardSnapshot { rounds, recommendation, takeaways } })
        })
        .collect()
}

/// Keeps a submitted scorecard's state as rows under a new amendment.
fn store_amendment(tx: &Write<'_>, id: &ScorecardId, reason: &str, card: &Scorecard) -> Result<()> {
    let amendment = uuid::Uuid::now_v7().to_string();
    tx.execute(
        "INSERT INTO scorecard_amendments (id, scorecard_id, amended_at, reason, previous_recommendation, previous_takeaways)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![amendment, id, tx.stamp(), reason, card.recommendation, card.takeaways],
    )?;
    let mut round_insert =
        tx.prepare_cached("INSERT INTO scorecard_amendment_rounds (amendment_id, round, coaching) VALUES (?1, ?2, ?3)")?;
    let mut score_insert = tx.prepare_cached(
        "INSERT INTO scorecard_amendment_scores (amendment_id, round, criterion_id, score, note) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for round in &card.rounds {
        round_insert.execute(params![amendment, round.round, round.coaching])?;
        for s in round.scores.iter().filter(|s| s.score.is_some() || !s.note.is_empty()) {
            score_insert.execute(params![amendment, round.round, s.criterion_id, s.score, s.note])?;
        }
    }
    Ok(())
}

pub(crate) fn load_scorecard(conn: &Connection, id: &ScorecardId) -> Result<Scorecard> {
    let h = load_header(conn, id)?;
    let rubric = load_version(conn, &h.version_id)?;
    let rounds = load_rounds(conn, id, &rubric)?;
    let amendments = load_amendments(conn, id, &rubric)?;
    let total = rounds.last().map(|r| r.total.clone()).unwrap_or(Total {
        share: None,
        scored: 0,
        missing: rubric.criteria.len() as u32,
    });
    let changes = match (rounds.first(), rounds.last()) {
        (Some(first), Some(last)) if rounds.len() > 1 => changes_between(&rubric.criteria, &first.scores, &last.scores),
        _ => Vec::new(),
    };
    let coachability = coachability_evidence(&rubric.criteria, &changes);
    Ok(Scorecard {
        id: h.id,
        person_id: h.person_id,
        person_name: h.person_name,
        person_role: h.person_role,
        timing: timing(rubric.time_limit_seconds, h.timer.duration_ms),
        rubric,
        assessor: h.assessor,
        scored_on: h.scored_on,
        status: h.status,
        recommendation: h.recommendation,
        takeaways: h.takeaways,
        material: h.material,
        timer: h.timer,
        rounds,
        total,
        coachability,
        changes,
        amendments,
        submitted_at: h.submitted_at,
        created_at: h.created_at,
        updated_at: h.updated_at,
    })
}

fn ensure_draft(h: &Header) -> Result<()> {
    if h.status == ScorecardStatus::Submitted {
        return Err(Error::conflict(
            None,
            "This scorecard is submitted and locked. Amend it to change it; the original is kept.",
        ));
    }
    Ok(())
}

fn touch(tx: &Write<'_>, id: &ScorecardId) -> Result<()> {
    tx.execute("UPDATE scorecards SET updated_at = ?2 WHERE id = ?1", params![id, tx.stamp()])?;
    Ok(())
}

/// Checks one score against the scorecard's rubric and round count, then stores it.
fn store_score(conn: &Connection, id: &ScorecardId, rubric: &Rubric, rounds: u32, input: &ScoreInput) -> Result<()> {
    if input.round < 1 || input.round > rounds {
        return Err(Error::invalid("round", format!("Round {} does not exist on this scorecard.", input.round)));
    }
    let criterion = rubric
        .criteria
        .iter()
        .find(|c| c.id == input.criterion_id)
        .ok_or_else(|| Error::invalid("criterionId", "That criterion is not part of this scorecard's rubric version."))?;
    if let Some(score) = input.score {
        if score < 1 || score > criterion.scale_max() {
            return Err(Error::invalid(
                "score",
                format!("Score for '{}' must be between 1 and {} (got {score}).", criterion.name, criterion.scale_max()),
            ));
        }
    }
    let note = validate::notes(&field("note", "Note"), &input.note, 2000)?;
    conn.execute(
        "INSERT INTO scorecard_scores (scorecard_id, round, criterion_id, score, note) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (scorecard_id, round, criterion_id) DO UPDATE SET score = excluded.score, note = excluded.note",
        params![id, input.round, input.criterion_id, input.score, note],
    )?;
    Ok(())
}

fn round_count(conn: &Connection, id: &ScorecardId) -> Result<u32> {
    Ok(conn.query_row("SELECT count(*) FROM scorecard_rounds WHERE scorecard_id = ?1", [id], |r| r.get(0))?)
}

fn coaching_text(value: &str) -> Result<String> {
    validate::notes(&field("coaching", "Coaching note"), value, 4000)
}

fn save_timer(tx: &Write<'_>, id: &ScorecardId, timer: &TimerState) -> Result<()> {
    tx.execute(
        "UPDATE scorecards SET timer_elapsed_ms = ?2, timer_running_since = ?3, duration_ms = ?4, updated_at = ?5
         WHERE id = ?1",
        params![id, timer.elapsed_ms, timer.running_since.as_ref().map(stamp), timer.duration_ms,
                tx.stamp()],
    )?;
    Ok(())
}

impl Coachbook {
    /// Opens a draft scorecard on the rubric's newest version, with round 1.
    pub fn start_scorecard(&self, input: &NewScorecard) -> Result<Scorecard> {
        let scored_on = validate::optional_date(&field("scoredOn", "Date"), input.scored_on.as_deref())?
            .unwrap_or_else(|| self.clock().today());
        let typed = validate::optional_line(&field("assessor", "Assessor"), input.assessor.as_deref(), 120)?;
        self.write(|tx| {
            let person_archived: Option<bool> = tx
                .query_row("SELECT archived_at IS NOT NULL FROM people WHERE id = ?1", [&input.person_id], |r| r.get(0))
                .optional()?;
            match person_archived {
                None => return Err(Error::not_found("person", input.person_id.as_str())),
                Some(true) => return Err(Error::conflict(None, "This person is archived: restore them to score them.")),
                Some(false) => {}
            }
            let rubric = crate::rubrics::load_latest_for_scoring(tx, &input.rubric_id)?;
            let assessor = match typed {
                Some(name) => name,
                None => settings::assessor_name(tx)?.ok_or_else(|| {
                    Error::invalid("assessor", "Who is scoring? Type the assessor's name, or set yours in Settings.")
                })?,
            };
            if has_revealed(tx, &input.person_id, &rubric.id, &assessor)? {
                return Err(Error::conflict(
                    Some("rubricId"),
                    format!("{assessor} revealed the panel's scores for '{}', so can no longer score it.", rubric.name),
                ));
            }
            let id = ScorecardId::new();
            let now = tx.stamp();
            tx.execute(
                "INSERT INTO scorecards (id, person_id, rubric_version_id, assessor, scored_on, status, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, 'draft', ?6, ?6)",
                params![id, input.person_id, rubric.version_id, assessor, scored_on, now],
            )?;
            tx.execute("INSERT INTO scorecard_rounds (scorecard_id, round) VALUES (?1, 1)", [&id])?;
            load_scorecard(tx, &id)
        })
    }

    /// A scorecard in full, if the blind-scoring rule lets `viewer` see it.
    pub fn get_scorecard(&self, id: &ScorecardId, viewer: Option<&str>) -> Result<Scorecard> {
        let conn = self.conn();
        let h = load_header(&conn, id)?;
        let exercise: RubricId =
            conn.query_row("SELECT rubric_id FROM rubric_versions WHERE id = ?1", [&h.version_id], |r| r.get(0))?;
        match Sight::of(&conn, &h.person_id, viewer)?.seen(&h.assessor, h.status, &exercise) {
            Seen::Shown => load_scorecard(&conn, id),
            Seen::Hidden => Err(Error::conflict(
                None,
                format!(
                    "Submit your own scorecard on this exercise for {} first: other assessors' scores stay hidden until you do.",
                    h.person_name
                ),
            )),
            Seen::Omitted => Err(Error::conflict(None, format!("This is {}'s draft: it stays theirs until they submit it.", h.assessor))),
        }
    }

    /// Shows a lead who will not score this exercise the panel's scores for it.
    /// Recorded; from then on `viewer` can no longer score the exercise.
    pub fn reveal_panel_scores(&self, person: &PersonId, exercise: &RubricId, viewer: Option<&str>) -> Result<()> {
        let viewer = viewer.map(str::trim).filter(|v| !v.is_empty()).ok_or_else(|| {
            Error::invalid("assessorName", "Set your name in Settings first: the reveal is recorded under it.")
        })?;
        self.write(|tx| {
            crate::rubrics::load_latest_for_view(tx, exercise)?;
            let own: Option<ScorecardStatus> = tx
                .query_row(
                    "SELECT s.status FROM scorecards s JOIN rubric_versions v ON v.id = s.rubric_version_id
                     WHERE s.person_id = ?1 AND v.rubric_id = ?2 AND lower(s.assessor) = lower(?3)
                     ORDER BY s.status = 'submitted' DESC LIMIT 1",
                    params![person, exercise, viewer],
                    |r| r.get(0),
                )
                .optional()?;
            match own {
                Some(ScorecardStatus::Submitted) => Err(Error::conflict(None, "You have submitted a scorecard here: the panel's scores are already shown.")),
                Some(ScorecardStatus::Draft) => Err(Error::conflict(None, "You have a draft scorecard here: submit it to see the panel's scores.")),
                None => {
                    Sight::of(tx, person, Some(viewer))?;
                    tx.execute(
                        "INSERT OR IGNORE INTO scorecard_reveals (person_id, rubric_id, assessor_fold, assessor, revealed_at)
                         VALUES (?1, ?2, lower(?3), ?3, ?4)",
                        params![person, exercise, viewer, tx.stamp()],
                    )?;
                    Ok(())
                }
            }
        })
    }

    /// Saves the draft's header: assessor, date, recommendation, takeaways, material.
    pub fn update_scorecard(&self, id: &ScorecardId, details: &ScorecardDetails) -> Result<Scorecard> {
        let assessor = validate::required_line(&field("assessor", "Assessor"), &details.assessor, 120)?;
        let scored_on = validate::optional_date(&field("scoredOn", "Date"), Some(&details.scored_on))?
            .ok_or_else(|| Error::invalid("scoredOn", "Date is required."))?;
        let takeaways = validate::notes(&field("takeaways", "Key takeaways"), &details.takeaways, MAX_TEXT)?;
        let material = validate::notes(&field("material", "Material"), &details.material, MAX_TEXT)?;
        self.write(|tx| {
            ensure_draft(&load_header(tx, id)?)?;
            tx.execute(
                "UPDATE scorecards SET assessor = ?2, scored_on = ?3, recommendation = ?4, takeaways = ?5,
                        material = ?6, updated_at = ?7 WHERE id = ?1",
                params![id, assessor, scored_on, details.recommendation.map(Recommendation::as_str), takeaways,
                        material, tx.stamp()],
            )?;
            load_scorecard(tx, id)
        })
    }

    /// Scores one criterion in one round of a draft (or clears it).
    pub fn set_score(&self, id: &ScorecardId, input: &ScoreInput) -> Result<Scorecard> {
        self.write(|tx| {
            let h = load_header(tx, id)?;
            ensure_draft(&h)?;
            let rubric = load_version(tx, &h.version_id)?;
            store_score(tx, id, &rubric, round_count(tx, id)?, input)?;
            touch(tx, id)?;
            load_scorecard(tx, id)
        })
    }

    /// Starts another run of the exercise, after the coaching given in `coaching`.
    pub fn add_round(&self, id: &ScorecardId, coaching: &str) -> Result<Scorecard> {
        let coaching = coaching_text(coaching)?;
        self.write(|tx| {
            ensure_draft(&load_header(tx, id)?)?;
            let rounds = round_count(tx, id)?;
            if rounds >= MAX_ROUNDS {
                return Err(Error::conflict(None, format!("A scorecard holds at most {MAX_ROUNDS} rounds.")));
            }
            tx.execute(
                "INSERT INTO scorecard_rounds (scorecard_id, round, coaching) VALUES (?1, ?2, ?3)",
                params![id, rounds + 1, coaching],
            )?;
            touch(tx, id)?;
            load_scorecard(tx, id)
        })
    }

    /// Changes the coaching note given before a round.
    pub fn set_round_coaching(&self, id: &ScorecardId, round: u32, coaching: &str) -> Result<Scorecard> {
        let coaching = coaching_text(coaching)?;
        self.write(|tx| {
            ensure_draft(&load_header(tx, id)?)?;
            let changed = tx.execute(
                "UPDATE scorecard_rounds SET coaching = ?3 WHERE scorecard_id = ?1 AND round = ?2",
                params![id, round, coaching],
            )?;
            if changed == 0 {
                return Err(Error::invalid("round", format!("Round {round} does not exist on this scorecard.")));
            }
            touch(tx, id)?;
            load_scorecard(tx, id)
        })
    }

    /// Starts, pauses, stops or resets the exercise timer now.
    pub fn control_timer(&self, id: &ScorecardId, action: TimerAction) -> Result<Scorecard> {
        self.control_timer_at(id, action, self.clock().now())
    }

    /// As [`Coachbook::control_timer`], at a given moment (for tests and replays).
    pub fn control_timer_at(&self, id: &ScorecardId, action: TimerAction, now: DateTime<Utc>) -> Result<Scorecard> {
        self.write(|tx| {
            let h = load_header(tx, id)?;
            ensure_draft(&h)?;
            save_timer(tx, id, &h.timer.apply(action, now)?)?;
            load_scorecard(tx, id)
        })
    }

    /// Records a duration timed elsewhere (or clears it with `None`).
    pub fn record_duration(&self, id: &ScorecardId, seconds: Option<u32>) -> Result<Scorecard> {
        if seconds.is_some_and(|s| s > 24 * 3600) {
            return Err(Error::invalid("duration", "Duration must be under a day."));
        }
        self.write(|tx| {
            ensure_draft(&load_header(tx, id)?)?;
            let ms = seconds.map(|s| s * 1000);
            let timer = TimerState { elapsed_ms: ms.unwrap_or(0), running_since: None, duration_ms: ms };
            save_timer(tx, id, &timer)?;
            load_scorecard(tx, id)
        })
    }

    /// Locks the scorecard. A running timer is stopped first. Interviews
    /// need a recommendation; every scorecard needs at least one score.
    pub fn submit_scorecard(&self, id: &ScorecardId) -> Result<Scorecard> {
        self.submit_scorecard_at(id, self.clock().now())
    }

    pub fn submit_scorecard_at(&self, id: &ScorecardId, now: DateTime<Utc>) -> Result<Scorecard> {
        self.write(|tx| {
            let card = load_scorecard(tx, id)?;
            if card.status == ScorecardStatus::Submitted {
                return Err(Error::conflict(None, "This scorecard is already submitted."));
            }
            if card.rounds.iter().all(|r| r.total.scored == 0) {
                return Err(Error::invalid("scores", "Score at least one criterion before submitting."));
            }
            if card.person_role == Role::Candidate && card.recommendation.is_none() {
                return Err(Error::invalid("recommendation", "Choose a recommendation before submitting an interview scorecard."));
            }
            if card.timer.running_since.is_some() {
                save_timer(tx, id, &card.timer.apply(TimerAction::Stop, now)?)?;
            }
            tx.execute(
                "UPDATE scorecards SET status = 'submitted', submitted_at = ?2, updated_at = ?2 WHERE id = ?1",
                params![id, stamp(&now)],
            )?;
            load_scorecard(tx, id)
        })
    }

    /// Changes a submitted scorecard, keeping its earlier state and the reason.
    pub fn amend_scorecard(&self, id: &ScorecardId, input: &AmendmentInput) -> Result<Scorecard> {
        let reason = validate::notes(&field("reason", "Reason"), &input.reason, 2000)?;
        if reason.trim().is_empty() {
            return Err(Error::invalid("reason", "Say why the scorecard is being amended."));
        }
        let takeaways = validate::notes(&field("takeaways", "Key takeaways"), &input.takeaways, MAX_TEXT)?;
        self.write(|tx| {
            let card = load_scorecard(tx, id)?;
            if card.status != ScorecardStatus::Submitted {
                return Err(Error::conflict(None, "Only a submitted scorecard is amended; a draft can simply be edited."));
            }
            if card.person_role == Role::Candidate && input.recommendation.is_none() {
                return Err(Error::invalid("recommendation", "An interview scorecard keeps a recommendation."));
            }
            store_amendment(tx, id, &reason, &card)?;
            let rounds = card.rounds.len() as u32;
            for score in &input.scores {
                store_score(tx, id, &card.rubric, rounds, score)?;
            }
            let now = tx.stamp();
            tx.execute(
                "UPDATE scorecards SET recommendation = ?2, takeaways = ?3, updated_at = ?4 WHERE id = ?1",
                params![id, input.recommendation.map(Recommendation::as_str), takeaways, now],
            )?;
            load_scorecard(tx, id)
        })
    }
}
