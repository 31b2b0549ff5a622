//! Identifiers: UUIDv7 strings (time-ordered, merge-safe across devices),
//! one newtype per entity so one kind of id cannot be passed for another.

macro_rules! entity_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord,
                 serde::Serialize, serde::Deserialize, specta::Type)]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            pub fn new() -> Self {
                Self(uuid::Uuid::now_v7().to_string())
            }

            /// The id of something every workspace makes alike (a built-in
            /// rubric, the default agenda): the same on every machine, so
            /// two workspaces' copies are one row when they meet.
            #[allow(dead_code)]
            pub(crate) fn builtin(path: &str) -> Self {
                Self(builtin_uuid(path))
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self::new()
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<String> for $name {
            fn from(value: String) -> Self {
                Self(value)
            }
        }

        impl rusqlite::ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
                self.0.to_sql()
            }
        }

        impl rusqlite::types::FromSql for $name {
            fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
                String::column_result(value).map(Self)
            }
        }
    };
}

/// Our namespace for name-based (version 5) UUIDs.
const BUILTIN_NAMESPACE: uuid::Uuid = uuid::Uuid::from_u128(0x6c1d_0b5e_7a3f_4c8e_9d21_c0ac_4b00_0001);

/// A UUIDv5 of `path` (e.g. `rubric/presentation/v1/c0`) in our namespace.
pub(crate) fn builtin_uuid(path: &str) -> String {
    uuid::Uuid::new_v5(&BUILTIN_NAMESPACE, path.as_bytes()).to_string()
}

entity_id!(
    /// A team member or a candidate.
    PersonId
);

entity_id!(
    /// A rubric: the family of all its versions.
    RubricId
);

entity_id!(
    /// One version of a rubric; scorecards point at the version they were scored on.
    RubricVersionId
);

entity_id!(
    /// One criterion of one rubric version.
    CriterionId
);

entity_id!(
    /// A scorecard: one assessor scoring one person against one rubric version.
    ScorecardId
);

entity_id!(
    /// A one-on-one agenda template.
    TemplateId
);

entity_id!(
    /// One section of an agenda template.
    SectionId
);

entity_id!(
    /// A one-on-one meeting.
    MeetingId
);

entity_id!(
    /// A meeting's note for one agenda section.
    NoteId
);

entity_id!(
    /// An action item agreed in a one-on-one.
    ActionItemId
);

entity_id!(
    /// One entry in the feedback log.
    FeedbackId
);

entity_id!(
    /// A leading indicator a rep tracks weekly.
    KpiId
);

entity_id!(
    /// An account in a rep's KARE list.
    AccountId
);
