package jp.tomoni.groups;

import java.util.Locale;

import jp.tomoni.accounts.AccountManagement;
import jp.tomoni.mail.MailMessage;
import jp.tomoni.mail.MailOutbox;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Tells a group's applicant the outcome of the review, in Japanese (the coordinator's language is not theirs). */
@Component
class GroupMails {

	private final AccountManagement accounts;

	private final MailOutbox outbox;

	private final MessageSource messages;

	GroupMails(AccountManagement accounts, MailOutbox outbox, MessageSource messages) {
		this.accounts = accounts;
		this.outbox = outbox;
		this.messages = messages;
	}

	void approved(long ownerAccountId, String groupName) {
		send(ownerAccountId, "mail.groupApproved", groupName);
	}

	void returned(long ownerAccountId, String groupName, String reason) {
		send(ownerAccountId, "mail.groupReturned", groupName, reason);
	}

	private void send(long accountId, String key, Object... arguments) {
		accounts.find(accountId).ifPresent(account -> {
			Object[] withName = new Object[arguments.length + 1];
			withName[0] = account.displayName();
			System.arraycopy(arguments, 0, withName, 1, arguments.length);
			outbox.send(new MailMessage(account.email(), messages.getMessage(key + ".subject", null, Locale.JAPANESE),
					messages.getMessage(key + ".body", withName, Locale.JAPANESE)));
		});
	}
}
