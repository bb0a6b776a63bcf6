package jp.tomoni.mail;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A mail in the outbox as the back office shows it.
 *
 * @param replyTo where a reply goes, when not to the sender address
 * @param headers extra header fields (the newsletter's List-Unsubscribe), in name order
 */
public record OutboxMailView(long id, String recipient, String subject, String body, Instant createdAt,
		Instant sentAt, String delivery, @Nullable String replyTo, Map<String, String> headers) {
}
