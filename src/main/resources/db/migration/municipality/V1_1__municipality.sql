CREATE TABLE municipality (
  code      VARCHAR(6)   NOT NULL PRIMARY KEY,
  name      VARCHAR(100) NOT NULL,
  name_kana VARCHAR(200) NOT NULL
);
