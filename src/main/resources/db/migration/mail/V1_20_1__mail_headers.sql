-- Extra header fields of a mail, one "Name: value" a line (the newsletter's List-Unsubscribe, RFC 8058).
ALTER TABLE outbox_mail ADD COLUMN headers VARCHAR(2000);
