-- Ids of events and their dates from sequences that hand out 50 at a time (decision 0047): with IDENTITY, Hibernate
-- must insert each row at once to learn its id and cannot batch the inserts of an import. The id columns keep their
-- identity default (nothing else inserts without an id). INCREMENT BY equals the entities' allocationSize.
CREATE SEQUENCE civic_event_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE civic_event_date_seq START WITH 1 INCREMENT BY 50;

-- Existing rows: advance each sequence past max(id), once per 50 ids, so that the first block Hibernate takes
-- starts above every existing id. Neither H2 nor PostgreSQL accepts the other's way to set a sequence to a
-- computed value (setval, RESTART WITH a query); both accept nextval('…') and a recursive query.
WITH RECURSIVE steps(n) AS (
  SELECT 0
  UNION ALL
  SELECT n + 50 FROM steps WHERE n < (SELECT COALESCE(MAX(id), 0) FROM civic_event)
)
SELECT COUNT(nextval('civic_event_seq')) FROM steps;

WITH RECURSIVE steps(n) AS (
  SELECT 0
  UNION ALL
  SELECT n + 50 FROM steps WHERE n < (SELECT COALESCE(MAX(id), 0) FROM civic_event_date)
)
SELECT COUNT(nextval('civic_event_date_seq')) FROM steps;
