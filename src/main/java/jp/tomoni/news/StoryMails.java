package jp.tomoni.news;

import java.util.Locale;

import jp.tomoni.accounts.AccountManagement;
import jp.tomoni.mail.MailMessage;
import jp.tomoni.mail.MailOutbox;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Tells a story's author, in Japanese, that an editor asked for changes or published it. */
@Component
class StoryMails {

	/**
	 * Looked up when a mail is sent: AccountManagement collects every PersonalDataContributor, CaseStories among
	 * them, and CaseStories needs this class, so a direct dependency would be a cycle.
	 */
	private final ObjectProvider<AccountManagement> accounts;

	private final MailOutbox outbox;

	private final MessageSource messages;

	StoryMails(ObjectProvider<AccountManagement> accounts, MailOutbox outbox, MessageSource messages) {
		this.accounts = accounts;
		this.outbox = outbox;
		this.messages = messages;
	}

	void changesRequested(long authorAccountId, String title, String comment, String link) {
		send(authorAccountId, "mail.storyChangesRequested", title, comment, link);
	}

	void published(long authorAccountId, String title, String link) {
		send(authorAccountId, "mail.storyPublished", title, link);
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
