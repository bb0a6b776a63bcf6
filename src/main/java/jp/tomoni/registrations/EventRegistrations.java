package jp.tomoni.registrations;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import jp.tomoni.accounts.AccountManagement;
import jp.tomoni.accounts.AccountView;
import jp.tomoni.audit.AuditLog;
import jp.tomoni.audit.AuditRecord;
import jp.tomoni.events.EventActor;
import jp.tomoni.events.EventCancelled;
import jp.tomoni.events.EventDateView;
import jp.tomoni.events.EventDetails;
import jp.tomoni.events.EventManagement;
import jp.tomoni.events.EventOccurrenceView;
import jp.tomoni.events.EventSummary;
import jp.tomoni.events.Events;
import jp.tomoni.municipality.Municipalities;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Facade of registration for events (申込み). A signed-in resident registers for one date of an event that takes
 * registrations: with a place while the date's capacity allows, on the waiting list (キャンセル待ち) otherwise; a
 * cancellation moves the waiting list up, and everyone concerned gets a mail. Every change to a date's
 * registrations holds the date's lock row, so no date is ever overbooked (docs/decisions/0037, 0038). Rule
 * violations are {@link RegistrationRuleViolation}s with a message code; what a person may not see is
 * {@link RegistrationNotFound} (404).
 */
@Service
public class EventRegistrations {

	private static final Logger log = LoggerFactory.getLogger(EventRegistrations.class);

	/** Attempts of a change whose lock wait timed out (a busy date), before the person is asked to try again. */
	private static final int ATTEMPTS = 5;

	private static final EnumSet<RegistrationStatus> ACTIVE = EnumSet.of(RegistrationStatus.REGISTERED,
			RegistrationStatus.WAITING);

	private final RegistrationRepository registrations;

	private final RegistrationDateLockRepository locks;

	private final DateLedger ledger;

	private final RegistrationMails mails;

	private final Events events;

	private final EventManagement eventManagement;

	private final AccountManagement accounts;

	private final AuditLog auditLog;

	private final Municipalities municipalities;

	private final TransactionTemplate transactions;

	private final Clock clock;

	EventRegistrations(RegistrationRepository registrations, RegistrationDateLockRepository locks, DateLedger ledger,
			RegistrationMails mails, Events events, EventManagement eventManagement, AccountManagement accounts,
			AuditLog auditLog, Municipalities municipalities, PlatformTransactionManager transactionManager,
			Clock clock) {
		this.registrations = registrations;
		this.locks = locks;
		this.ledger = ledger;
		this.mails = mails;
		this.events = events;
		this.eventManagement = eventManagement;
		this.accounts = accounts;
		this.auditLog = auditLog;
		this.municipalities = municipalities;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/**
	 * Registers the person for one date: a place when the capacity allows it and nobody waits, the waiting list
	 * otherwise. Refused when the date takes no registration now (not taken, cancelled, deadline passed, started),
	 * when the person already registered for it, or when the number of people or the note break a rule.
	 */
	public RegistrationOutcome register(long accountId, long dateId, RegistrationCommand command) {
		EventOccurrenceView date = events.occurrence(dateId)
			.orElseThrow(() -> new RegistrationNotFound("date " + dateId));
		EventSummary event = events.find(date.eventId())
			.orElseThrow(() -> new RegistrationNotFound("date " + dateId));
		RegistrationRules.closedReason(event, date, clock).ifPresent(code -> {
			throw new RegistrationRuleViolation("dateId", code);
		});
		String note = RegistrationRules.checkedNote(command.people(), command.note(), event.capacity());
		ensureLockRow(dateId, date.eventId());
		try {
			return retrying(() -> transactions.execute(status -> {
				ledger.lock(dateId);
				if (registrations.existsByDateIdAndActiveAccountId(dateId, accountId)) {
					throw new RegistrationRuleViolation("dateId", "registration.already");
				}
				ledger.moveUp(event.capacity(), date);
				long taken = registrations.placesTaken(dateId);
				boolean someoneWaiting = !registrations.waitingList(dateId).isEmpty();
				RegistrationStatus placed = RegistrationRules.placement(event.capacity(), taken, command.people(),
						someoneWaiting);
				Registration registration = registrations.saveAndFlush(new Registration(code(), date.eventId(), dateId,
						accountId, command.people(), note, placed, clock.instant()));
				Integer position = ledger.position(registration);
				mails.received(registration, date, position);
				return new RegistrationOutcome(registration.id(), placed, position);
			}));
		}
		catch (DataIntegrityViolationException twice) {
			// The unique key behind the lock: the same person's second request for the date.
			throw new RegistrationRuleViolation("dateId", "registration.already");
		}
	}

	/**
	 * The person cancels their own registration until the date starts; the first people waiting move up into the
	 * freed places. The canceller gets a notice, each person moved up a "you are now registered" mail.
	 */
	public void cancel(long accountId, long registrationId) {
		Registration found = registrations.findById(registrationId)
			.filter(r -> r.accountId() == accountId && r.municipalityCode().equals(code()))
			.orElseThrow(() -> new RegistrationNotFound("registration " + registrationId));
		Optional<EventOccurrenceView> date = events.occurrence(found.dateId());
		if (date.isPresent() && !RegistrationRules.notStarted(date.get(), clock)) {
			throw new RegistrationRuleViolation("registration", "registration.cancel.started");
		}
		Integer capacity = events.find(found.eventId()).map(EventSummary::capacity).orElse(null);
		retrying(() -> transactions.execute(status -> {
			ledger.lock(found.dateId());
			Registration registration = registrations.findById(registrationId).orElseThrow();
			ledger.cancel(registration, Cancellation.BY_RESIDENT, capacity, date.orElse(null));
			return null;
		}));
	}

	/** The person's own registrations: the coming ones first, by date, then the past and cancelled ones. */
	public List<RegistrationView> mine(long accountId) {
		return transactions.execute(status -> registrations.findByAccountIdOrderByCreatedAtDesc(accountId)
			.stream()
			.filter(r -> r.municipalityCode().equals(code()))
			.map(r -> view(r, events.occurrence(r.dateId()).orElse(null)))
			.sorted(Comparator.comparing((RegistrationView v) -> !v.cancellable())
				.thenComparing(v -> v.date() == null ? LocalDate.MAX : v.date()))
			.toList());
	}

	/**
	 * What the event page shows for registration: per date, places left or 満席・キャンセル待ち, whether it is open,
	 * and the viewer's own registration.
	 *
	 * @param accountId the signed-in person, or {@code null} for a visitor
	 * @param staff whether they are coordinator, city staff or administrator
	 */
	public Optional<EventAvailability> availability(long eventId, @Nullable Long accountId, boolean staff) {
		return events.details(eventId).map(details -> transactions.execute(status -> {
			EventSummary event = details.summary();
			Map<Long, Tally> tallies = tally(eventId);
			Map<Long, Registration> own = accountId == null ? Map.of()
					: registrations.findByAccountId(accountId)
						.stream()
						.filter(r -> r.eventId() == eventId && r.isActive())
						.collect(Collectors.toMap(Registration::dateId, r -> r, (a, b) -> a));
			List<DateAvailability> dates = new ArrayList<>();
			for (EventDateView d : details.dates()) {
				Tally tally = tallies.getOrDefault(d.id(), Tally.NONE);
				EventOccurrenceView occurrence = occurrence(details, d);
				Registration mine = own.get(d.id());
				boolean full = event.capacity() != null && (tally.waiting() > 0 || tally.taken() >= event.capacity());
				dates.add(new DateAvailability(d.id(), d.date(), d.endDate(), d.startTime(), d.endTime(),
						occurrence.cancelled(), event.capacity(), tally.taken(),
						RegistrationRules.placesLeft(event.capacity(), tally.taken()), tally.waiting(), full,
						RegistrationRules.closedReason(event, occurrence, clock).orElse(null),
						mine == null ? null : view(mine, occurrence)));
			}
			boolean organiser = accountId != null && eventManagement.mayManage(new EventActor(accountId, staff), eventId);
			return new EventAvailability(eventId, event.takesRegistrations(), accountId != null, organiser, dates);
		}));
	}

	/** The participant list of an event for its organisers and staff; others get a 404. Audited. */
	public ParticipantList participants(EventActor actor, long eventId) {
		ParticipantList list = participantList(actor, eventId);
		auditLog.record(new AuditRecord("registration.participants-viewed", "event", Long.toString(eventId)));
		return list;
	}

	/** The same list for the CSV download. Audited as an export. */
	public ParticipantList exportParticipants(EventActor actor, long eventId) {
		ParticipantList list = participantList(actor, eventId);
		auditLog.record(new AuditRecord("registration.participants-exported", "event", Long.toString(eventId)));
		return list;
	}

	/**
	 * Mails the reminder to everyone with a place on the dates held on {@code day} (not cancelled). Each registration
	 * is reminded at most once, even when the job runs twice or on two instances at a time.
	 *
	 * @return how many reminders were sent
	 */
	public int sendReminders(LocalDate day) {
		int sent = 0;
		for (EventOccurrenceView date : events.publishedOccurrences(day, day)) {
			if (!date.date().equals(day) || date.cancelled()) {
				continue;
			}
			Integer count = transactions.execute(status -> {
				int mailed = 0;
				for (Registration registration : registrations.dueForReminder(List.of(date.dateId()))) {
					if (registrations.markReminded(registration.id(), clock.instant()) == 1) {
						mails.reminder(registration, date);
						mailed++;
					}
				}
				return mailed;
			});
			sent += count == null ? 0 : count;
		}
		return sent;
	}

	/**
	 * A cancelled date or event (中止) cancels its registrations, in the transaction of the cancellation, and tells
	 * each person with the organiser's reason.
	 */
	@EventListener
	void on(EventCancelled cancelled) {
		List<Registration> affected = cancelled.dateId() == null
				? registrations.findByEventIdAndStatusInOrderByIdAsc(cancelled.eventId(), ACTIVE)
				: registrations.findByDateIdAndStatusInOrderByIdAsc(cancelled.dateId(), ACTIVE);
		Cancellation reason = cancelled.dateId() == null ? Cancellation.EVENT_CANCELLED : Cancellation.DATE_CANCELLED;
		Map<Long, List<Registration>> byDate = affected.stream()
			.collect(Collectors.groupingBy(Registration::dateId, LinkedHashMap::new, Collectors.toList()));
		byDate.forEach((dateId, list) -> {
			ledger.lock(dateId);
			EventOccurrenceView date = events.occurrence(dateId).orElse(null);
			for (Registration registration : list) {
				registration.cancel(reason, clock.instant());
				if (date != null) {
					mails.eventCancelled(registration, date, cancelled.reason());
				}
			}
		});
		if (!affected.isEmpty()) {
			log.info("Event {} cancelled ({}): {} registrations cancelled", cancelled.eventId(),
					cancelled.dateId() == null ? "all dates" : "date " + cancelled.dateId(), affected.size());
		}
	}

	private ParticipantList participantList(EventActor actor, long eventId) {
		EventDetails details = eventManagement.managedDetails(actor, eventId);
		return transactions.execute(status -> {
			Map<Long, List<Registration>> byDate = registrations.findByEventIdAndStatusInOrderByIdAsc(eventId, ACTIVE)
				.stream()
				.collect(Collectors.groupingBy(Registration::dateId));
			Map<Long, Optional<AccountView>> people = new LinkedHashMap<>();
			List<ParticipantList.DateParticipants> dates = new ArrayList<>();
			for (EventDateView d : details.dates()) {
				List<Participant> registered = new ArrayList<>();
				List<Participant> waiting = new ArrayList<>();
				long taken = 0;
				for (Registration r : byDate.getOrDefault(d.id(), List.of())) {
					AccountView account = people.computeIfAbsent(r.accountId(), accounts::find).orElse(null);
					if (account == null) {
						continue;
					}
					boolean isWaiting = r.status() == RegistrationStatus.WAITING;
					Participant participant = new Participant(r.id(), account.fullName(), account.fullNameKana(),
							account.email(), r.people(), r.note(), r.status(), isWaiting ? waiting.size() + 1 : null,
							r.createdAt());
					if (isWaiting) {
						waiting.add(participant);
					}
					else {
						registered.add(participant);
						taken += r.people();
					}
				}
				dates.add(new ParticipantList.DateParticipants(d.id(), d.date(), d.startTime(), d.endTime(),
						d.cancelled(), taken, registered, waiting));
			}
			return new ParticipantList(eventId, details.summary().name(), details.summary().capacity(), dates);
		});
	}

	private RegistrationView view(Registration r, @Nullable EventOccurrenceView date) {
		boolean dateCancelled = date == null || date.cancelled();
		return new RegistrationView(r.id(), r.eventId(), r.dateId(),
				date == null ? "" : date.name(), date == null ? null : date.date(),
				date == null ? null : date.startTime(), date == null ? null : date.endTime(),
				date == null ? null : date.placeName(), r.people(), r.note(), r.status(), ledger.position(r),
				r.isActive() && !dateCancelled && RegistrationRules.notStarted(date, clock), dateCancelled,
				r.cancellation(), r.createdAt());
	}

	private static EventOccurrenceView occurrence(EventDetails details, EventDateView d) {
		EventSummary e = details.summary();
		return new EventOccurrenceView(e.id(), d.id(), e.name(), e.nameKana(), d.date(), d.endDate(), d.startTime(),
				d.endTime(), d.cancelled() || e.status() == jp.tomoni.events.EventStatus.CANCELLED, e.categoryCode(),
				e.summary(), e.placeName(), e.address(), e.latitude(), e.longitude());
	}

	private Map<Long, Tally> tally(long eventId) {
		Map<Long, Tally> tallies = new LinkedHashMap<>();
		for (Object[] row : registrations.tally(eventId)) {
			long dateId = ((Number) row[0]).longValue();
			RegistrationStatus status = (RegistrationStatus) row[1];
			Tally current = tallies.getOrDefault(dateId, Tally.NONE);
			tallies.put(dateId, status == RegistrationStatus.WAITING
					? new Tally(current.taken(), ((Number) row[2]).intValue())
					: new Tally(((Number) row[3]).longValue(), current.waiting()));
		}
		return tallies;
	}

	/** The date's lock row exists before the first registration locks it; two first registrations may race here. */
	private void ensureLockRow(long dateId, long eventId) {
		if (locks.existsById(dateId)) {
			return;
		}
		try {
			transactions.executeWithoutResult(status -> locks.saveAndFlush(new RegistrationDateLock(dateId, eventId)));
		}
		catch (DataIntegrityViolationException | PessimisticLockingFailureException created) {
			// Another request created it at the same time: that is all we needed.
		}
	}

	private static <T> T retrying(Supplier<T> work) {
		for (int attempt = 1;; attempt++) {
			try {
				return work.get();
			}
			catch (PessimisticLockingFailureException | PessimisticLockException | LockTimeoutException busy) {
				if (attempt >= ATTEMPTS) {
					throw new RegistrationRuleViolation("dateId", "registration.busy");
				}
			}
		}
	}

	private String code() {
		return municipalities.current().code();
	}

	private record Tally(long taken, int waiting) {

		static final Tally NONE = new Tally(0, 0);
	}

	/** Used by the reminder job: "tomorrow" in the job's time zone. */
	static LocalDate dayAfter(Clock clock) {
		return LocalDateTime.now(clock).toLocalDate().plusDays(1);
	}
}
