//! A WHERE clause made of the filters a list query was given: each condition
//! is written with one `?`, numbered here, and its value kept beside it.

use rusqlite::ToSql;

#[derive(Default)]
pub(crate) struct Filter {
    conditions: Vec<String>,
    values: Vec<Box<dyn ToSql>>,
}

impl Filter {
    /// A condition without a value (fixed SQL, never user text).
    pub(crate) fn always(&mut self, condition: &str) -> &mut Self {
        self.conditions.push(condition.to_owned());
        self
    }

    /// A condition whose one `?` takes `value`.
    pub(crate) fn with(&mut self, condition: &str, value: impl ToSql + 'static) -> &mut Self {
        self.values.push(Box::new(value));
        self.conditions.push(condition.replacen('?', &format!("?{}", self.values.len()), 1));
        self
    }

    /// The conditions joined with AND (`1` when there are none).
    pub(crate) fn sql(&self) -> String {
        if self.conditions.is_empty() {
            "1".to_owned()
        } else {
            self.conditions.join(" AND ")
        }
    }

    /// The values, in the order of their numbered parameters.
    pub(crate) fn params(&self) -> Vec<&dyn ToSql> {
        self.values.iter().map(|v| v.as_ref()).collect()
    }
}

#[cfg(test)]
mod tests {
    use rusqlite::Connection;

    use super::Filter;

    #[test]
    fn values_are_numbered_in_the_order_they_are_added() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch("CREATE TABLE t (a INTEGER, b TEXT); INSERT INTO t VALUES (1, 'x'), (2, 'x'), (2, 'y');")
            .unwrap();
        let mut filter = Filter::default();
        filter.always("a > 0").with("a = ?", 2).with("b = ?", "y".to_owned());
        assert_eq!(filter.sql(), "a > 0 AND a = ?1 AND b = ?2");
        let count: i64 = conn
            .query_row(&format!("SELECT count(*) FROM t WHERE {}", filter.sql()), filter.params().as_slice(), |r| r.get(0))
            .unwrap();
        assert_eq!(count, 1);
    }

    #[test]
    fn no_condition_matches_everything() {
        assert_eq!(Filter::default().sql(), "1");
    }
}
