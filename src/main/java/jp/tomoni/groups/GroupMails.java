package jp.tomoni.groups;

import java.util.Locale;

import jp.tomoni.accounts.AccountManagement;
import jp.tomoni.mail.MailMessage;
import jp.tomoni.mail.MailOutbox;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Tells a group's applicant the outcome of the review, in Japanese (the coordinator's language is not theirs). */
@Component
class GroupMails {

	/**
	 * Looked up when a mail is sent: AccountManagement collects every PersonalDataContributor, GroupDirectory among
	 * them, and GroupDirectory needs this class, so a direct dependency would be a cycle the context cannot start with.
	 */
	private final ObjectProvider<AccountManagement> accounts;

	private final MailOutbox outbox;

	private final MessageSource messages;

	GroupMails(ObjectProvider<AccountManagement> accounts, MailOutbox outbox, MessageSource messages) {
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
		accounts.getObject().find(accountId).ifPresent(account -> {
			Object[] withName = new Object[arguments.length + 1];
			withName[0] = account.displayName();
			System.arraycopy(arguments, 0, withName, 1, arguments.length);
			outbox.send(new MailMessage(account.email(), messages.getMessage(key + ".subject", null, Locale.JAPANESE),
					messages.getMessage(key + ".body", withName, Locale.JAPANESE)));
		});
	}
}
