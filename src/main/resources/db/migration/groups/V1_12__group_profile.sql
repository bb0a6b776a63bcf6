-- A richer group profile (issue 3): legal form, founding year and month, members, regular activity days, social
-- links; and the group's logo, re-encoded on upload (docs/decisions/0020 and 0021). Plain SQL for H2 and PostgreSQL.
ALTER TABLE civic_group ADD COLUMN legal_form VARCHAR(40);
ALTER TABLE civic_group ADD COLUMN founding_year INT;
ALTER TABLE civic_group ADD COLUMN founding_month INT;
ALTER TABLE civic_group ADD COLUMN member_count INT;
-- ISO day-of-week names joined by commas (MONDAY,SATURDAY): shown, never queried.
ALTER TABLE civic_group ADD COLUMN activity_days VARCHAR(70);
ALTER TABLE civic_group ADD COLUMN activity_days_note VARCHAR(200);
-- https addresses, one a line, in the applicant's order (at most 5).
ALTER TABLE civic_group ADD COLUMN social_links VARCHAR(2600);

CREATE TABLE civic_group_logo (
  group_id     BIGINT       NOT NULL PRIMARY KEY REFERENCES civic_group (id),
  content_type VARCHAR(20)  NOT NULL,
  image        BYTEA        NOT NULL,
  sha256       VARCHAR(64)  NOT NULL,
  width        INT          NOT NULL,
  height       INT          NOT NULL,
  updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
