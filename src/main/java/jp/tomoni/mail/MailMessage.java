package jp.tomoni.mail;

import org.jspecify.annotations.Nullable;

/**
 * A plain-text mail to one recipient, already written in the recipient's language.
 *
 * @param replyTo where a reply goes instead of the sender address (the contact relay: the person who wrote), or
 * {@code null}
 */
public record MailMessage(String to, String subject, String body, @Nullable String replyTo) {

	public MailMessage(String to, String subject, String body) {
		this(to, subject, body, null);
	}
}
