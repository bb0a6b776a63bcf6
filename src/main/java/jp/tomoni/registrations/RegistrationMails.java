package jp.tomoni.registrations;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jp.tomoni.accounts.AccountManagement;
import jp.tomoni.events.EventOccurrenceView;
import jp.tomoni.mail.MailMessage;
import jp.tomoni.mail.MailOutbox;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The mails of registration, in Japanese, through the mail outbox (docs/decisions/0038): received (with a place or
 * on the waiting list), cancelled, moved up, the date or event cancelled, and the reminder the day before.
 */
@Component
class RegistrationMails {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu年M月d日(E)", Locale.JAPANESE);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

	/**
	 * Looked up when a mail is sent: AccountManagement collects every PersonalDataContributor, this module's among
	 * them, so a direct dependency would be a cycle (as GroupMails says).
	 */
	private final ObjectProvider<AccountManagement> accounts;

	private final MailOutbox outbox;

	private final MessageSource messages;

	private final String baseUrl;

	RegistrationMails(ObjectProvider<AccountManagement> accounts, MailOutbox outbox, MessageSource messages,
			@Value("${tomoni.base-url:}") String baseUrl) {
		this.accounts = accounts;
		this.outbox = outbox;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	void received(Registration registration, EventOccurrenceView date, @Nullable Integer position) {
		if (registration.status() == RegistrationStatus.WAITING) {
			send(registration, "mail.registration.waiting", date, registration.people(), position);
		}
		else {
			send(registration, "mail.registration.registered", date, registration.people());
		}
	}

	void cancelled(Registration registration, EventOccurrenceView date) {
		send(registration, "mail.registration.cancelled", date);
	}

	void promoted(Registration registration, EventOccurrenceView date) {
		send(registration, "mail.registration.promoted", date, registration.people());
	}

	void eventCancelled(Registration registration, EventOccurrenceView date, String reason) {
		send(registration, "mail.registration.eventCancelled", date, reason);
	}

	void reminder(Registration registration, EventOccurrenceView date) {
		send(registration, "mail.registration.reminder", date, registration.people());
	}

	/**
	 * Arguments of every mail: {0} the person's name, {1} the event, {2} the date and time, {3} the place, {4} the link
	 * to the event page, {5} the link to their registrations; then the mail's own.
	 */
	private void send(Registration registration, String key, EventOccurrenceView date, @Nullable Object... extra) {
		accounts.getObject().find(registration.accountId()).ifPresent(account -> {
			Object[] arguments = new Object[6 + extra.length];
			arguments[0] = account.displayName();
			arguments[1] = date.name();
			arguments[2] = when(date);
			arguments[3] = date.placeName() == null ? messages.getMessage("registration.place.none", null, Locale.JAPANESE)
					: date.placeName();
			arguments[4] = link("/events/" + date.eventId());
			arguments[5] = link("/account/registrations");
			System.arraycopy(extra, 0, arguments, 6, extra.length);
			outbox.send(new MailMessage(account.email(),
					messages.getMessage(key + ".subject", new Object[] { date.name() }, Locale.JAPANESE),
					messages.getMessage(key + ".body", arguments, Locale.JAPANESE)));
		});
	}

	/** 2026年9月5日(土) 10:00〜12:00, as a Japanese reader expects it. */
	static String when(EventOccurrenceView date) {
		StringBuilder text = new StringBuilder(DAY.format(date.date()));
		LocalTime start = date.startTime();
		if (start != null) {
			text.append(' ').append(TIME.format(start));
			if (date.endTime() != null) {
				text.append('〜').append(TIME.format(date.endTime()));
			}
		}
		if (date.endDate() != null && !date.endDate().equals(date.date())) {
			text.append(" 〜 ").append(DAY.format(date.endDate()));
		}
		return text.toString();
	}

	private String link(String path) {
		String base;
		if (!baseUrl.isBlank()) {
			base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		}
		else {
			base = RequestContextHolder.getRequestAttributes() != null
					? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString() : "http://localhost:8080";
		}
		return base + path;
	}
}
