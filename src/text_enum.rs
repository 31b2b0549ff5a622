//! One text form per enum value, for SQLite and the wire alike.
//!
//! `text_enum!` declares an enum with the text of each value; that text is
//! what serde (and so the UI) and SQLite see. Reading text that names no
//! value is a storage error, never a silent fallback to some default.

macro_rules! text_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $text:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, specta::Type)]
        $vis enum $name {
            $( $(#[$vmeta])* #[serde(rename = $text)] $variant ),+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The value's text, as stored and as sent to the UI.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }

            /// The value a text names, if any.
            pub fn from_text(text: &str) -> Option<Self> {
                match text {
                    $($text => Some($name::$variant),)+
                    _ => None,
                }
            }
        }

        impl $name {
            /// The value a stored text names; text that names none is a storage error.
            #[allow(dead_code)] // not every enum is stored outside a typed column
            pub(crate) fn from_stored(text: &str) -> rusqlite::Result<Self> {
                Self::from_text(text).ok_or_else(|| {
                    rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Self::unknown(text).into())
                })
            }

            fn unknown(text: &str) -> String {
                format!("unknown {} '{}'", stringify!($name), text)
            }
        }

        impl rusqlite::ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
                Ok(rusqlite::types::ToSqlOutput::from(self.as_str()))
            }
        }

        impl rusqlite::types::FromSql for $name {
            fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
                let text = value.as_str()?;
                Self::from_text(text).ok_or_else(|| rusqlite::types::FromSqlError::Other(Self::unknown(text).into()))
            }
        }
    };
}

pub(crate) use text_enum;

#[cfg(test)]
mod tests {
    use rusqlite::Connection;

    text_enum! {
        enum Fruit {
            Apple = "apple",
            /// Two words, stored with an underscore.
            BloodOrange = "blood_orange",
        }
    }

    #[test]
    fn the_wire_and_the_database_use_the_same_text() {
        for fruit in Fruit::ALL {
            assert_eq!(serde_json::to_string(fruit).unwrap(), format!("\"{}\"", fruit.as_str()));
        }
        let conn = Connection::open_in_memory().unwrap();
        let back: Fruit = conn.query_row("SELECT ?1", [Fruit::BloodOrange], |r| r.get(0)).unwrap();
        assert_eq!(back, Fruit::BloodOrange);
    }

    #[test]
    fn unknown_text_is_a_storage_error_not_a_default() {
        let conn = Connection::open_in_memory().unwrap();
        let read = conn.query_row("SELECT 'pear'", [], |r| r.get::<_, Fruit>(0));
        let message = read.unwrap_err().to_string();
        assert!(message.contains("unknown Fruit 'pear'"), "{message}");
    }
}
