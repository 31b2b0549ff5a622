CREATE TABLE personal_goals (
    person_id               TEXT PRIMARY KEY NOT NULL REFERENCES people (id),
    purpose                 TEXT NOT NULL DEFAULT '',
    target_date             TEXT,
    income_needed           REAL CHECK (income_needed > 0),
    average_deal_value      REAL CHECK (average_deal_value > 0),
    commission_rate         REAL CHECK (commission_rate > 0 AND commission_rate <= 1),
    outreach_to_conversation REAL CHECK (outreach_to_conversation > 0 AND outreach_to_conversation <= 1),
    conversation_to_meeting REAL CHECK (conversation_to_meeting > 0 AND conversation_to_meeting <= 1),
    meeting_to_opportunity  REAL CHECK (meeting_to_opportunity > 0 AND meeting_to_opportunity <= 1),
    opportunity_to_deal     REAL CHECK (opportunity_to_deal > 0 AND opportunity_to_deal <= 1),
    updated_at              TEXT NOT NULL
) STRICT;

CREATE TABLE plans (
    id         TEXT PRIMARY KEY NOT NULL,
    person_id  TEXT NOT NULL REFERENCES people (id),
    version    INTEGER NOT NULL CHECK (version >= 1),
    status     TEXT NOT NULL CHECK (status IN ('draft', 'agreed')),
    note       TEXT NOT NULL DEFAULT '',
    agreed_at  TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (person_id, version)
) STRICT;

CREATE TABLE plan_activities (
    id        TEXT PRIMARY KEY NOT NULL,
    plan_id   TEXT NOT NULL REFERENCES plans (id),
    position  INTEGER NOT NULL,
    kind      TEXT NOT NULL CHECK (kind IN ('calls', 'voicemails', 'linkedin_messages', 'referral_asks', 'emails',
                                            'meetings', 'events', 'custom')),
    name      TEXT NOT NULL,
    name_fold TEXT NOT NULL,
    target    REAL NOT NULL CHECK (target > 0),
    period    TEXT NOT NULL CHECK (period IN ('day', 'week', 'month')),
    UNIQUE (plan_id, position),
    UNIQUE (plan_id, name_fold)
) STRICT;

-- Weekly actuals are keyed by the activity's name, so they carry across plan versions.
CREATE TABLE activity_actuals (
    person_id TEXT NOT NULL REFERENCES people (id),
    name_fold TEXT NOT NULL,
    week      TEXT NOT NULL,
    value     REAL NOT NULL CHECK (value >= 0),
    PRIMARY KEY (person_id, name_fold, week)
) STRICT, WITHOUT ROWID;

CREATE TABLE kpis (
    id            TEXT PRIMARY KEY NOT NULL,
    person_id     TEXT NOT NULL REFERENCES people (id),
    position      INTEGER NOT NULL,
    name          TEXT NOT NULL,
    unit          TEXT NOT NULL DEFAULT '',
    kind          TEXT NOT NULL CHECK (kind IN ('count', 'ratio')),
    weekly_target REAL NOT NULL CHECK (weekly_target > 0),
    warn_drop     REAL NOT NULL DEFAULT 0.15 CHECK (warn_drop > 0 AND warn_drop < 1),
    archived_at   TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
) STRICT;
CREATE INDEX kpis_by_person ON kpis (person_id, archived_at IS NOT NULL, position);

CREATE TABLE kpi_values (
    kpi_id TEXT NOT NULL REFERENCES kpis (id),
    week   TEXT NOT NULL,
    value  REAL NOT NULL CHECK (value >= 0),
    PRIMARY KEY (kpi_id, week)
) STRICT, WITHOUT ROWID;

CREATE TABLE accounts (
    id          TEXT PRIMARY KEY NOT NULL,
    person_id   TEXT NOT NULL REFERENCES people (id),
    name        TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    category    TEXT NOT NULL CHECK (category IN ('keep', 'attain', 'recapture', 'expand')),
    archived_at TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX accounts_by_person ON accounts (person_id, archived_at IS NOT NULL, category);

CREATE TABLE kare_splits (
    person_id        TEXT PRIMARY KEY NOT NULL REFERENCES people (id),
    time_keep        INTEGER NOT NULL,
    time_attain      INTEGER NOT NULL,
    time_recapture   INTEGER NOT NULL,
    time_expand      INTEGER NOT NULL,
    income_keep      INTEGER NOT NULL,
    income_attain    INTEGER NOT NULL,
    income_recapture INTEGER NOT NULL,
    income_expand    INTEGER NOT NULL,
    updated_at       TEXT NOT NULL,
    CHECK (time_keep + time_attain + time_recapture + time_expand = 100),
    CHECK (income_keep + income_attain + income_recapture + income_expand = 100)
) STRICT;
