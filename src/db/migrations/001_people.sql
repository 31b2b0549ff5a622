CREATE TABLE people (
    id          TEXT PRIMARY KEY NOT NULL,
    role        TEXT NOT NULL CHECK (role IN ('rep', 'candidate')),
    name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    name_fold   TEXT NOT NULL,
    email       TEXT,
    title       TEXT NOT NULL DEFAULT '',
    start_date  TEXT,
    notes       TEXT NOT NULL DEFAULT '',
    opening     TEXT,
    stage       TEXT CHECK (stage IN ('applied', 'screening', 'interviewing',
                                      'offer', 'hired', 'declined', 'withdrawn')),
    hired_at    TEXT,
    archived_at TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    CHECK (role = 'rep' OR stage IS NOT NULL)
) STRICT;
CREATE INDEX people_by_role ON people (role, archived_at IS NOT NULL, name_fold);
CREATE INDEX people_by_stage ON people (stage, archived_at IS NOT NULL, name_fold)
    WHERE stage IS NOT NULL;
