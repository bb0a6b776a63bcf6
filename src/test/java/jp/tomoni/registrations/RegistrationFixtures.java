package jp.tomoni.registrations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import jp.tomoni.accounts.AccountManagement;
import jp.tomoni.accounts.SignUpCommand;
import jp.tomoni.events.AttendanceMode;
import jp.tomoni.events.EventActor;
import jp.tomoni.events.EventCommand;
import jp.tomoni.events.EventDateCommand;
import jp.tomoni.events.EventManagement;
import jp.tomoni.events.Events;
import jp.tomoni.mail.MailOutbox;
import jp.tomoni.mail.OutboxMailView;
import jp.tomoni.shared.SignedInPerson;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** People and events for the registration tests, each with unique names and addresses. */
final class RegistrationFixtures {

	static final String PASSWORD = "sakura-no-hana-2026";

	static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

	private final AccountManagement accounts;

	private final UserDetailsService users;

	private final EventManagement management;

	private final Events events;

	private final MailOutbox outbox;

	RegistrationFixtures(AccountManagement accounts, UserDetailsService users, EventManagement management,
			Events events, MailOutbox outbox) {
		this.accounts = accounts;
		this.users = users;
		this.management = management;
		this.events = events;
		this.outbox = outbox;
	}

	record Person(long id, String email, UserDetails details) {
	}

	static String unique() {
		StringBuilder suffix = new StringBuilder();
		for (int i = 0; i < 5; i++) {
			suffix.appendCodePoint(0x30A2 + ThreadLocalRandom.current().nextInt(40));
		}
		return suffix.toString();
	}

	Person person() {
		String email = "resident-" + System.nanoTime() + "@example.jp";
		accounts.signUp(new SignUpCommand(email, PASSWORD, "参加 太郎" + unique(), "サンカ タロウ", "さんか" + unique()));
		return new Person(accounts.findByEmail(email).orElseThrow().id(), email, users.loadUserByUsername(email));
	}

	EventActor staff() {
		return new EventActor(((SignedInPerson) users.loadUserByUsername("staff@example.jp")).accountId(), true);
	}

	static EventCommand command(String name, @Nullable Integer capacity, @Nullable LocalDateTime deadline,
			@Nullable Long organiserGroupId, List<LocalDate> days) {
		return new EventCommand(name, "サンカモウシコミ", "申込みの試験です。", "説明", "seminar", Set.of("13"), "hashimoto",
				"どなたでも", null, true, capacity, AttendanceMode.IN_PERSON, null, null, "橋本公民館", "252-0143",
				"相模原市緑区橋本1-1-1", new BigDecimal("35.594800"), new BigDecimal("139.345100"), organiserGroupId,
				organiserGroupId == null ? "相模原市協働推進課" : null, Set.of(), null, "協働 花子", "042-754-1111",
				"kyodo@example.jp", null, "このページから申し込んでください", deadline, true,
				days.stream().map(day -> new EventDateCommand(day, null, LocalTime.of(10, 0), LocalTime.of(12, 0))).toList());
	}

	/** A public event that takes registrations, entered by city staff; returns its id. */
	long event(String name, @Nullable Integer capacity, LocalDate... days) {
		return management.create(staff(), command(name, capacity, null, null, List.of(days)));
	}

	long dateOf(long eventId, int index) {
		return events.details(eventId).orElseThrow().dates().get(index).id();
	}

	static LocalDate inDays(int days) {
		return LocalDate.now(JAPAN).plusDays(days);
	}

	List<OutboxMailView> mailsTo(String email) {
		return outbox.list(email, 0, 100).getContent();
	}
}
