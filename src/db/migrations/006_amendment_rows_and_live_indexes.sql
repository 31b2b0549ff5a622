-- An amendment's earlier state as rows, like the scorecard's own, instead of
-- a JSON copy of a wire type (a renamed field would have made it unreadable).
-- Amendments stored as JSON before this version are carried over here.
CREATE TABLE scorecard_amendment_rounds (
    amendment_id TEXT NOT NULL REFERENCES scorecard_amendments (id),
    round        INTEGER NOT NULL CHECK (round >= 1),
    coaching     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (amendment_id, round)
) STRICT, WITHOUT ROWID;
CREATE TABLE scorecard_amendment_scores (
    amendment_id TEXT NOT NULL,
    round        INTEGER NOT NULL,
    criterion_id TEXT NOT NULL REFERENCES rubric_criteria (id),
    score        INTEGER CHECK (score >= 1),
    note         TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (amendment_id, round, criterion_id),
    FOREIGN KEY (amendment_id, round) REFERENCES scorecard_amendment_rounds (amendment_id, round)
) STRICT, WITHOUT ROWID;
ALTER TABLE scorecard_amendments ADD COLUMN previous_recommendation TEXT
    CHECK (previous_recommendation IN ('strong_no', 'no', 'yes', 'strong_yes'));
ALTER TABLE scorecard_amendments ADD COLUMN previous_takeaways TEXT NOT NULL DEFAULT '';

INSERT INTO scorecard_amendment_rounds (amendment_id, round, coaching)
SELECT a.id, json_extract(r.value, '$.round'), coalesce(json_extract(r.value, '$.coaching'), '')
FROM scorecard_amendments a, json_each(a.previous, '$.rounds') r;
INSERT INTO scorecard_amendment_scores (amendment_id, round, criterion_id, score, note)
SELECT a.id, json_extract(r.value, '$.round'), json_extract(s.value, '$.criterionId'),
       json_extract(s.value, '$.score'), coalesce(json_extract(s.value, '$.note'), '')
FROM scorecard_amendments a, json_each(a.previous, '$.rounds') r, json_each(r.value, '$.scores') s;
UPDATE scorecard_amendments
SET previous_recommendation = json_extract(previous, '$.recommendation'),
    previous_takeaways = coalesce(json_extract(previous, '$.takeaways'), '');
ALTER TABLE scorecard_amendments DROP COLUMN previous;

-- Lists read live rows ("archived_at IS NULL"), which an index on the
-- expression "archived_at IS NOT NULL" cannot serve: partial indexes instead.
DROP INDEX kpis_by_person;
DROP INDEX accounts_by_person;
CREATE INDEX kpis_live ON kpis (person_id, position) WHERE archived_at IS NULL;
CREATE INDEX accounts_live ON accounts (person_id, category) WHERE archived_at IS NULL;
