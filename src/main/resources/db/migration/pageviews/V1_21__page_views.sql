-- Page views per page and day: a path and a count, nothing about the visitor (docs/decisions/0043).
CREATE TABLE page_view_daily (
  municipality_code VARCHAR(6)   NOT NULL,
  view_date         DATE         NOT NULL,
  path              VARCHAR(300) NOT NULL,
  views             BIGINT       NOT NULL,
  CONSTRAINT page_view_daily_pk PRIMARY KEY (municipality_code, view_date, path)
);
CREATE INDEX page_view_daily_date_idx ON page_view_daily (municipality_code, view_date);
