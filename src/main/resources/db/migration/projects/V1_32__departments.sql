-- The city's departments (担当課) that take charge of calls for proposals and collaboration projects (issue 6): master
-- data kept at /admin/departments, shipped with the organisation of the demonstration municipality (相模原市).
CREATE TABLE department (
  code        VARCHAR(40)  NOT NULL PRIMARY KEY,
  name        VARCHAR(100) NOT NULL,
  name_en     VARCHAR(100) NOT NULL,
  sort_order  INT          NOT NULL,
  retired     BOOLEAN      NOT NULL DEFAULT FALSE
);

INSERT INTO department (code, name, name_en, sort_order, retired) VALUES
  ('civic-collaboration', '市民局 市民協働推進課', 'Civic Collaboration Division, Citizens Bureau', 10, FALSE),
  ('ward-support', '市民局 区政支援課', 'Ward Support Division, Citizens Bureau', 20, FALSE),
  ('crisis-management', '危機管理局 危機管理課', 'Crisis Management Division', 30, FALSE),
  ('community-care', '健康福祉局 地域包括ケア推進課', 'Community Care Division, Health and Welfare Bureau', 40, FALSE),
  ('children-youth', 'こども・若者未来局 こども・若者政策課', 'Children and Youth Policy Division', 50, FALSE),
  ('environment', '環境経済局 環境政策課', 'Environmental Policy Division', 60, FALSE),
  ('resource-recycling', '環境経済局 資源循環推進課', 'Resource Recycling Division', 70, FALSE),
  ('parks', '都市建設局 公園課', 'Parks Division, Urban Development Bureau', 80, FALSE),
  ('roads', '都市建設局 道路計画課', 'Road Planning Division, Urban Development Bureau', 90, FALSE),
  ('lifelong-learning', '教育局 生涯学習課', 'Lifelong Learning Division, Board of Education', 100, FALSE),
  ('midori-ward', '緑区役所 地域振興課', 'Community Division, Midori Ward Office', 110, FALSE),
  ('chuo-ward', '中央区役所 地域振興課', 'Community Division, Chuo Ward Office', 120, FALSE),
  ('minami-ward', '南区役所 地域振興課', 'Community Division, Minami Ward Office', 130, FALSE);
