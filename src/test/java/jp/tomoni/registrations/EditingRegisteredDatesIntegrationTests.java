package jp.tomoni.registrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import jp.tomoni.TomoniIntegrationTest;
import jp.tomoni.accounts.AccountManagement;
import jp.tomoni.events.EventCommand;
import jp.tomoni.events.EventManagement;
import jp.tomoni.events.EventRuleViolation;
import jp.tomoni.events.Events;
import jp.tomoni.mail.MailOutbox;
import jp.tomoni.registrations.RegistrationFixtures.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Editing an event's dates never orphans registrations (docs/decisions/0048): removing a date that people registered
 * for is refused, naming the date and the number of registrations; the date is cancelled instead, which mails them,
 * and may then be removed. Dates without registrations are removed as before, and kept dates keep their
 * registrations.
 */
@TomoniIntegrationTest
class EditingRegisteredDatesIntegrationTests {

	@Autowired
	EventRegistrations registrations;

	@Autowired
	RegistrationRepository repository;

	@Autowired
	EventManagement management;

	@Autowired
	Events events;

	@Autowired
	AccountManagement accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	MailOutbox outbox;

	@Autowired
	MessageSource messages;

	RegistrationFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new RegistrationFixtures(accounts, users, management, events, outbox);
	}

	private static EventCommand withDays(String name, LocalDate... days) {
		return RegistrationFixtures.command(name, 10, null, null, List.of(days));
	}

	@Test
	void aDateWithRegistrationsIsNotRemovedByAChangeButCancelledWithMailAndThenRemovable() {
		String name = "日程を変える講座" + RegistrationFixtures.unique();
		LocalDate first = RegistrationFixtures.inDays(9);
		LocalDate second = RegistrationFixtures.inDays(16);
		LocalDate third = RegistrationFixtures.inDays(23);
		long eventId = fixtures.event(name, 10, first, second, third);
		long secondDate = fixtures.dateOf(eventId, 1);
		long thirdDate = fixtures.dateOf(eventId, 2);
		Person resident = fixtures.person();
		Person another = fixtures.person();
		registrations.register(resident.id(), secondDate, new RegistrationCommand(1, null));
		registrations.register(another.id(), secondDate, new RegistrationCommand(1, null));
		registrations.register(resident.id(), thirdDate, new RegistrationCommand(1, null));

		assertThatThrownBy(() -> management.change(fixtures.staff(), eventId, withDays(name, first, third)))
			.isInstanceOfSatisfying(EventRuleViolation.class, violation -> {
				assertThat(violation.code()).isEqualTo("event.dates.removedWithRegistrations");
				assertThat(messages.getMessage(violation.code(), violation.arguments(), Locale.JAPANESE))
					.startsWith("開催日 " + second + " 10:00 には2件の申込み(キャンセル待ちを含む)があるため、変更で削除できません。")
					.contains("中止");
			});
		assertThat(events.details(eventId).orElseThrow().dates()).hasSize(3);
		assertThat(repository.findByDateIdAndStatusInOrderByIdAsc(secondDate,
				EnumSet.of(RegistrationStatus.REGISTERED, RegistrationStatus.WAITING)))
			.hasSize(2);

		// A date without registrations goes as before; the kept dates keep their ids and registrations.
		management.change(fixtures.staff(), eventId, withDays(name, second, third));
		assertThat(events.details(eventId).orElseThrow().dates()).extracting(d -> d.id())
			.containsExactly(secondDate, thirdDate);

		management.cancelDate(fixtures.staff(), eventId, secondDate, "会場の工事のため");
		assertThat(fixtures.mailsTo(another.email())).anySatisfy(m -> assertThat(m.body()).contains("会場の工事のため"));
		management.change(fixtures.staff(), eventId, withDays(name, third));
		assertThat(events.details(eventId).orElseThrow().dates()).extracting(d -> d.id()).containsExactly(thirdDate);
		assertThat(repository.placesTaken(thirdDate)).isEqualTo(1);
	}
}
