-- A deleted reviewer's declarations and scores stay, so the review's result does not change, but no longer name them
-- (decision 0073).
ALTER TABLE proposal_review ALTER COLUMN reviewer_id DROP NOT NULL;
