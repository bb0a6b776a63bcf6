-- Suspension and removal (一時停止・削除) with the coordinator's reason; removal is a soft delete (status REMOVED).
ALTER TABLE civic_group ADD COLUMN moderation_reason VARCHAR(2000);
ALTER TABLE civic_group ADD COLUMN moderated_at TIMESTAMP WITH TIME ZONE;

-- 情報更新確認: when the group's administrator last confirmed (or changed) the profile. Existing groups count
-- their last change as a confirmation.
ALTER TABLE civic_group ADD COLUMN confirmed_at TIMESTAMP WITH TIME ZONE;
UPDATE civic_group SET confirmed_at = updated_at;
CREATE INDEX civic_group_confirmed_idx ON civic_group (municipality_code, status, confirmed_at);

-- Reminders sent, one row per group, fiscal year and round: the primary key makes sending idempotent across
-- restarts, repeated runs and several instances.
CREATE TABLE group_reminder (
  group_id        BIGINT  NOT NULL REFERENCES civic_group (id) ON DELETE CASCADE,
  fiscal_year     INT     NOT NULL,
  reminder_round  INT     NOT NULL,
  sent_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (group_id, fiscal_year, reminder_round)
);

-- A municipality's own order and retirement of the kinds of group it offers, presets included.
CREATE TABLE group_kind_setting (
  municipality_code VARCHAR(6)  NOT NULL,
  kind_code         VARCHAR(40) NOT NULL REFERENCES group_kind (code) ON DELETE CASCADE,
  sort_order        INT         NOT NULL,
  retired           BOOLEAN     NOT NULL DEFAULT FALSE,
  PRIMARY KEY (municipality_code, kind_code)
);
