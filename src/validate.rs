//! Input checks shared by every area. Each returns the cleaned value or an
//! `Error::Invalid` naming the field, so nothing is written on bad input.

use std::borrow::Cow;

use chrono::NaiveDate;

use crate::error::{Error, Result};

/// A field as the UI names it (`name`, e.g. `criteria[2].weight`) and as a
/// person reads it (`label`, e.g. "Criterion 3's weight").
#[derive(Clone, Debug)]
pub(crate) struct Field {
    pub name: Cow<'static, str>,
    pub label: Cow<'static, str>,
}

pub(crate) const fn field(name: &'static str, label: &'static str) -> Field {
    Field { name: Cow::Borrowed(name), label: Cow::Borrowed(label) }
}

/// A field inside a list, such as one criterion of a rubric.
pub(crate) fn nested(name: String, label: String) -> Field {
    Field { name: Cow::Owned(name), label: Cow::Owned(label) }
}

impl Field {
    pub(crate) fn error(&self, message: String) -> Error {
        Error::invalid(self.name.clone(), message)
    }
}

/// Characters that change the direction text is shown in. In a name they
/// can make it display as something else, so lines refuse them.
fn is_direction_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// Characters that take no space on screen: a text made only of them looks empty.
fn is_invisible(c: char) -> bool {
    c.is_whitespace()
        || is_direction_control(c)
        || matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{00AD}' | '\u{180E}' | '\u{3164}' | '\u{115F}' | '\u{1160}')
}

/// One line of text, trimmed, required, at most `max` characters. A line
/// of nothing but invisible characters counts as empty.
pub(crate) fn required_line(f: &Field, value: &str, max: usize) -> Result<String> {
    let value = line(f, value, max)?;
    if value.chars().all(is_invisible) {
        return Err(f.error(format!("{} is required.", f.label)));
    }
    Ok(value)
}

/// One line of text, trimmed; empty is allowed.
pub(crate) fn line(f: &Field, value: &str, max: usize) -> Result<String> {
    let value = value.trim();
    if value.chars().any(char::is_control) {
        return Err(f.error(format!("{} must be a single line without control characters.", f.label)));
    }
    if value.chars().any(is_direction_control) {
        return Err(f.error(format!("{} cannot contain characters that reverse the text's direction.", f.label)));
    }
    bounded(f, value, max)
}

/// One optional line: trimmed, and empty becomes `None`.
pub(crate) fn optional_line(f: &Field, value: Option<&str>, max: usize) -> Result<Option<String>> {
    let value = line(f, value.unwrap_or(""), max)?;
    Ok(Some(value).filter(|v| !v.is_empty()))
}

/// Free text such as notes: may span lines and hold tabs; trailing space is
/// trimmed; other control characters (NUL, escapes) are refused.
pub(crate) fn notes(f: &Field, value: &str, max: usize) -> Result<String> {
    if value.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t')) {
        return Err(f.error(format!("{} cannot contain control characters.", f.label)));
    }
    bounded(f, value.trim_end(), max)
}

fn bounded(f: &Field, value: &str, max: usize) -> Result<String> {
    let length = value.chars().count();
    if length > max {
        return Err(f.error(format!(
            "{} must be at most {max} characters (it has {length}).",
            f.label
        )));
    }
    Ok(value.to_owned())
}

/// An optional email address, checked for a plausible form.
pub(crate) fn optional_email(f: &Field, value: Option<&str>) -> Result<Option<String>> {
    let Some(value) = optional_line(f, value, 254)? else {
        return Ok(None);
    };
    let parsed = email_address::EmailAddress::parse_with_options(
        &value,
        email_address::Options::default().without_display_text().with_required_tld(),
    );
    match parsed {
        Ok(_) => Ok(Some(value)),
        Err(_) => Err(f.error(format!(
            "{} '{value}' is not a valid address (expected something like name@example.com).",
            f.label
        ))),
    }
}

/// The earliest and latest calendar days any date in Coachbook may take.
const EARLIEST: (i32, u32, u32) = (1900, 1, 1);
const LATEST: (i32, u32, u32) = (2100, 12, 31);

/// An optional calendar day written as `YYYY-MM-DD`.
pub(crate) fn optional_date(f: &Field, value: Option<&str>) -> Result<Option<NaiveDate>> {
    let value = value.map(str::trim).unwrap_or("");
    if value.is_empty() {
        return Ok(None);
    }
    let date = NaiveDate::parse_from_str(value, "%Y-%m-%d")
        .map_err(|_| f.error(format!("{} '{value}' is not a date like 2026-03-01.", f.label)))?;
    let day = |(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).expect("a valid constant date");
    if date < day(EARLIEST) || date > day(LATEST) {
        return Err(f.error(format!("{} {date} is outside the years 1900 to 2100.", f.label)));
    }
    Ok(Some(date))
}

#[cfg(test)]
mod tests {
    use super::*;

    const NAME: Field = field("name", "Name");

    #[test]
    fn required_line_trims_and_rejects_blank() {
        assert_eq!(required_line(&NAME, "  Ada  ", 10).unwrap(), "Ada");
        let err = required_line(&NAME, "   ", 10).unwrap_err();
        assert_eq!(err.field(), Some("name"));
        assert_eq!(err.to_string(), "Name is required.");
    }

    #[test]
    fn length_counts_characters_not_bytes() {
        assert!(required_line(&NAME, "ééééé", 5).is_ok());
        let err = required_line(&NAME, "éééééé", 5).unwrap_err();
        assert!(err.to_string().contains("at most 5 characters (it has 6)"));
    }

    #[test]
    fn a_line_may_not_hold_a_newline() {
        assert!(line(&NAME, "two\nlines", 50).is_err());
        assert_eq!(notes(&NAME, "two\nlines\n\n", 50).unwrap(), "two\nlines");
    }

    #[test]
    fn emails_are_checked_and_blank_means_none() {
        let email = field("email", "Email");
        assert_eq!(optional_email(&email, Some("  ")).unwrap(), None);
        assert_eq!(optional_email(&email, Some(" a@b.co ")).unwrap().as_deref(), Some("a@b.co"));
        for bad in ["a@", "@b.co", "plain", "a@b", "Ada <a@b.co>"] {
            assert_eq!(optional_email(&email, Some(bad)).unwrap_err().field(), Some("email"), "{bad}");
        }
    }

    #[test]
    fn dates_parse_within_sane_years() {
        let start = field("startDate", "Start date");
        assert_eq!(optional_date(&start, Some("")).unwrap(), None);
        assert_eq!(
            optional_date(&start, Some("2026-02-28")).unwrap(),
            NaiveDate::from_ymd_opt(2026, 2, 28)
        );
        for bad in ["2026-02-30", "28/02/2026", "1899-12-31", "2101-01-01"] {
            assert_eq!(optional_date(&start, Some(bad)).unwrap_err().field(), Some("startDate"), "{bad}");
        }
    }
}
