-- The categories of what a group offers (skills, equipment, places) and seeks (members, volunteers, partners,
-- funds), the directory's facets; codes joined by commas, in the order of jp.tomoni.groups.Exchange. Searched
-- through the index only, never by SQL.
ALTER TABLE civic_group ADD COLUMN offer_kinds VARCHAR(100);
ALTER TABLE civic_group ADD COLUMN seek_kinds VARCHAR(100);
