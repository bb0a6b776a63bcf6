package jp.tomoni.shared;

import java.util.Set;

/**
 * Asks that people be told something: the notifications module keeps an in-app notice for each recipient and mails
 * it to those who have not turned off mails of the topic. Any module publishes it as a Spring application event
 * inside the transaction that made the change, so that the notice exists exactly when the change does. The texts
 * are written by the publisher, in Japanese (the platform's first language).
 *
 * @param recipients account ids of the people to tell (the person who acted is usually left out)
 * @param topic what the notice is about, for the mail preference
 * @param subject one line, also the mail's subject
 * @param body plain text, also the mail's body
 * @param link path inside the site where the matter can be seen, e.g. {@code /volunteering/12}
 */
public record NoticeRequested(Set<Long> recipients, NoticeTopic topic, String subject, String body, String link) {

	public NoticeRequested {
		recipients = Set.copyOf(recipients);
		if (!link.startsWith("/")) {
			throw new IllegalArgumentException("a notice links to a path inside the site: " + link);
		}
	}
}
