-- Goal progress: when the rep set out and what they have earned so far.
ALTER TABLE personal_goals ADD COLUMN started_on TEXT;
ALTER TABLE personal_goals ADD COLUMN earned_to_date REAL CHECK (earned_to_date >= 0);
UPDATE personal_goals SET started_on = substr(updated_at, 1, 10);
