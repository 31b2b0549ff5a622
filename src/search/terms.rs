//! Turning what a person typed into an FTS5 query that stays fast on a large
//! index.
//!
//! Each word is quoted (so operators and punctuation are literal) and the
//! last one also matches longer words, as the person may still be typing.
//! FTS5 answers a prefix query (`"nego"*`) by first merging the entries of
//! every word with that prefix into one list, whatever the LIMIT: on the
//! benchmark's million feedback entries that alone took 15 ms. So the
//! prefix is expanded here into the words themselves, read from the index's
//! vocabulary (`fts5vocab`), and OR-ed: FTS5 walks an OR of words lazily,
//! newest first, and stops at the limit. Reading a word from the vocabulary
//! costs as much as that word is used, so the word as typed is not read
//! (only words longer than it), and a prefix with many words falls back to
//! FTS5's own prefix query.

use rusqlite::Connection;

/// The indexes searched, each with the vocabulary table made for it.
pub(super) const VOCABULARIES: [(&str, &str); 3] = [
    ("meeting_notes_fts", "meeting_notes_fts_terms"),
    ("action_items_fts", "action_items_fts_terms"),
    ("feedback_fts", "feedback_fts_terms"),
];

/// More longer words than this, and the prefix query is left to FTS5.
const MAX_EXPANSION: usize = 32;

/// Makes the vocabulary tables on this connection (they live in `temp`, so a
/// file is never changed by it). Called once when a workspace is opened.
pub(crate) fn install(conn: &Connection) -> rusqlite::Result<()> {
    let sql: String = VOCABULARIES
        .iter()
        .map(|(index, terms)| format!("CREATE VIRTUAL TABLE IF NOT EXISTS temp.{terms} USING fts5vocab(main, {index}, row);\n"))
        .collect();
    conn.execute_batch(&sql)
}

/// The typed words, split where the index splits them (at anything not a
/// letter or digit), at most twelve.
pub fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).take(12).collect()
}

fn quoted(word: &str) -> String {
    format!("\"{}\"", word.replace('"', "\"\""))
}

/// The FTS5 query with the last word left to FTS5's prefix matching
/// (`"budget" "obj"*`). None when nothing searchable was typed.
pub fn fts_query(text: &str) -> Option<String> {
    let words = words(text);
    let (last, rest) = words.split_last()?;
    Some(rest.iter().map(|w| quoted(w)).chain([format!("{}*", quoted(last))]).collect::<Vec<_>>().join(" "))
}

/// The FTS5 query for one index, with the last word expanded into the
/// longer words its vocabulary holds (`"budget" AND ("obj" OR "objection")`).
pub(super) fn expanded_query(conn: &Connection, terms_table: &str, text: &str) -> rusqlite::Result<Option<String>> {
    let words = words(text);
    let Some((last, rest)) = words.split_last() else { return Ok(None) };
    // The tokenizer folds case and accents; only plain ASCII is folded the
    // same way here, so other words keep FTS5's prefix query.
    let Some(longer) = (if last.is_ascii() { longer_words(conn, terms_table, &last.to_ascii_lowercase())? } else { None }) else {
        return Ok(fts_query(text));
    };
    let last = std::iter::once(quoted(last)).chain(longer.iter().map(|w| quoted(w))).collect::<Vec<_>>().join(" OR ");
    Ok(Some(rest.iter().map(|w| quoted(w)).chain([format!("({last})")]).collect::<Vec<_>>().join(" AND ")))
}

/// The index's words that start with `prefix` and are longer than it; None
/// when there are more than [`MAX_EXPANSION`].
fn longer_words(conn: &Connection, terms_table: &str, prefix: &str) -> rusqlite::Result<Option<Vec<String>>> {
    // From just after the prefix itself (no word holds U+0000) to before
    // anything that does not start with it (U+10FFFF sorts after every
    // character that can follow it).
    let mut statement = conn.prepare_cached(&format!(
        "SELECT term FROM temp.{terms_table} WHERE term >= ?1 || char(0) AND term < ?1 || char(1114111) LIMIT ?2"
    ))?;
    let found: Vec<String> =
        statement.query_map(rusqlite::params![prefix, MAX_EXPANSION as i64 + 1], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    Ok((found.len() <= MAX_EXPANSION).then_some(found))
}

#[cfg(test)]
mod tests {
    use super::fts_query;

    #[test]
    fn typed_text_becomes_quoted_words_with_a_prefix_at_the_end() {
        assert_eq!(fts_query("budget obj").as_deref(), Some("\"budget\" \"obj\"*"));
        assert_eq!(fts_query("NOT \"x\" OR y*").as_deref(), Some("\"NOT\" \"x\" \"OR\" \"y\"*"));
        assert_eq!(fts_query("  -- ").as_deref(), None);
    }
}
