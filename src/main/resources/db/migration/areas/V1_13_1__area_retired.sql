-- A retired area is kept (groups still name it) but no longer offered in forms.
ALTER TABLE area ADD COLUMN retired BOOLEAN NOT NULL DEFAULT FALSE;
