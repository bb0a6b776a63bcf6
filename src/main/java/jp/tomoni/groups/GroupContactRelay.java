package jp.tomoni.groups;

import java.util.Locale;

import jp.tomoni.audit.AuditLog;
import jp.tomoni.audit.AuditRecord;
import jp.tomoni.mail.MailMessage;
import jp.tomoni.mail.MailOutbox;
import jp.tomoni.municipality.Municipalities;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contact relay (docs/decisions/0022): a visitor writes to a public group through its page and the message is
 * mailed to the group's contact address, whatever that address's visibility, with the visitor's address as
 * Reply-To. The group's address is never shown; the group learns the visitor's address only from the mail. The audit
 * log records that a message was relayed to which group, never its text or the sender's address.
 */
@Service
class GroupContactRelay {

	private final GroupRepository groups;

	private final Municipalities municipalities;

	private final MailOutbox outbox;

	private final MessageSource messages;

	private final AuditLog auditLog;

	GroupContactRelay(GroupRepository groups, Municipalities municipalities, MailOutbox outbox, MessageSource messages,
			AuditLog auditLog) {
		this.groups = groups;
		this.municipalities = municipalities;
		this.outbox = outbox;
		this.messages = messages;
		this.auditLog = auditLog;
	}

	/** Whether the group is public and has a contact address to relay to. */
	@Transactional(readOnly = true)
	boolean available(long groupId) {
		return target(groupId) != null;
	}

	/**
	 * Relays the message; {@link GroupNotFound} when the group is not public or has no contact address. The mail is
	 * Japanese: the group's language is not known, and the sender wrote in their own.
	 */
	@Transactional
	void relay(long groupId, ContactForm form) {
		Group group = target(groupId);
		if (group == null) {
			throw new GroupNotFound(groupId);
		}
		String senderName = oneLine(form.senderName());
		String subject = messages.getMessage("mail.groupContact.subject", new Object[] { oneLine(form.subject()) },
				Locale.JAPANESE);
		String body = messages.getMessage("mail.groupContact.body",
				new Object[] { group.name(), senderName, form.senderEmail().strip(), form.message().strip() },
				Locale.JAPANESE);
		outbox.send(new MailMessage(group.contactEmail(), subject, body, form.senderEmail().strip()));
		auditLog.record(new AuditRecord("group.contact-relayed", "group", Long.toString(groupId)));
	}

	/** A robot filled in the honeypot: nothing is sent, and the robot is not told. */
	void dropped(long groupId) {
		auditLog.record(new AuditRecord("group.contact-dropped", "group", Long.toString(groupId)), "HONEYPOT");
	}

	/** Too many messages: nothing is sent. */
	void throttled(long groupId) {
		auditLog.record(new AuditRecord("group.contact-throttled", "group", Long.toString(groupId)), "THROTTLED");
	}

	private @Nullable Group target(long groupId) {
		return groups.findById(groupId)
			.filter(g -> g.municipalityCode().equals(municipalities.current().code()))
			.filter(Group::isApproved)
			.filter(g -> g.contactEmail() != null && !g.contactEmail().isBlank())
			.orElse(null);
	}

	/** No line breaks in a mail header (the subject) or in the sender's name: no header injection. */
	static String oneLine(String text) {
		return text.replaceAll("[\\r\\n\\u0085\\u2028\\u2029]+", " ").strip();
	}
}
