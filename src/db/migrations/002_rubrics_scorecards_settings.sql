CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;
CREATE TABLE rubrics (
    id          TEXT PRIMARY KEY NOT NULL,
    builtin_key TEXT UNIQUE,
    archived_at TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;
CREATE TABLE rubric_versions (
    id                 TEXT PRIMARY KEY NOT NULL,
    rubric_id          TEXT NOT NULL REFERENCES rubrics (id),
    version            INTEGER NOT NULL CHECK (version >= 1),
    name               TEXT NOT NULL,
    kind               TEXT NOT NULL CHECK (kind IN ('presentation', 'written_exercise', 'role_play', 'custom')),
    description        TEXT NOT NULL DEFAULT '',
    time_limit_seconds INTEGER CHECK (time_limit_seconds > 0),
    created_at         TEXT NOT NULL,
    UNIQUE (rubric_id, version)
) STRICT;
CREATE TABLE rubric_criteria (
    id          TEXT PRIMARY KEY NOT NULL,
    version_id  TEXT NOT NULL REFERENCES rubric_versions (id),
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    weight      REAL NOT NULL CHECK (weight > 0),
    anchors     TEXT NOT NULL,
    tag         TEXT CHECK (tag IN ('timing', 'coachability')),
    UNIQUE (version_id, position)
) STRICT;
CREATE TABLE scorecards (
    id                TEXT PRIMARY KEY NOT NULL,
    person_id         TEXT NOT NULL REFERENCES people (id),
    rubric_version_id TEXT NOT NULL REFERENCES rubric_versions (id),
    assessor          TEXT NOT NULL,
    scored_on         TEXT NOT NULL,
    status            TEXT NOT NULL CHECK (status IN ('draft', 'submitted')),
    recommendation    TEXT CHECK (recommendation IN ('strong_no', 'no', 'yes', 'strong_yes')),
    takeaways         TEXT NOT NULL DEFAULT '',
    material          TEXT NOT NULL DEFAULT '',
    timer_elapsed_ms  INTEGER NOT NULL DEFAULT 0,
    timer_running_since TEXT,
    duration_ms       INTEGER,
    submitted_at      TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
) STRICT;
CREATE INDEX scorecards_by_person ON scorecards (person_id, scored_on);
CREATE INDEX scorecards_by_version ON scorecards (rubric_version_id);
CREATE TABLE scorecard_rounds (
    scorecard_id TEXT NOT NULL REFERENCES scorecards (id),
    round        INTEGER NOT NULL CHECK (round >= 1),
    coaching     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (scorecard_id, round)
) STRICT, WITHOUT ROWID;
CREATE TABLE scorecard_scores (
    scorecard_id TEXT NOT NULL,
    round        INTEGER NOT NULL,
    criterion_id TEXT NOT NULL REFERENCES rubric_criteria (id),
    score        INTEGER CHECK (score >= 1),
    note         TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (scorecard_id, round, criterion_id),
    FOREIGN KEY (scorecard_id, round) REFERENCES scorecard_rounds (scorecard_id, round)
) STRICT, WITHOUT ROWID;
CREATE TABLE scorecard_amendments (
    id           TEXT PRIMARY KEY NOT NULL,
    scorecard_id TEXT NOT NULL REFERENCES scorecards (id),
    amended_at   TEXT NOT NULL,
    reason       TEXT NOT NULL,
    previous     TEXT NOT NULL
) STRICT;
CREATE INDEX amendments_by_scorecard ON scorecard_amendments (scorecard_id, amended_at);
