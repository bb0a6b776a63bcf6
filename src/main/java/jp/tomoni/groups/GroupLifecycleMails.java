package jp.tomoni.groups;

import java.util.Locale;

import jp.tomoni.accounts.AccountManagement;
import jp.tomoni.mail.MailMessage;
import jp.tomoni.mail.MailOutbox;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells a group's administrators of a suspension, removal or reinstatement and reminds them of the yearly 情報更新確認,
 * in Japanese like {@link GroupMails}.
 */
@Component
class GroupLifecycleMails {

	/** Looked up when a mail is sent, for the reason given in {@link GroupMails}. */
	private final ObjectProvider<AccountManagement> accounts;

	private final MailOutbox outbox;

	private final MessageSource messages;

	private final String baseUrl;

	private final Administrators administrators;

	GroupLifecycleMails(ObjectProvider<AccountManagement> accounts, MailOutbox outbox, MessageSource messages,
			@Value("${tomoni.base-url:}") String baseUrl, Administrators administrators) {
		this.accounts = accounts;
		this.administrators = administrators;
		this.outbox = outbox;
		this.messages = messages;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	void suspended(long groupId, String groupName, String reason) {
		send(groupId, "mail.groupSuspended", groupName, reason);
	}

	void removed(long groupId, String groupName, String reason) {
		send(groupId, "mail.groupRemoved", groupName, reason);
	}

	void reinstated(long groupId, String groupName) {
		send(groupId, "mail.groupReinstated", groupName);
	}

	/** @return whether the group has an administrator with an account to mail */
	boolean reminder(long groupId, String groupName, String fiscalYear) {
		return send(groupId, "mail.groupConfirmationReminder", groupName, fiscalYear, baseUrl + "/account/groups");
	}

	/** Mails each administrator of the group; whether there was anyone to mail. */
	private boolean send(long groupId, String key, Object... arguments) {
		boolean sent = false;
		for (long accountId : administrators.of(groupId)) {
			sent |= sendTo(accountId, key, arguments);
		}
		return sent;
	}

	private boolean sendTo(long accountId, String key, Object... arguments) {
		return accounts.getObject().find(accountId).map(account -> {
			Object[] withName = new Object[arguments.length + 1];
			withName[0] = account.displayName();
			System.arraycopy(arguments, 0, withName, 1, arguments.length);
			outbox.send(new MailMessage(account.email(), messages.getMessage(key + ".subject", null, Locale.JAPANESE),
					messages.getMessage(key + ".body", withName, Locale.JAPANESE)));
			return true;
		}).orElse(false);
	}
}
