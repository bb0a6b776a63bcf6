-- Where an imported group came from, so that importing the same file again changes nothing (docs/group-import.md).
-- A group is matched by its 法人番号 when the row has one, else by (source format, source id); content_hash is
-- the SHA-256 of the imported values at the last import: equal means unchanged.
CREATE TABLE group_import_source (
  group_id          BIGINT       NOT NULL PRIMARY KEY REFERENCES civic_group (id) ON DELETE CASCADE,
  municipality_code VARCHAR(6)   NOT NULL,
  source_format     VARCHAR(20)  NOT NULL,
  source_id         VARCHAR(300) NOT NULL,
  content_hash      VARCHAR(64)  NOT NULL,
  imported_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX group_import_source_key_idx ON group_import_source (municipality_code, source_format, source_id);
CREATE INDEX civic_group_corporate_number_idx ON civic_group (municipality_code, corporate_number);
