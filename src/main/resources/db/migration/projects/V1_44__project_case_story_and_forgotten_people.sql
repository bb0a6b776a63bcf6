-- A finished project's case story (協働事例, issue 6, decision 0073): the story the news module keeps, started from the
-- project by staff; one per project, so a second click opens it instead of starting another.
CREATE TABLE project_case_story (
  project_id  BIGINT NOT NULL PRIMARY KEY REFERENCES project (id) ON DELETE CASCADE,
  story_id    BIGINT NOT NULL,
  started_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A deleted account no longer names who generated an agreement nor who recorded an evaluation (decision 0073): the
-- records stay, their link to the person goes.
ALTER TABLE project_agreement ALTER COLUMN generated_by DROP NOT NULL;
ALTER TABLE project_party_evaluation ALTER COLUMN recorded_by DROP NOT NULL;
