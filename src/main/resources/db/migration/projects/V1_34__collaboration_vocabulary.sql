-- The vocabulary of collaboration projects (issue 6, decision 0063): the forms of collaboration (協働の形態) with the
-- zone each usually sits in on the five-zone spectrum (協働の領域) and whether it is a commission (協働委託, reviewed
-- when it stays with the same partner), and the principles of collaboration (協働の原則) used in mutual evaluation.
-- Master data kept at /admin/collaboration-forms and /admin/collaboration-principles; presets of the seeds can be
-- loaded at /admin/collaboration-presets. Shipped for the demonstration municipality (相模原市, 141500): Yamaguchi's
-- nine forms (Sagamihara's plan lists none of its own) and Sagamihara's five basic principles.
CREATE TABLE collaboration_form (
  code          VARCHAR(40)  NOT NULL PRIMARY KEY,
  name          VARCHAR(100) NOT NULL,
  name_en       VARCHAR(100) NOT NULL,
  sort_order    INT          NOT NULL,
  retired       BOOLEAN      NOT NULL DEFAULT FALSE,
  default_zone  VARCHAR(20)  NOT NULL,
  commission    BOOLEAN      NOT NULL DEFAULT FALSE
);

INSERT INTO collaboration_form (code, name, name_en, sort_order, retired, default_zone, commission) VALUES
  ('co-hosting', '共催', 'Co-hosting', 10, FALSE, 'JOINT', FALSE),
  ('patronage', '後援', 'Patronage', 20, FALSE, 'CITIZEN_LED', FALSE),
  ('executive-committee', '実行委員会（協議会）', 'Executive committee (council)', 30, FALSE, 'JOINT', FALSE),
  ('adopt', 'アドプト制度（里親制度）', 'Adopt programme', 40, FALSE, 'JOINT', FALSE),
  ('business-cooperation', '事業協力', 'Project cooperation', 50, FALSE, 'JOINT', FALSE),
  ('commission', '協働委託', 'Collaborative commission', 60, FALSE, 'JOINT', TRUE),
  ('grant', '補助、助成', 'Grants and subsidies', 70, FALSE, 'CITIZEN_LED', FALSE),
  ('policy-proposal', '参画提案・政策提案', 'Participation and policy proposals', 80, FALSE, 'CITY_LED', FALSE),
  ('information-exchange', '情報提供・情報交換', 'Information sharing and exchange', 90, FALSE, 'CITY_LED', FALSE);

CREATE TABLE collaboration_principle (
  code          VARCHAR(40)   NOT NULL PRIMARY KEY,
  name          VARCHAR(100)  NOT NULL,
  name_en       VARCHAR(100)  NOT NULL,
  sort_order    INT           NOT NULL,
  retired       BOOLEAN       NOT NULL DEFAULT FALSE,
  description   VARCHAR(1000) NOT NULL DEFAULT ''
);

INSERT INTO collaboration_principle (code, name, name_en, sort_order, retired, description) VALUES
  ('mutual-understanding', '相互理解', 'Mutual understanding', 10, FALSE, ''),
  ('shared-purpose', '目的共有', 'Shared purpose', 20, FALSE, ''),
  ('role-agreement', '役割合意と協力', 'Agreed roles and cooperation', 30, FALSE, ''),
  ('autonomy', '自立', 'Independence', 40, FALSE, ''),
  ('disclosure', '透明性の確保', 'Transparency', 50, FALSE, '');
