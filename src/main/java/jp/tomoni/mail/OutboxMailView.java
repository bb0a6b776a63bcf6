package jp.tomoni.mail;

import java.time.Instant;

/** A mail in the outbox as the back office shows it. */
public record OutboxMailView(long id, String recipient, String subject, String body, Instant createdAt,
		Instant sentAt, String delivery) {
}
