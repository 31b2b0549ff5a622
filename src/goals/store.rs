//! Storage for personal goals, and the goal view with its funnel.

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension};

use super::funnel::{checked, compute, FunnelInputs};
use super::types::*;
use crate::db::time::{self};
use crate::error::{Error, Result};
use crate::ids::PersonId;
use crate::people::ensure_rep;
use crate::validate::{self, field};
use crate::Coachbook;

fn load_goal(conn: &Connection, person: &PersonId) -> Result<PersonalGoal> {
    let goal = conn
        .query_row(
            "SELECT purpose, target_date, income_needed, average_deal_value, commission_rate, outreach_to_conversation,
                    conversation_to_meeting, meeting_to_opportunity, opportunity_to_deal, updated_at,
                    started_on, earned_to_date
             FROM personal_goals WHERE person_id = ?1",
            [person],
            |r| {
                Ok(PersonalGoal {
                    person_id: person.clone(),
                    purpose: r.get(0)?,
                    target_date: r.get(1)?,
                    income_needed: r.get(2)?,
                    average_deal_value: r.get(3)?,
                    commission_rate: r.get(4)?,
                    outreach_to_conversation: r.get(5)?,
                    conversation_to_meeting: r.get(6)?,
                    meeting_to_opportunity: r.get(7)?,
                    opportunity_to_deal: r.get(8)?,
                    updated_at: time::optional(r.get(9)?),
                    started_on: r.get(10)?,
                    earned_to_date: r.get(11)?,
                })
            },
        )
        .optional()?;
    Ok(goal.unwrap_or(PersonalGoal {
        person_id: person.clone(),
        purpose: String::new(),
        target_date: None,
        income_needed: None,
        average_deal_value: None,
        commission_rate: None,
        outreach_to_conversation: None,
        conversation_to_meeting: None,
        meeting_to_opportunity: None,
        opportunity_to_deal: None,
        started_on: None,
        earned_to_date: None,
        updated_at: None,
    }))
}

fn as_input(goal: &PersonalGoal) -> GoalInput {
    GoalInput {
        purpose: goal.purpose.clone(),
        target_date: goal.target_date.map(|d| d.to_string()),
        income_needed: goal.income_needed,
        average_deal_value: goal.average_deal_value,
        commission_rate: goal.commission_rate,
        outreach_to_conversation: goal.outreach_to_conversation,
        conversation_to_meeting: goal.conversation_to_meeting,
        meeting_to_opportunity: goal.meeting_to_opportunity,
        opportunity_to_deal: goal.opportunity_to_deal,
        started_on: goal.started_on.map(|d| d.to_string()),
        earned_to_date: goal.earned_to_date,
    }
}

/// Validates the input and computes the funnel when every value is there.
fn view_of(goal: PersonalGoal, input: &GoalInput, today: NaiveDate) -> Result<GoalView> {
    let values = checked(input)?;
    let target = validate::optional_date(&field("targetDate", "Target date"), input.target_date.as_deref())?;
    let earned = money_or_zero("earnedToDate", "Earned to date", input.earned_to_date)?;
    let started = validate::optional_date(&field("startedOn", "Started on"), input.started_on.as_deref())?.unwrap_or(today);
    if started > today {
        return Err(Error::invalid("startedOn", "The start cannot be in the future."));
    }
    if target.is_some_and(|t| t <= today) {
        return Err(Error::invalid("targetDate", "Target date must be after today."));
    }
    if target.is_some_and(|t| started >= t) {
        return Err(Error::invalid("startedOn", "The start must be before the target date."));
    }
    let progress = match (values[0].1, target) {
        (Some(income), Some(target_date)) => Some(progress_of(income, earned, started, target_date, today, &values)),
        _ => None,
    };
    let mut missing: Vec<String> = values.iter().filter(|(_, v)| v.is_none()).map(|(f, _)| f.to_string()).collect();
    if target.is_none() {
        missing.insert(0, "targetDate".into());
    }
    let funnel = match (missing.is_empty(), target) {
        (true, Some(target_date)) => {
            let v = |i: usize| values[i].1.unwrap_or_default();
            Some(compute(&FunnelInputs {
                income_needed: (v(0) - earned).max(0.0),
                average_deal_value: v(1),
                commission_rate: v(2),
                outreach_to_conversation: v(3),
                conversation_to_meeting: v(4),
                meeting_to_opportunity: v(5),
                opportunity_to_deal: v(6),
                from: today,
                target_date,
            })?)
        }
        _ => None,
    };
    Ok(GoalView { goal, funnel, progress, missing })
}

/// A non-negative amount of money, `0` when not given.
fn money_or_zero(field: &'static str, label: &str, value: Option<f64>) -> Result<f64> {
    match value {
        Some(v) if !v.is_finite() || !(0.0..=1e12).contains(&v) => {
            Err(Error::invalid(field, format!("{label} must be an amount of zero or more.")))
        }
        other => Ok(other.unwrap_or(0.0)),
    }
}

fn progress_of(
    income: f64,
    earned: f64,
    started: NaiveDate,
    target: NaiveDate,
    today: NaiveDate,
    values: &[(&'static str, Option<f64>); 7],
) -> GoalProgress {
    let span = (target - started).num_days().max(1) as f64;
    let time_elapsed = ((today - started).num_days() as f64 / span).clamp(0.0, 1.0);
    let needed_by_now = income * time_elapsed;
    let remaining = (income - earned).max(0.0);
    let per_deal = values[1].1.zip(values[2].1).map(|(deal, rate)| deal * rate);
    GoalProgress {
        earned,
        needed_by_now,
        remaining,
        time_elapsed,
        on_track: earned >= needed_by_now,
        deals_remaining: per_deal.map(|p| (remaining / p).ceil()),
    }
}

pub(crate) fn goal_view(conn: &Connection, person: &PersonId, today: NaiveDate) -> Result<GoalView> {
    let goal = load_goal(conn, person)?;
    let input = as_input(&goal);
    // A stored goal whose target date has passed still shows; only its funnel goes.
    match view_of(goal.clone(), &input, today) {
        Ok(view) => Ok(view),
        Err(_) => Ok(GoalView { goal, funnel: None, progress: None, missing: vec!["targetDate".into()] }),
    }
}

impl Coachbook {
    pub fn goal(&self, person: &PersonId, today: NaiveDate) -> Result<GoalView> {
        let conn = self.conn();
        crate::one_on_ones::load_setup(&conn, person)?;
        goal_view(&conn, person, today)
    }

    /// The funnel for inputs being typed, without saving them.
    pub fn preview_funnel(&self, person: &PersonId, input: &GoalInput, today: NaiveDate) -> Result<GoalView> {
        let purpose = validate::notes(&field("purpose", "What the money is for"), &input.purpose, 2000)?;
        let goal = PersonalGoal {
            person_id: person.clone(),
            purpose,
            target_date: validate::optional_date(&field("targetDate", "Target date"), input.target_date.as_deref())?,
            income_needed: input.income_needed,
            average_deal_value: input.average_deal_value,
            commission_rate: input.commission_rate,
            outreach_to_conversation: input.outreach_to_conversation,
            conversation_to_meeting: input.conversation_to_meeting,
            meeting_to_opportunity: input.meeting_to_opportunity,
            opportunity_to_deal: input.opportunity_to_deal,
            started_on: validate::optional_date(&field("startedOn", "Started on"), input.started_on.as_deref())?,
            earned_to_date: input.earned_to_date,
            updated_at: None,
        };
        view_of(goal, input, today)
    }

    /// Saves the goal (partly filled in is fine) and returns it with its funnel.
    pub fn save_goal(&self, person: &PersonId, input: &GoalInput) -> Result<GoalView> {
        self.save_goal_on(person, input, self.clock().today())
    }

    pub fn save_goal_on(&self, person: &PersonId, input: &GoalInput, today: NaiveDate) -> Result<GoalView> {
        let preview = self.preview_funnel(person, input, today)?;
        let g = &preview.goal;
        self.write(|tx| {
            ensure_rep(tx, person, "personal goals")?;
            tx.execute(
                "INSERT INTO personal_goals (person_id, purpose, target_date, income_needed, average_deal_value,
                        commission_rate, outreach_to_conversation, conversation_to_meeting, meeting_to_opportunity,
                        opportunity_to_deal, updated_at, started_on, earned_to_date)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, coalesce(?12, ?14), ?13)
                 ON CONFLICT (person_id) DO UPDATE SET purpose = excluded.purpose, target_date = excluded.target_date,
                        income_needed = excluded.income_needed, average_deal_value = excluded.average_deal_value,
                        commission_rate = excluded.commission_rate,
                        outreach_to_conversation = excluded.outreach_to_conversation,
                        conversation_to_meeting = excluded.conversation_to_meeting,
                        meeting_to_opportunity = excluded.meeting_to_opportunity,
                        opportunity_to_deal = excluded.opportunity_to_deal, updated_at = excluded.updated_at,
                        started_on = coalesce(?12, personal_goals.started_on), earned_to_date = excluded.earned_to_date",
                params![person, g.purpose, g.target_date, g.income_needed, g.average_deal_value, g.commission_rate,
                        g.outreach_to_conversation, g.conversation_to_meeting, g.meeting_to_opportunity,
                        g.opportunity_to_deal, tx.stamp(), g.started_on, g.earned_to_date, today],
            )?;
            goal_view(tx, person, today)
        })
    }
}
