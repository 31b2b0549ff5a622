-- Goal progress: when the rep set out and what they have earned so far.
ALTER TABLE personal_goals ADD COLUMN started_on TEXT;
ALTER TABLE personal_goals ADD COLUMN earned_to_date REAL CHECK (earned_to_date >= 0);
UPDATE personal_goals SET started_on = substr(updated_at, 1, 10);

-- The skill check: the skills a rep's plan needs (from the cookbook's
-- activities) and others the manager adds, each trained, observed or missing.
-- Plan skills get a row once their status is set; added ones always have one.
CREATE TABLE rep_skills (
    id         TEXT PRIMARY KEY NOT NULL,
    person_id  TEXT NOT NULL REFERENCES people (id),
    name       TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    name_fold  TEXT NOT NULL,
    status     TEXT NOT NULL CHECK (status IN ('missing', 'trained', 'observed')),
    note       TEXT NOT NULL DEFAULT '',
    added      INTEGER NOT NULL CHECK (added IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (person_id, name_fold)
) STRICT;

-- The attitude check: willing and able, with the facts behind it, dated.
CREATE TABLE attitude_checks (
    id          TEXT PRIMARY KEY NOT NULL,
    person_id   TEXT NOT NULL REFERENCES people (id),
    assessed_on TEXT NOT NULL,
    willing     TEXT NOT NULL CHECK (willing IN ('yes', 'no', 'unsure')),
    able        TEXT NOT NULL CHECK (able IN ('yes', 'no', 'unsure')),
    facts       TEXT NOT NULL CHECK (length(facts) >= 1),
    created_at  TEXT NOT NULL
) STRICT;
CREATE INDEX attitude_checks_by_person ON attitude_checks (person_id, assessed_on);

-- Reminders already given: each at most once a day.
CREATE TABLE reminder_log (
    key         TEXT PRIMARY KEY NOT NULL,
    notified_on TEXT NOT NULL
) STRICT, WITHOUT ROWID;
