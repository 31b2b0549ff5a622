-- A hiring lead who will not score an exercise may reveal the panel's
-- scores for it; that is recorded here, and they can no longer score it.
CREATE TABLE scorecard_reveals (
    person_id     TEXT NOT NULL REFERENCES people (id),
    rubric_id     TEXT NOT NULL REFERENCES rubrics (id),
    assessor_fold TEXT NOT NULL,
    assessor      TEXT NOT NULL,
    revealed_at   TEXT NOT NULL,
    PRIMARY KEY (person_id, rubric_id, assessor_fold)
) STRICT, WITHOUT ROWID;
