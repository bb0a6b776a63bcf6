package jp.tomoni.mail;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A plain-text mail to one recipient, already written in the recipient's language.
 *
 * @param replyTo where a reply goes instead of the sender address (the contact relay: the person who wrote), or
 * {@code null}
 * @param headers extra header fields, e.g. {@code List-Unsubscribe} and {@code List-Unsubscribe-Post} of RFC 8058
 * for the newsletter; empty for most mails
 */
public record MailMessage(String to, String subject, String body, @Nullable String replyTo, Map<String, String> headers) {

	public MailMessage {
		headers = Map.copyOf(headers);
	}

	public MailMessage(String to, String subject, String body, @Nullable String replyTo) {
		this(to, subject, body, replyTo, Map.of());
	}

	public MailMessage(String to, String subject, String body) {
		this(to, subject, body, null, Map.of());
	}
}
