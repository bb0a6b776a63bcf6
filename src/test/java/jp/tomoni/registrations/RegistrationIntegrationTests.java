package jp.tomoni.registrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jp.tomoni.TomoniIntegrationTest;
import jp.tomoni.accounts.AccountManagement;
import jp.tomoni.audit.AuditLog;
import jp.tomoni.events.EventManagement;
import jp.tomoni.events.Events;
import jp.tomoni.mail.MailOutbox;
import jp.tomoni.mail.OutboxMailView;
import jp.tomoni.municipality.Municipalities;
import jp.tomoni.registrations.RegistrationFixtures.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Registration against the database: no overbooking under concurrent requests, the waiting list moving up on a
 * cancellation with both mails, double registration, the deadline and the start, a cancelled date, the reminder sent
 * once, personal data and account deletion.
 */
@TomoniIntegrationTest
class RegistrationIntegrationTests {

	@Autowired
	EventRegistrations registrations;

	@Autowired
	RegistrationRepository repository;

	@Autowired
	RegistrationDateLockRepository locks;

	@Autowired
	DateLedger ledger;

	@Autowired
	RegistrationMails mails;

	@Autowired
	EventManagement management;

	@Autowired
	Events events;

	@Autowired
	AccountManagement accounts;

	@Autowired
	AuditLog auditLog;

	@Autowired
	Municipalities municipalities;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	UserDetailsService users;

	@Autowired
	MailOutbox outbox;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	RegistrationFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new RegistrationFixtures(accounts, users, management, events, outbox);
	}

	private String subject(String key, String eventName) {
		return messages.getMessage(key + ".subject", new Object[] { eventName }, Locale.JAPANESE);
	}

	private List<String> subjectsTo(Person person) {
		return fixtures.mailsTo(person.email()).stream().map(OutboxMailView::subject).toList();
	}

	private static RegistrationCommand one() {
		return new RegistrationCommand(1, null);
	}

	/** The facade as it would run at another time. */
	private EventRegistrations at(Clock other) {
		return new EventRegistrations(repository, locks, ledger, mails, events, management, accounts, auditLog,
				municipalities, transactionManager, other);
	}

	@Test
	void twentyResidentsPressingAtOnceNeverOverbookAFiveSeatDate() throws Exception {
		long eventId = fixtures.event("同時申込みの講座" + RegistrationFixtures.unique(), 5, RegistrationFixtures.inDays(10));
		long dateId = fixtures.dateOf(eventId, 0);
		List<Person> people = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			people.add(fixtures.person());
		}
		CountDownLatch start = new CountDownLatch(1);
		List<Future<RegistrationOutcome>> results = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(20)) {
			for (Person person : people) {
				Callable<RegistrationOutcome> register = () -> {
					start.await();
					return registrations.register(person.id(), dateId, one());
				};
				results.add(pool.submit(register));
			}
			start.countDown();
			List<RegistrationOutcome> outcomes = new ArrayList<>();
			for (Future<RegistrationOutcome> result : results) {
				outcomes.add(result.get());
			}
			assertThat(outcomes).filteredOn(o -> o.status() == RegistrationStatus.REGISTERED).hasSize(5);
			assertThat(outcomes).filteredOn(o -> o.status() == RegistrationStatus.WAITING)
				.hasSize(15)
				.extracting(RegistrationOutcome::waitingPosition)
				.containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(1, 15).boxed().toList());
		}
		assertThat(repository.placesTaken(dateId)).isEqualTo(5);
		assertThat(repository.waitingList(dateId)).hasSize(15);
		DateAvailability date = registrations.availability(eventId, null, false).orElseThrow().dates().getFirst();
		assertThat(date.placesLeft()).isZero();
		assertThat(date.full()).isTrue();
		assertThat(date.waiting()).isEqualTo(15);
	}

	@Test
	void aCancellationMovesTheFirstWaitingPersonUpAndBothReceiveMail() {
		String name = "繰り上がりの講座" + RegistrationFixtures.unique();
		long eventId = fixtures.event(name, 2, RegistrationFixtures.inDays(7), RegistrationFixtures.inDays(14));
		long dateId = fixtures.dateOf(eventId, 0);
		Person first = fixtures.person();
		Person second = fixtures.person();
		Person third = fixtures.person();
		Person fourth = fixtures.person();
		RegistrationOutcome a = registrations.register(first.id(), dateId, new RegistrationCommand(1, "車いすで参加します"));
		registrations.register(second.id(), dateId, one());
		RegistrationOutcome c = registrations.register(third.id(), dateId, one());
		RegistrationOutcome d = registrations.register(fourth.id(), dateId, one());
		assertThat(a.status()).isEqualTo(RegistrationStatus.REGISTERED);
		assertThat(c.waitingPosition()).isEqualTo(1);
		assertThat(d.waitingPosition()).isEqualTo(2);
		assertThat(subjectsTo(third)).contains(subject("mail.registration.waiting", name));

		registrations.cancel(first.id(), a.registrationId());

		assertThat(registrations.mine(third.id())).singleElement().satisfies(r -> {
			assertThat(r.status()).isEqualTo(RegistrationStatus.REGISTERED);
			assertThat(r.waitingPosition()).isNull();
		});
		assertThat(registrations.mine(fourth.id())).singleElement()
			.satisfies(r -> assertThat(r.waitingPosition()).isEqualTo(1));
		assertThat(subjectsTo(first)).contains(subject("mail.registration.cancelled", name));
		assertThat(subjectsTo(third)).contains(subject("mail.registration.promoted", name));
		assertThat(subjectsTo(fourth)).doesNotContain(subject("mail.registration.promoted", name));
		assertThat(registrations.mine(first.id())).singleElement().satisfies(r -> {
			assertThat(r.status()).isEqualTo(RegistrationStatus.CANCELLED);
			assertThat(r.cancellable()).isFalse();
		});
		// The other date is untouched, and the canceller may register again.
		assertThat(repository.placesTaken(fixtures.dateOf(eventId, 1))).isZero();
		assertThat(registrations.register(first.id(), dateId, one()).waitingPosition()).isEqualTo(2);
	}

	@Test
	void nobodyRegistersTwiceForOneDateNorCancelsAnotherPersonsRegistration() {
		long eventId = fixtures.event("二重申込みの講座" + RegistrationFixtures.unique(), 3, RegistrationFixtures.inDays(5));
		long dateId = fixtures.dateOf(eventId, 0);
		Person person = fixtures.person();
		RegistrationOutcome outcome = registrations.register(person.id(), dateId, one());
		assertThatThrownBy(() -> registrations.register(person.id(), dateId, one()))
			.isInstanceOfSatisfying(RegistrationRuleViolation.class,
					v -> assertThat(v.code()).isEqualTo("registration.already"));
		Person other = fixtures.person();
		assertThatThrownBy(() -> registrations.cancel(other.id(), outcome.registrationId()))
			.isInstanceOf(RegistrationNotFound.class);
		assertThatThrownBy(() -> registrations.register(person.id(), 999_999_999L, one()))
			.isInstanceOf(RegistrationNotFound.class);
	}

	@Test
	void registrationClosesAtTheDeadlineAndWhenTheDateHasStarted() {
		LocalDateTime deadline = LocalDateTime.now(RegistrationFixtures.JAPAN).minusHours(1);
		long closed = management.create(fixtures.staff(), RegistrationFixtures.command(
				"締切済みの講座" + RegistrationFixtures.unique(), 10, deadline, null, List.of(RegistrationFixtures.inDays(3))));
		Person person = fixtures.person();
		assertThatThrownBy(() -> registrations.register(person.id(), fixtures.dateOf(closed, 0), one()))
			.isInstanceOfSatisfying(RegistrationRuleViolation.class,
					v -> assertThat(v.code()).isEqualTo("registration.closed.deadline"));

		long eventId = fixtures.event("開始済みの講座" + RegistrationFixtures.unique(), 10, RegistrationFixtures.inDays(3));
		long dateId = fixtures.dateOf(eventId, 0);
		RegistrationOutcome early = registrations.register(person.id(), dateId, one());
		EventRegistrations threeDaysLater = at(Clock.offset(clock, Duration.ofDays(4)));
		Person late = fixtures.person();
		assertThatThrownBy(() -> threeDaysLater.register(late.id(), dateId, one()))
			.isInstanceOfSatisfying(RegistrationRuleViolation.class,
					v -> assertThat(v.code()).isEqualTo("registration.closed.started"));
		assertThatThrownBy(() -> threeDaysLater.cancel(person.id(), early.registrationId()))
			.isInstanceOfSatisfying(RegistrationRuleViolation.class,
					v -> assertThat(v.code()).isEqualTo("registration.cancel.started"));
	}

	@Test
	void aCancelledDateOrEventCancelsItsRegistrationsWithMail() {
		String name = "中止になる講座" + RegistrationFixtures.unique();
		long eventId = fixtures.event(name, 1, RegistrationFixtures.inDays(8), RegistrationFixtures.inDays(15));
		long firstDate = fixtures.dateOf(eventId, 0);
		long secondDate = fixtures.dateOf(eventId, 1);
		Person registered = fixtures.person();
		Person waiting = fixtures.person();
		registrations.register(registered.id(), firstDate, one());
		registrations.register(waiting.id(), firstDate, one());
		registrations.register(waiting.id(), secondDate, one());

		management.cancelDate(fixtures.staff(), eventId, firstDate, "台風の接近のため");

		assertThat(repository.findByDateIdAndStatusInOrderByIdAsc(firstDate,
				java.util.EnumSet.of(RegistrationStatus.REGISTERED, RegistrationStatus.WAITING))).isEmpty();
		assertThat(subjectsTo(registered)).contains(subject("mail.registration.eventCancelled", name));
		assertThat(fixtures.mailsTo(waiting.email()))
			.filteredOn(m -> m.subject().equals(subject("mail.registration.eventCancelled", name)))
			.singleElement()
			.satisfies(m -> assertThat(m.body()).contains("台風の接近のため"));
		assertThat(repository.placesTaken(secondDate)).isEqualTo(1);

		management.cancel(fixtures.staff(), eventId, "講師の都合のため");
		assertThat(registrations.mine(waiting.id())).allSatisfy(r -> {
			assertThat(r.status()).isEqualTo(RegistrationStatus.CANCELLED);
			assertThat(r.cancellable()).isFalse();
		});
		assertThat(registrations.mine(waiting.id())).extracting(RegistrationView::cancellation)
			.containsExactlyInAnyOrder(Cancellation.DATE_CANCELLED, Cancellation.EVENT_CANCELLED);
	}

	@Test
	void theReminderTheDayBeforeGoesOncePerRegistrationEvenWhenTheJobRunsTwice() {
		String name = "前日のお知らせの講座" + RegistrationFixtures.unique();
		java.time.LocalDate day = RegistrationFixtures.inDays(6);
		long eventId = fixtures.event(name, 1, day);
		long dateId = fixtures.dateOf(eventId, 0);
		Person registered = fixtures.person();
		Person waiting = fixtures.person();
		registrations.register(registered.id(), dateId, one());
		registrations.register(waiting.id(), dateId, one());

		Clock dayBefore = Clock.fixed(day.minusDays(1).atTime(8, 0).atZone(RegistrationFixtures.JAPAN).toInstant(),
				RegistrationFixtures.JAPAN);
		RegistrationReminderJob job = new RegistrationReminderJob(registrations, dayBefore, RegistrationFixtures.JAPAN);
		job.run();
		job.run();
		assertThat(registrations.sendReminders(day)).isZero();

		String reminder = subject("mail.registration.reminder", name);
		assertThat(subjectsTo(registered)).filteredOn(reminder::equals).hasSize(1);
		assertThat(subjectsTo(waiting)).doesNotContain(reminder);
		assertThat(jdbc.queryForObject("select count(*) from event_registration where date_id = ? and reminded_at is not null",
				Long.class, dateId)).isEqualTo(1);
	}

	@Test
	void theRegistrationsAreInThePersonalDataAndDeletingTheAccountFreesThePlace() {
		String name = "個人情報の講座" + RegistrationFixtures.unique();
		long eventId = fixtures.event(name, 1, RegistrationFixtures.inDays(9));
		long dateId = fixtures.dateOf(eventId, 0);
		Person leaving = fixtures.person();
		Person waiting = fixtures.person();
		registrations.register(leaving.id(), dateId, new RegistrationCommand(1, "手話通訳をお願いします"));
		registrations.register(waiting.id(), dateId, one());

		assertThat(accounts.exportPersonalData(leaving.id())).extractingByKey("registrations")
			.asString()
			.contains("手話通訳をお願いします", "REGISTERED", name);

		accounts.deleteAccount(leaving.id(), RegistrationFixtures.PASSWORD);

		assertThat(jdbc.queryForObject("select count(*) from event_registration where account_id = ?", Long.class,
				leaving.id())).isZero();
		assertThat(registrations.mine(waiting.id())).singleElement()
			.satisfies(r -> assertThat(r.status()).isEqualTo(RegistrationStatus.REGISTERED));
		assertThat(subjectsTo(waiting)).contains(subject("mail.registration.promoted", name));
	}
}
