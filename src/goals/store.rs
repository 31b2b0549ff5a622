//! Storage for personal goals, and the goal view with its funnel.

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension};

use super::funnel::{checked, compute, FunnelInputs};
use super::types::*;
use crate::db::time::{self};
use crate::error::Result;
use crate::ids::PersonId;
use crate::people::ensure_rep;
use crate::validate::{self, field};
use crate::Coachbook;

fn load_goal(conn: &Connection, person: &PersonId) -> Result<PersonalGoal> {
    let goal = conn
        .query_row(
            "SELECT purpose, target_date, income_needed, average_deal_value, commission_rate, outreach_to_conversation,
                    conversation_to_meeting, meeting_to_opportunity, opportunity_to_deal, updated_at
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
    }
}

/// Validates the input and computes the funnel when every value is there.
fn view_of(goal: PersonalGoal, input: &GoalInput, today: NaiveDate) -> Result<GoalView> {
    let values = checked(input)?;
    let target = validate::optional_date(&field("targetDate", "Target date"), input.target_date.as_deref())?;
    let mut missing: Vec<String> = values.iter().filter(|(_, v)| v.is_none()).map(|(f, _)| f.to_string()).collect();
    if target.is_none() {
        missing.insert(0, "targetDate".into());
    }
    let funnel = match (missing.is_empty(), target) {
        (true, Some(target_date)) => {
            let v = |i: usize| values[i].1.unwrap_or_default();
            Some(compute(&FunnelInputs {
                income_needed: v(0),
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
    Ok(GoalView { goal, funnel, missing })
}

pub(crate) fn goal_view(conn: &Connection, person: &PersonId, today: NaiveDate) -> Result<GoalView> {
    let goal = load_goal(conn, person)?;
    let input = as_input(&goal);
    // A stored goal whose target date has passed still shows; only its funnel goes.
    match view_of(goal.clone(), &input, today) {
        Ok(view) => Ok(view),
        Err(_) => Ok(GoalView { goal, funnel: None, missing: vec!["targetDate".into()] }),
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
                        opportunity_to_deal, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
                 ON CONFLICT (person_id) DO UPDATE SET purpose = excluded.purpose, target_date = excluded.target_date,
                        income_needed = excluded.income_needed, average_deal_value = excluded.average_deal_value,
                        commission_rate = excluded.commission_rate,
                        outreach_to_conversation = excluded.outreach_to_conversation,
                        conversation_to_meeting = excluded.conversation_to_meeting,
                        meeting_to_opportunity = excluded.meeting_to_opportunity,
                        opportunity_to_deal = excluded.opportunity_to_deal, updated_at = excluded.updated_at",
                params![person, g.purpose, g.target_date, g.income_needed, g.average_deal_value, g.commission_rate,
                        g.outreach_to_conversation, g.conversation_to_meeting, g.meeting_to_opportunity,
                        g.opportunity_to_deal, tx.stamp()],
            )?;
            goal_view(tx, person, today)
        })
    }
}
