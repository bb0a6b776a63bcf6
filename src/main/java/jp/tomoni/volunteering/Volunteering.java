package jp.tomoni.volunteering;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import jp.tomoni.accounts.AccountManagement;
import jp.tomoni.accounts.AccountView;
import jp.tomoni.areas.AreaView;
import jp.tomoni.areas.Areas;
import jp.tomoni.groups.GroupDirectory;
import jp.tomoni.groups.GroupMembers;
import jp.tomoni.groups.GroupNotFound;
import jp.tomoni.groups.GroupStatus;
import jp.tomoni.groups.GroupSummary;
import jp.tomoni.groups.Viewer;
import jp.tomoni.municipality.Municipalities;
import jp.tomoni.shared.ActivityField;
import jp.tomoni.shared.FiscalYear;
import jp.tomoni.shared.NoticeRequested;
import jp.tomoni.shared.NoticeTopic;
import jp.tomoni.volunteering.Views.Actor;
import jp.tomoni.volunteering.Views.History;
import jp.tomoni.volunteering.Views.MyShift;
import jp.tomoni.volunteering.Views.OpportunityView;
import jp.tomoni.volunteering.Views.Roster;
import jp.tomoni.volunteering.Views.RosterEntry;
import jp.tomoni.volunteering.Views.ShiftRoster;
import jp.tomoni.volunteering.Views.ShiftView;
import jp.tomoni.volunteering.Views.YearHours;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Volunteer opportunities: posting with shifts, sign-up for one or several shifts, cancellation, the reminder the day
 * before, the organisers' roster with attendance and hours, and a resident's history. A sign-up holds the person's
 * lock row (nobody holds two overlapping shifts) and takes each place last, by a conditional update of the shift's
 * count in id order (no shift is overfilled, and its row is locked only from that update to the commit), on H2 as on
 * PostgreSQL (decision 0053). Every change that concerns someone else publishes a {@link NoticeRequested} in its
 * transaction.
 */
@Service
class Volunteering {

	/** Attempts of a change whose lock wait timed out (a busy shift), before the person is asked to try again. */
	private static final int ATTEMPTS = 5;

	static final int MAX_CAPACITY = 1000;

	static final BigDecimal MAX_HOURS = new BigDecimal(24);

	private final OpportunityRepository opportunities;

	private final ShiftRepository shifts;

	private final SignUpRepository signUps;

	private final PersonLockRepository personLocks;

	private final GroupDirectory groups;

	private final GroupMembers groupMembers;

	private final Areas areas;

	private final AccountManagement accounts;

	private final Municipalities municipalities;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final TransactionTemplate transactions;

	private final Clock clock;

	Volunteering(OpportunityRepository opportunities, ShiftRepository shifts, SignUpRepository signUps,
			PersonLockRepository personLocks, GroupDirectory groups, GroupMembers groupMembers, Areas areas,
			AccountManagement accounts, Municipalities municipalities, ApplicationEventPublisher events,
			MessageSource messages, PlatformTransactionManager transactionManager, Clock clock) {
		this.opportunities = opportunities;
		this.shifts = shifts;
		this.signUps = signUps;
		this.personLocks = personLocks;
		this.groups = groups;
		this.groupMembers = groupMembers;
		this.areas = areas;
		this.accounts = accounts;
		this.municipalities = municipalities;
		this.events = events;
		this.messages = messages;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/** The groups the person may post for: those they administer (approved ones only). */
	List<GroupSummary> groupsOf(long accountId) {
		return groups.groupsOf(accountId).stream().filter(g -> g.status() == GroupStatus.APPROVED).toList();
	}

	/**
	 * Posts an opportunity with its shifts, as a draft or published.
	 *
	 * @throws VolunteeringRuleViolation when a rule refuses it (the field and the reason)
	 */
	long post(Actor actor, OpportunityCommand command) {
		String organiser = organiser(actor, command);
		if (command.fieldCodes().isEmpty()) {
			throw new VolunteeringRuleViolation("fieldCodes", "volunteering.fields.required");
		}
		if (!command.fieldCodes().stream().allMatch(ActivityField::isKnown)) {
			throw new VolunteeringRuleViolation("fieldCodes", "volunteering.choice.unknown");
		}
		if (command.areaCode() != null && areas.find(command.areaCode()).isEmpty()) {
			throw new VolunteeringRuleViolation("areaCode", "volunteering.choice.unknown");
		}
		if (command.minAge() != null && command.maxAge() != null && command.maxAge() < command.minAge()) {
			throw new VolunteeringRuleViolation("maxAge", "volunteering.age.maxBelowMin");
		}
		if (command.shifts().isEmpty()) {
			throw new VolunteeringRuleViolation("shiftDates", "volunteering.shifts.required");
		}
		LocalDateTime now = now();
		for (int i = 0; i < command.shifts().size(); i++) {
			ShiftCommand shift = command.shifts().get(i);
			if (!shift.endTime().isAfter(shift.startTime())) {
				throw new VolunteeringRuleViolation("shiftDates", "volunteering.shift.endBeforeStart", i + 1);
			}
			if (!shift.date().atTime(shift.startTime()).isAfter(now)) {
				throw new VolunteeringRuleViolation("shiftDates", "volunteering.shift.past", i + 1);
			}
			if (shift.capacity() < 1 || shift.capacity() > MAX_CAPACITY) {
				throw new VolunteeringRuleViolation("shiftDates", "volunteering.shift.capacity", i + 1, MAX_CAPACITY);
			}
		}
		Long id = transactions.execute(status -> {
			Opportunity opportunity = opportunities.save(new Opportunity(code(), command, command.groupId(), organiser,
					actor.accountId(), command.publish(), clock.instant()));
			command.shifts().forEach(s -> shifts.save(new Shift(opportunity.id(), s)));
			return opportunity.id();
		});
		return id == null ? 0 : id;
	}

	void publish(Actor actor, long opportunityId) {
		transactions.executeWithoutResult(status -> managed(actor, opportunityId).publish(clock.instant()));
	}

	void close(Actor actor, long opportunityId) {
		transactions.executeWithoutResult(status -> managed(actor, opportunityId).close(clock.instant()));
	}

	/** Published opportunities with a shift today or later. */
	List<OpportunityView> published() {
		return transactions.execute(status -> opportunities.publishedFrom(code(), now().toLocalDate())
			.stream()
			.map(o -> view(o, null))
			.toList());
	}

	/** An opportunity's public page: published or closed ones for everyone, drafts for their organisers only. */
	OpportunityView find(long opportunityId, @Nullable Actor viewer) {
		return transactions.execute(status -> {
			Opportunity opportunity = any(opportunityId);
			if (opportunity.status() == OpportunityStatus.DRAFT && (viewer == null || !may(viewer, opportunity))) {
				throw new VolunteeringNotFound("opportunity " + opportunityId);
			}
			return view(opportunity, viewer == null ? null : viewer.accountId());
		});
	}

	/** The opportunities the person manages (their groups' and their own; every one for staff), newest first. */
	List<OpportunityView> managed(Actor actor) {
		return transactions.execute(status -> {
			List<Opportunity> list = actor.staff() ? opportunities.allOf(code())
					: opportunities.managedBy(code(), actor.accountId(), groupIds(actor.accountId()));
			return list.stream().map(o -> view(o, null)).toList();
		});
	}

	/**
	 * Signs the person up for the chosen shifts of one opportunity, all or none. Refused: no shift chosen, a shift
	 * already begun, one full, one they already hold, two of them or one of them and a shift they already hold that
	 * overlap. The group's administrators are told.
	 * <p>
	 * Everything is read, checked and written first (under the person's own lock only); the places are taken last,
	 * by a conditional update of each shift's count in id order, so a shift's row is locked only from that update to
	 * the commit and 50 residents pressing at once do not wait for each other's look-ups and notices (decision 0053).
	 *
	 * @return the ids of the new sign-ups
	 */
	List<Long> signUp(long accountId, long opportunityId, Set<Long> shiftIds) {
		if (shiftIds.isEmpty()) {
			throw new VolunteeringRuleViolation("shiftIds", "volunteering.signUp.noShift");
		}
		ensurePersonLockRow(accountId);
		try {
			return retrying(() -> transactions.execute(status -> {
				// The person's own requests one at a time: two of them at once cannot book overlapping shifts.
				personLocks.lock(accountId).orElseThrow();
				Opportunity opportunity = any(opportunityId);
				if (!opportunity.isPublished()) {
					throw new VolunteeringRuleViolation("shiftIds", "volunteering.signUp.notOpen");
				}
				// The opportunity's shifts (a handful) rather than an "in" list: a query Hibernate translates once.
				List<Shift> chosen = shifts.findByOpportunityIdOrderByDateAscStartTimeAscIdAsc(opportunityId)
					.stream()
					.filter(s -> shiftIds.contains(s.id()))
					.sorted(Comparator.comparing(Shift::id))
					.toList();
				if (chosen.size() != shiftIds.size()) {
					throw new VolunteeringNotFound("shift of opportunity " + opportunityId);
				}
				LocalDateTime now = now();
				List<Shift> held = shifts.heldBy(accountId);
				for (Shift shift : chosen) {
					if (!shift.start().isAfter(now)) {
						throw new VolunteeringRuleViolation("shiftIds", "volunteering.signUp.begun", label(shift));
					}
					if (held.stream().anyMatch(h -> h.id().equals(shift.id()))) {
						throw new VolunteeringRuleViolation("shiftIds", "volunteering.signUp.already", label(shift));
					}
					for (Shift other : held) {
						if (shift.overlaps(other)) {
							throw new VolunteeringRuleViolation("shiftIds", "volunteering.signUp.overlap", label(shift),
									label(other));
						}
					}
					for (Shift other : chosen) {
						if (other != shift && shift.overlaps(other)) {
							throw new VolunteeringRuleViolation("shiftIds", "volunteering.signUp.overlapChosen",
									label(shift), label(other));
						}
					}
				}
				for (Shift shift : chosen) {
					// Full as last committed: refused at once, without writing or waiting (take() decides in the end).
					if (shift.taken() >= shift.capacity()) {
						throw full(shift);
					}
				}
				List<Long> ids = new ArrayList<>();
				for (Shift shift : chosen) {
					ids.add(signUps.save(new SignUp(code(), opportunityId, shift.id(), accountId, clock.instant())).id());
				}
				tellOrganisers(opportunity, "volunteering.notice.signedUp", name(accountId),
						chosen.stream().map(this::label).collect(Collectors.joining("、")));
				// Last, in id order: take() flushes the sign-ups and the notices, then locks the shift's row until
				// the commit. A full shift rolls the whole request back.
				for (Shift shift : chosen) {
					if (shifts.take(shift.id()) == 0) {
						throw full(shift);
					}
				}
				return ids;
			}));
		}
		catch (DataIntegrityViolationException twice) {
			throw new VolunteeringRuleViolation("shiftIds", "volunteering.signUp.already", "");
		}
	}

	private VolunteeringRuleViolation full(Shift shift) {
		return new VolunteeringRuleViolation("shiftIds", "volunteering.signUp.full", label(shift));
	}

	/**
	 * The person cancels their sign-up until the shift begins; the place is free again; the organisers are told. As
	 * in {@link #signUp}, the shift's row is locked only by the last statement, the one that gives the place back.
	 */
	void cancel(long accountId, long signUpId) {
		SignUp found = signUps.findById(signUpId)
			.filter(s -> s.accountId() == accountId && s.municipalityCode().equals(code()))
			.orElseThrow(() -> new VolunteeringNotFound("sign-up " + signUpId));
		retrying(() -> transactions.execute(status -> {
			Shift shift = shifts.findById(found.shiftId()).orElseThrow();
			if (!shift.start().isAfter(now())) {
				throw new VolunteeringRuleViolation("signUp", "volunteering.cancel.begun");
			}
			// Only the request that moves it from signed up to cancelled gives the place back.
			if (signUps.cancel(signUpId, clock.instant()) == 0) {
				throw new VolunteeringRuleViolation("signUp", "volunteering.signUp.alreadyCancelled");
			}
			tellOrganisers(any(found.opportunityId()), "volunteering.notice.cancelled", name(accountId), label(shift));
			shifts.release(shift.id());
			return null;
		}));
	}

	/** The organisers' page: every shift with its sign-ups; attendance may be recorded once a shift began. */
	Roster roster(Actor actor, long opportunityId) {
		return transactions.execute(status -> {
			Opportunity opportunity = managed(actor, opportunityId);
			OpportunityView view = view(opportunity, null);
			List<Shift> list = shifts.findByOpportunityIdOrderByDateAscStartTimeAscIdAsc(opportunityId);
			Map<Long, List<SignUp>> byShift = signUps.findByShiftIdInOrderByIdAsc(list.stream().map(Shift::id).toList())
				.stream()
				.collect(Collectors.groupingBy(SignUp::shiftId));
			Map<Long, AccountView> people = new HashMap<>();
			List<ShiftRoster> rosters = new ArrayList<>();
			LocalDateTime now = now();
			for (int i = 0; i < list.size(); i++) {
				Shift shift = list.get(i);
				List<RosterEntry> entries = new ArrayList<>();
				for (SignUp s : byShift.getOrDefault(shift.id(), List.of())) {
					AccountView account = people.computeIfAbsent(s.accountId(), id -> accounts.find(id).orElse(null));
					if (account != null) {
						entries.add(new RosterEntry(s.id(), account.fullName(), account.fullNameKana(), s.status(),
								s.attendance(), s.hours()));
					}
				}
				rosters.add(new ShiftRoster(view.shifts().get(i), !shift.start().isAfter(now), entries));
			}
			return new Roster(view, rosters);
		});
	}

	/**
	 * The organiser records whether the person came and, if so, their hours (in steps of half an hour, more than 0
	 * and at most 24), once the shift began. The person is told.
	 */
	void recordAttendance(Actor actor, long signUpId, Attendance attendance, @Nullable BigDecimal hours) {
		transactions.executeWithoutResult(status -> {
			SignUp signUp = signUps.findById(signUpId)
				.filter(s -> s.municipalityCode().equals(code()))
				.orElseThrow(() -> new VolunteeringNotFound("sign-up " + signUpId));
			Opportunity opportunity = managed(actor, signUp.opportunityId());
			Shift shift = shifts.findById(signUp.shiftId()).orElseThrow();
			if (shift.start().isAfter(now())) {
				throw new VolunteeringRuleViolation("attendance", "volunteering.attendance.notBegun");
			}
			BigDecimal checked = BigDecimal.ZERO;
			if (attendance == Attendance.ATTENDED) {
				checked = checkedHours(hours);
			}
			signUp.record(attendance, checked, clock.instant());
			String subject = text("volunteering.notice.attendance.subject", opportunity.title());
			String body = attendance == Attendance.ATTENDED
					? text("volunteering.notice.attended.body", opportunity.title(), label(shift), checked.toPlainString())
					: text("volunteering.notice.absent.body", opportunity.title(), label(shift));
			events.publishEvent(new NoticeRequested(Set.of(signUp.accountId()), NoticeTopic.VOLUNTEERING, subject, body,
					"/account/volunteering"));
		});
	}

	/** Hours in half-hour steps, above 0 and at most 24. */
	static BigDecimal checkedHours(@Nullable BigDecimal hours) {
		if (hours == null) {
			throw new VolunteeringRuleViolation("hours", "volunteering.hours.required");
		}
		if (hours.signum() <= 0 || hours.compareTo(MAX_HOURS) > 0
				|| hours.multiply(BigDecimal.TWO).stripTrailingZeros().scale() > 0) {
			throw new VolunteeringRuleViolation("hours", "volunteering.hours.invalid");
		}
		return hours.setScale(1);
	}

	/** The person's shifts, coming and past, and their hours per 年度. */
	History history(long accountId) {
		return transactions.execute(status -> {
			List<MyShift> all = mine(accountId);
			LocalDateTime now = now();
			List<MyShift> upcoming = all.stream()
				.filter(s -> !s.cancelled() && s.date().atTime(s.endTime()).isAfter(now))
				.sorted(Comparator.comparing(MyShift::date).thenComparing(MyShift::startTime))
				.toList();
			List<MyShift> past = all.stream()
				.filter(s -> !upcoming.contains(s))
				.sorted(Comparator.comparing(MyShift::date).thenComparing(MyShift::startTime).reversed())
				.toList();
			Map<FiscalYear, List<MyShift>> attended = new TreeMap<>(Comparator.reverseOrder());
			all.stream()
				.filter(s -> s.attendance() == Attendance.ATTENDED)
				.forEach(s -> attended.computeIfAbsent(FiscalYear.of(s.date()), y -> new ArrayList<>()).add(s));
			List<YearHours> years = attended.entrySet()
				.stream()
				.map(e -> new YearHours(e.getKey(),
						e.getValue().stream().map(MyShift::hours).reduce(BigDecimal.ZERO.setScale(1), BigDecimal::add),
						e.getValue().size()))
				.toList();
			return new History(upcoming, past, years);
		});
	}

	/** The attended shifts of a 年度, oldest first, for the certificate. */
	List<MyShift> attended(long accountId, FiscalYear year) {
		return transactions.execute(status -> mine(accountId).stream()
			.filter(s -> s.attendance() == Attendance.ATTENDED && FiscalYear.of(s.date()).equals(year))
			.sorted(Comparator.comparing(MyShift::date).thenComparing(MyShift::startTime))
			.toList());
	}

	String fullName(long accountId) {
		return accounts.find(accountId).map(AccountView::fullName).orElse("");
	}

	/**
	 * Tells everyone signed up for a shift held on {@code day} (of a published opportunity) the day before. Each
	 * sign-up is reminded at most once, even when the job runs twice or on two instances at a time.
	 *
	 * @return how many reminders were asked for
	 */
	int sendReminders(LocalDate day) {
		int sent = 0;
		for (Shift shift : shifts.findByDate(day)) {
			Integer count = transactions.execute(status -> {
				Opportunity opportunity = opportunities.findById(shift.opportunityId()).orElse(null);
				if (opportunity == null || !opportunity.isPublished()) {
					return 0;
				}
				int told = 0;
				for (SignUp signUp : signUps.dueForReminder(List.of(shift.id()))) {
					if (signUps.markReminded(signUp.id(), clock.instant()) == 1) {
						events.publishEvent(new NoticeRequested(Set.of(signUp.accountId()), NoticeTopic.VOLUNTEERING,
								text("volunteering.notice.reminder.subject", opportunity.title()),
								text("volunteering.notice.reminder.body", opportunity.title(), label(shift),
										shift.place(), opportunity.whatToBring() == null ? "-" : opportunity.whatToBring()),
								"/volunteering/" + opportunity.id()));
						told++;
					}
				}
				return told;
			});
			sent += count == null ? 0 : count;
		}
		return sent;
	}

	private List<MyShift> mine(long accountId) {
		LocalDateTime now = now();
		String code = code();
		List<SignUp> list = signUps.findByAccountIdOrderByCreatedAtDesc(accountId)
			.stream()
			.filter(s -> s.municipalityCode().equals(code))
			.toList();
		Map<Long, Shift> shiftById = shifts.findByIdIn(list.stream().map(SignUp::shiftId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(Shift::id, s -> s));
		Map<Long, Opportunity> opportunityById = opportunities
			.findAllById(list.stream().map(SignUp::opportunityId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(Opportunity::id, o -> o));
		return list.stream().map(s -> {
			Shift shift = shiftById.get(s.shiftId());
			Opportunity o = opportunityById.get(s.opportunityId());
			return new MyShift(s.id(), o.id(), o.title(), o.organiserName(), shift.date(), shift.startTime(),
					shift.endTime(), shift.place(), s.status(), s.attendance(), s.hours(),
					s.isActive() && shift.start().isAfter(now));
		}).toList();
	}

	private OpportunityView view(Opportunity o, @Nullable Long accountId) {
		List<Shift> list = shifts.findByOpportunityIdOrderByDateAscStartTimeAscIdAsc(o.id());
		Map<Long, Long> mine = accountId == null ? Map.of()
				: signUps.activeOf(accountId)
					.stream()
					.filter(s -> s.opportunityId() == o.id())
					.collect(Collectors.toMap(SignUp::shiftId, SignUp::id, (a, b) -> a));
		LocalDateTime now = now();
		List<ShiftView> shiftViews = list.stream()
			.map(s -> new ShiftView(s.id(), s.date(), s.startTime(), s.endTime(), s.place(), s.capacity(),
					s.taken(), o.isPublished() && s.start().isAfter(now), mine.get(s.id())))
			.toList();
		String areaName = o.areaCode() == null ? null : areas.find(o.areaCode()).map(AreaView::name).orElse(null);
		return new OpportunityView(o.id(), o.title(), o.description(),
				o.fieldCodes().stream().sorted().toList(), areaName, o.groupId(), o.organiserName(), o.whatToBring(),
				o.skillsWanted(), o.minAge(), o.maxAge(), o.status(), shiftViews);
	}

	private String organiser(Actor actor, OpportunityCommand command) {
		if (command.groupId() == null) {
			if (!actor.staff()) {
				throw new VolunteeringRuleViolation("groupId", "volunteering.group.required");
			}
			if (command.organiserName() == null || command.organiserName().isBlank()) {
				throw new VolunteeringRuleViolation("organiserName", "volunteering.organiser.required");
			}
			return command.organiserName();
		}
		if (!actor.staff() && !groupMembers.administers(actor.accountId(), command.groupId())) {
			throw new VolunteeringRuleViolation("groupId", "volunteering.group.notYours");
		}
		try {
			GroupSummary group = groups.profile(command.groupId(), Viewer.ANONYMOUS).summary();
			if (group.status() != GroupStatus.APPROVED) {
				throw new VolunteeringRuleViolation("groupId", "volunteering.group.notYours");
			}
			return group.name();
		}
		catch (GroupNotFound notFound) {
			throw new VolunteeringRuleViolation("groupId", "volunteering.group.notYours");
		}
	}

	private void tellOrganisers(Opportunity opportunity, String key, String who, String shiftsText) {
		Set<Long> recipients = new LinkedHashSet<>();
		if (opportunity.groupId() != null) {
			recipients.addAll(groupMembers.administratorsOf(opportunity.groupId()));
		}
		else {
			recipients.add(opportunity.createdBy());
		}
		if (recipients.isEmpty()) {
			return;
		}
		events.publishEvent(new NoticeRequested(recipients, NoticeTopic.VOLUNTEERING,
				text(key + ".subject", opportunity.title()), text(key + ".body", opportunity.title(), who, shiftsText),
				"/account/volunteering/opportunities/" + opportunity.id()));
	}

	private Opportunity any(long opportunityId) {
		return opportunities.findById(opportunityId)
			.filter(o -> o.municipalityCode().equals(code()))
			.orElseThrow(() -> new VolunteeringNotFound("opportunity " + opportunityId));
	}

	private Opportunity managed(Actor actor, long opportunityId) {
		Opportunity opportunity = any(opportunityId);
		if (!may(actor, opportunity)) {
			throw new VolunteeringNotFound("opportunity " + opportunityId);
		}
		return opportunity;
	}

	private boolean may(Actor actor, Opportunity opportunity) {
		return actor.staff() || opportunity.createdBy() == actor.accountId()
				|| (opportunity.groupId() != null && groupMembers.administers(actor.accountId(), opportunity.groupId()));
	}

	private Set<Long> groupIds(long accountId) {
		Set<Long> ids = groups.groupsOf(accountId).stream().map(GroupSummary::id).collect(Collectors.toSet());
		return ids.isEmpty() ? Set.of(-1L) : ids;
	}

	private String name(long accountId) {
		return accounts.find(accountId).map(AccountView::fullName).orElse("");
	}

	/** 「2026年5月10日(日) 9:00〜12:00」 */
	String label(Shift shift) {
		return DateTimeFormatter.ofPattern("yyyy年M月d日(E) ", Locale.JAPAN).format(shift.date())
				+ shift.startTime().format(DateTimeFormatter.ofPattern("H:mm")) + "〜"
				+ shift.endTime().format(DateTimeFormatter.ofPattern("H:mm"));
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, Locale.JAPANESE);
	}

	private LocalDateTime now() {
		return LocalDateTime.now(clock.withZone(FiscalYear.JAPAN));
	}

	private String code() {
		return municipalities.current().code();
	}

	/** The person's lock row exists before their first sign-up locks it; two first sign-ups may race here. */
	private void ensurePersonLockRow(long accountId) {
		if (personLocks.existsById(accountId)) {
			return;
		}
		try {
			transactions.executeWithoutResult(status -> personLocks.saveAndFlush(new PersonLock(accountId)));
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
					throw new VolunteeringRuleViolation("shiftIds", "volunteering.busy");
				}
			}
		}
	}
}
