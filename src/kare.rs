//! KARE: the rep's accounts, each tagged Keep, Attain, Recapture or Expand,
//! and the planned share of time and of income for each category.

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::error::{Error, Result};
use crate::ids::{AccountId, PersonId};
use crate::people::ensure_rep;
use crate::validate::{self, field};
use crate::trash::{move_to_trash, Subject, TrashEntry, TrashKind};
use crate::Coachbook;
use crate::text_enum::text_enum;

text_enum! {
    pub enum KareCategory {
        Keep = "keep",
        Attain = "attain",
        Recapture = "recapture",
        Expand = "expand",
    }
}


#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Account {
    pub id: AccountId,
    pub person_id: PersonId,
    pub name: String,
    pub note: String,
    pub category: KareCategory,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct AccountInput {
    pub name: String,
    pub note: Option<String>,
    pub category: KareCategory,
}

/// Percentages per category; a planned set sums to 100.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Shares {
    pub keep: u32,
    pub attain: u32,
    pub recapture: u32,
    pub expand: u32,
}

impl Shares {
    /// Summed wide, so shares near `u32::MAX` cannot overflow.
    fn sum(&self) -> u64 {
        [self.keep, self.attain, self.recapture, self.expand].iter().map(|&s| u64::from(s)).sum()
    }

    fn add(&mut self, category: KareCategory) {
        match category {
            KareCategory::Keep => self.keep += 1,
            KareCategory::Attain => self.attain += 1,
            KareCategory::Recapture => self.recapture += 1,
            KareCategory::Expand => self.expand += 1,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct KareSplit {
    pub time: Shares,
    pub income: Shares,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct KareView {
    pub accounts: Vec<Account>,
    /// How many accounts carry each tag.
    pub counts: Shares,
    pub split: Option<KareSplit>,
}

fn read_account(r: &Row<'_>) -> rusqlite::Result<Account> {
    Ok(Account { id: r.get(0)?, person_id: r.get(1)?, name: r.get(2)?, note: r.get(3)?, category: r.get(4)? })
}

fn load(conn: &Connection, id: &AccountId) -> Result<Account> {
    conn.query_row("SELECT id, person_id, name, note, category FROM accounts WHERE id = ?1", [id], read_account)
        .optional()?
        .ok_or_else(|| Error::not_found("account", id.as_str()))
}

fn clean(input: &AccountInput) -> Result<(String, String)> {
    Ok((
        validate::required_line(&field("name", "Account name"), &input.name, 120)?,
        validate::notes(&field("note", "Note"), input.note.as_deref().unwrap_or(""), 1000)?,
    ))
}

pub(crate) fn kare_view(conn: &Connection, person: &PersonId) -> Result<KareView> {
    let accounts: Vec<Account> = conn
        .prepare_cached(
            "SELECT id, person_id, name, note, category FROM accounts
             WHERE person_id = ?1 AND archived_at IS NULL ORDER BY category, lower(name)",
        )?
        .query_map([person], read_account)?
        .collect::<rusqlite::Result<_>>()?;
    let mut counts = Shares::default();
    for a in &accounts {
        counts.add(a.category);
    }
    let split = conn
        .query_row(
            "SELECT time_keep, time_attain, time_recapture, time_expand,
                    income_keep, income_attain, income_recapture, income_expand FROM kare_splits WHERE person_id = ?1",
            [person],
            |r| {
                Ok(KareSplit {
                    time: Shares { keep: r.get(0)?, attain: r.get(1)?, recapture: r.get(2)?, expand: r.get(3)? },
                    income: Shares { keep: r.get(4)?, attain: r.get(5)?, recapture: r.get(6)?, expand: r.get(7)? },
                })
            },
        )
        .optional()?;
    Ok(KareView { accounts, counts, split })
}

impl Coachbook {
    pub fn kare(&self, person: &PersonId) -> Result<KareView> {
        kare_view(&self.conn(), person)
    }

    pub fn add_account(&self, person: &PersonId, input: &AccountInput) -> Result<Account> {
        let (name, note) = clean(input)?;
        self.write(|tx| {
            ensure_rep(tx, person, "accounts")?;
            let id = AccountId::new();
            let now = tx.stamp();
            tx.execute(
                "INSERT INTO accounts (id, person_id, name, note, category, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
                params![id, person, name, note, input.category.as_str(), now],
            )?;
            load(tx, &id)
        })
    }

    pub fn update_account(&self, id: &AccountId, input: &AccountInput) -> Result<Account> {
        let (name, note) = clean(input)?;
        self.write(|tx| {
            load(tx, id)?;
            tx.execute(
                "UPDATE accounts SET name = ?2, note = ?3, category = ?4, updated_at = ?5 WHERE id = ?1",
                params![id, name, note, input.category.as_str(), tx.stamp()],
            )?;
            load(tx, id)
        })
    }

    /// Moves an account to the trash.
    pub fn delete_account(&self, id: &AccountId) -> Result<TrashEntry> {
        self.write(|tx| {
            let account = load(tx, id)?;
            let subject = Subject { kind: TrashKind::Account, title: account.name, person: Some(account.person_id), on_date: None };
            move_to_trash(tx, subject, "accounts", &[("id", id.as_str())])
        })
    }

    /// Sets the planned share of time and of income; each set must sum to 100%.
    pub fn set_kare_split(&self, person: &PersonId, split: &KareSplit) -> Result<KareView> {
        for (field, label, shares) in [("time", "Time", split.time), ("income", "Income", split.income)] {
            if shares.sum() != 100 {
                return Err(Error::invalid(field, format!("{label} shares must add up to 100% (they add up to {}%).", shares.sum())));
            }
        }
        self.write(|tx| {
            ensure_rep(tx, person, "accounts")?;
            let (t, i) = (split.time, split.income);
            tx.execute(
                "INSERT INTO kare_splits (person_id, time_keep, time_attain, time_recapture, time_expand,
                        income_keep, income_attain, income_recapture, income_expand, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                 ON CONFLICT (person_id) DO UPDATE SET time_keep = excluded.time_keep, time_attain = excluded.time_attain,
                        time_recapture = excluded.time_recapture, time_expand = excluded.time_expand,
                        income_keep = excluded.income_keep, income_attain = excluded.income_attain,
                        income_recapture = excluded.income_recapture, income_expand = excluded.income_expand,
                        updated_at = excluded.updated_at",
                params![person, t.keep, t.attain, t.recapture, t.expand, i.keep, i.attain, i.recapture, i.expand,
                        tx.stamp()],
            )?;
            kare_view(tx, person)
        })
    }
}
