package jp.tomoni.events;

import java.util.Locale;

import jp.tomoni.accounts.AccountManagement;
import jp.tomoni.mail.MailMessage;
import jp.tomoni.mail.MailOutbox;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Tells the person who entered an event the outcome of its review, in Japanese, through the mail outbox. */
@Component
class EventMails {

	/** Looked up when a mail is sent, as GroupMails does (AccountManagement depends on many modules). */
	private final ObjectProvider<AccountManagement> accounts;

	private final MailOutbox outbox;

	private final MessageSource messages;

	EventMails(ObjectProvider<AccountManagement> accounts, MailOutbox outbox, MessageSource messages) {
		this.accounts = accounts;
		this.outbox = outbox;
		this.messages = messages;
	}

	void published(Long accountId, String eventName, long eventId) {
		send(accountId, "mail.eventPublished", eventName, "/events/" + eventId);
	}

	void returned(Long accountId, String eventName, String reason, long eventId) {
		send(accountId, "mail.eventReturned", eventName, reason, "/account/events/" + eventId + "/edit");
	}

	private void send(Long accountId, String key, Object... arguments) {
		if (accountId == null) {
			return;
		}
		accounts.getObject().find(accountId).ifPresent(account -> {
			Object[] withName = new Object[arguments.length + 1];
			withName[0] = account.displayName();
			System.arraycopy(arguments, 0, withName, 1, arguments.length);
			outbox.send(new MailMessage(account.email(), messages.getMessage(key + ".subject", null, Locale.JAPANESE),
					messages.getMessage(key + ".body", withName, Locale.JAPANESE)));
		});
	}
}
