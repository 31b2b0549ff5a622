//! How documents write dates, numbers and the app's enums in words.

use chrono::NaiveDate;

use crate::scorecards::Recommendation;

pub(crate) fn date(d: NaiveDate) -> String {
    d.format("%-d %b %Y").to_string()
}

pub(crate) fn optional_date(d: Option<NaiveDate>) -> String {
    d.map(date).unwrap_or_else(|| "—".into())
}

/// A number without needless decimals: 12, 12.5, 0.33.
pub(crate) fn number(value: f64) -> String {
    let rounded = (value * 100.0).round() / 100.0;
    if rounded.fract() == 0.0 {
        format!("{rounded:.0}")
    } else {
        format!("{rounded}")
    }
}

pub(crate) fn share(value: Option<f64>) -> String {
    value.map(|s| format!("{:.0}%", s * 100.0)).unwrap_or_else(|| "—".into())
}

pub(crate) fn money(value: Option<f64>) -> String {
    value.map(|v| format!("{:.0}", v)).unwrap_or_else(|| "—".into())
}

/// Minutes and seconds, "8:05".
pub(crate) fn duration(seconds: f64) -> String {
    let total = seconds.round().max(0.0) as u64;
    format!("{}:{:02}", total / 60, total % 60)
}

pub(crate) fn recommendation(r: Recommendation) -> &'static str {
    match r {
        Recommendation::StrongNo => "Strong no",
        Recommendation::No => "No",
        Recommendation::Yes => "Yes",
        Recommendation::StrongYes => "Strong yes",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_durations_and_shares_read_as_people_write_them() {
        assert_eq!(number(12.0), "12");
        assert_eq!(number(12.504), "12.5");
        assert_eq!(duration(485.4), "8:05");
        assert_eq!(share(Some(0.726)), "73%");
        assert_eq!(share(None), "—");
        assert_eq!(date(NaiveDate::from_ymd_opt(2026, 12, 5).unwrap()), "5 Dec 2026");
    }
}
