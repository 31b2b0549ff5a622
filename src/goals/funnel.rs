//! The reverse funnel, as pure arithmetic. Each stage is rounded up: half a
//! deal still has to be a whole one.

use chrono::NaiveDate;

use super::types::{Funnel, FunnelCounts, GoalInput};
use crate::error::{Error, Result};
use crate::weeks::working_days;

/// Checked funnel inputs.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FunnelInputs {
    pub income_needed: f64,
    pub average_deal_value: f64,
    pub commission_rate: f64,
    pub outreach_to_conversation: f64,
    pub conversation_to_meeting: f64,
    pub meeting_to_opportunity: f64,
    pub opportunity_to_deal: f64,
    pub from: NaiveDate,
    pub target_date: NaiveDate,
}

const MONEY_MAX: f64 = 1e12;

/// A positive amount of money, or `None`.
pub(crate) fn money(field: &'static str, label: &str, value: Option<f64>) -> Result<Option<f64>> {
    match value {
        Some(v) if !v.is_finite() || v <= 0.0 || v > MONEY_MAX => {
            Err(Error::invalid(field, format!("{label} must be a positive amount.")))
        }
        other => Ok(other),
    }
}

/// A rate above 0 and at most 1 (shown to people as a percentage), or `None`.
pub(crate) fn rate(field: &'static str, label: &str, value: Option<f64>) -> Result<Option<f64>> {
    match value {
        Some(v) if !v.is_finite() || v <= 0.0 || v > 1.0 => {
            Err(Error::invalid(field, format!("{label} must be between 0% and 100% (above 0).")))
        }
        other => Ok(other),
    }
}

/// The fields a complete funnel needs, by wire name, with the value each has.
pub(crate) fn checked(input: &GoalInput) -> Result<[(&'static str, Option<f64>); 7]> {
    Ok([
        ("incomeNeeded", money("incomeNeeded", "Income needed", input.income_needed)?),
        ("averageDealValue", money("averageDealValue", "Average deal value", input.average_deal_value)?),
        ("commissionRate", rate("commissionRate", "Commission rate", input.commission_rate)?),
        ("outreachToConversation", rate("outreachToConversation", "Outreach to conversation", input.outreach_to_conversation)?),
        ("conversationToMeeting", rate("conversationToMeeting", "Conversation to meeting", input.conversation_to_meeting)?),
        ("meetingToOpportunity", rate("meetingToOpportunity", "Meeting to opportunity", input.meeting_to_opportunity)?),
        ("opportunityToDeal", rate("opportunityToDeal", "Opportunity to deal", input.opportunity_to_deal)?),
    ])
}

fn per(counts: &FunnelCounts, divisor: f64) -> FunnelCounts {
    FunnelCounts {
        deals: counts.deals / divisor,
        opportunities: counts.opportunities / divisor,
        meetings: counts.meetings / divisor,
        conversations: counts.conversations / divisor,
        outreach: counts.outreach / divisor,
    }
}

pub fn compute(i: &FunnelInputs) -> Result<Funnel> {
    if i.target_date <= i.from {
        return Err(Error::invalid("targetDate", "Target date must be after today."));
    }
    let commission_per_deal = i.average_deal_value * i.commission_rate;
    let deals = (i.income_needed / commission_per_deal).ceil();
    let opportunities = (deals / i.opportunity_to_deal).ceil();
    let meetings = (opportunities / i.meeting_to_opportunity).ceil();
    let conversations = (meetings / i.conversation_to_meeting).ceil();
    let outreach = (conversations / i.outreach_to_conversation).ceil();
    let total = FunnelCounts { deals, opportunities, meetings, conversations, outreach };
    let days = (i.target_date - i.from).num_days() as f64;
    let weeks = days / 7.0;
    let working_days = working_days(i.from, i.target_date).max(1);
    Ok(Funnel {
        commission_per_deal,
        per_week: per(&total, weeks),
        per_working_day: per(&total, f64::from(working_days)),
        total,
        weeks,
        working_days,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    fn inputs() -> FunnelInputs {
        FunnelInputs {
            income_needed: 30_000.0,
            average_deal_value: 20_000.0,
            commission_rate: 0.10,
            outreach_to_conversation: 0.20,
            conversation_to_meeting: 0.25,
            meeting_to_opportunity: 0.50,
            opportunity_to_deal: 0.25,
            from: day("2026-11-23"),
            target_date: day("2027-05-24"),
        }
    }

    #[test]
    fn a_hand_worked_funnel() {
        // 30,000 needed at 2,000 commission a deal = 15 deals; ÷0.25 = 60
        // opportunities; ÷0.5 = 120 meetings; ÷0.25 = 480 conversations;
        // ÷0.2 = 2,400 outreach. 26 weeks, 130 working days.
        let f = compute(&inputs()).unwrap();
        assert_eq!(f.commission_per_deal, 2000.0);
        assert_eq!(
            (f.total.deals, f.total.opportunities, f.total.meetings, f.total.conversations, f.total.outreach),
            (15.0, 60.0, 120.0, 480.0, 2400.0)
        );
        assert_eq!((f.weeks, f.working_days), (26.0, 130));
        assert!((f.per_week.outreach - 2400.0 / 26.0).abs() < 1e-9);
        assert!((f.per_working_day.outreach - 2400.0 / 130.0).abs() < 1e-9);
        assert!((f.per_working_day.conversations - 480.0 / 130.0).abs() < 1e-9);
    }

    #[test]
    fn each_stage_rounds_up_to_whole_numbers() {
        // 10,000 at 3,000 a deal = 3.33 → 4 deals; ÷0.3 = 13.3 → 14; ÷0.4 = 35;
        // ÷0.33 = 106.06 → 107; ÷0.15 = 713.3 → 714.
        let f = compute(&FunnelInputs {
            income_needed: 10_000.0,
            average_deal_value: 30_000.0,
            commission_rate: 0.10,
            opportunity_to_deal: 0.30,
            meeting_to_opportunity: 0.40,
            conversation_to_meeting: 0.33,
            outreach_to_conversation: 0.15,
            ..inputs()
        })
        .unwrap();
        assert_eq!(
            (f.total.deals, f.total.opportunities, f.total.meetings, f.total.conversations, f.total.outreach),
            (4.0, 14.0, 35.0, 107.0, 714.0)
        );
    }

    #[test]
    fn the_target_date_must_be_ahead() {
        let err = compute(&FunnelInputs { target_date: day("2026-11-23"), ..inputs() }).unwrap_err();
        assert_eq!(err.field(), Some("targetDate"));
    }

    #[test]
    fn rates_and_money_are_checked_with_the_field_named() {
        assert_eq!(rate("commissionRate", "Commission rate", Some(0.0)).unwrap_err().field(), Some("commissionRate"));
        assert_eq!(rate("x", "X", Some(1.2)).unwrap_err().field(), Some("x"));
        assert!(rate("x", "X", Some(1.0)).is_ok());
        assert_eq!(money("incomeNeeded", "Income", Some(-5.0)).unwrap_err().field(), Some("incomeNeeded"));
        assert!(money("incomeNeeded", "Income", Some(f64::NAN)).is_err());
        assert_eq!(money("incomeNeeded", "Income", None).unwrap(), None);
    }
}
