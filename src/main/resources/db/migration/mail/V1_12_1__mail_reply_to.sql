-- The address a reply goes to (the contact relay of the group directory: the visitor who wrote).
ALTER TABLE outbox_mail ADD COLUMN reply_to VARCHAR(254);
