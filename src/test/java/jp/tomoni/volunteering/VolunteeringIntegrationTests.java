package jp.tomoni.volunteering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import jp.tomoni.TomoniIntegrationTest;
import jp.tomoni.accounts.AccountManagement;
import jp.tomoni.accounts.SignUpCommand;
import jp.tomoni.areas.Areas;
import jp.tomoni.groups.GroupDirectory;
import jp.tomoni.groups.GroupMembers;
import jp.tomoni.municipality.Municipalities;
import jp.tomoni.shared.FiscalYear;
import jp.tomoni.shared.NoticeRequested;
import jp.tomoni.shared.NoticeTopic;
import jp.tomoni.shared.PersonalDataContributor.PersonRef;
import jp.tomoni.shared.SignedInPerson;
import jp.tomoni.volunteering.Views.Actor;
import jp.tomoni.volunteering.Views.History;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Volunteering against the database: no overfilled shift when 30 residents press at once or when cancellations and
 * sign-ups race, a place given back once per cancelled sign-up, overlapping shifts refused for one person (also when
 * they press twice at once), shifts begun and full refused, cancellation freeing the place,
 * the notices to organisers and residents, the reminder once, attendance and hours, the history by 年度, personal data.
 */
@TomoniIntegrationTest
@RecordApplicationEvents
class VolunteeringIntegrationTests {

	static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

	@Autowired
	Volunteering volunteering;

	@Autowired
	OpportunityRepository opportunities;

	@Autowired
	ShiftRepository shifts;

	@Autowired
	SignUpRepository signUps;

	@Autowired
	PersonLockRepository personLocks;

	@Autowired
	GroupDirectory groups;

	@Autowired
	GroupMembers groupMembers;

	@Autowired
	Areas areas;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Municipalities municipalities;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	MessageSource messages;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	UserDetailsService users;

	@Autowired
	VolunteeringPersonalData personalData;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationEvents events;

	/** The facade as it would run at another time. */
	private Volunteering at(Clock other) {
		return new Volunteering(opportunities, shifts, signUps, personLocks, groups, groupMembers, areas, accounts,
				municipalities, publisher, messages, transactionManager, other);
	}

	private long person() {
		String email = "volunteer-" + System.nanoTime() + "@example.jp";
		accounts.signUp(new SignUpCommand(email, "sakura-no-hana-2026", "奉仕 花子" + unique(), "ホウシ ハナコ", "ほうし"));
		return accounts.findByEmail(email).orElseThrow().id();
	}

	private static String unique() {
		return Integer.toString(ThreadLocalRandom.current().nextInt(100000, 999999));
	}

	private long account(String email) {
		return ((SignedInPerson) users.loadUserByUsername(email)).accountId();
	}

	private Actor groupAdmin() {
		return new Actor(account("group-admin@example.jp"), false);
	}

	private long demoGroup() {
		return volunteering.groupsOf(groupAdmin().accountId()).getFirst().id();
	}

	private static ShiftCommand shift(LocalDate day, int from, int to, int capacity) {
		return new ShiftCommand(day, LocalTime.of(from, 0), LocalTime.of(to, 0), "相模川河川敷", capacity);
	}

	private static LocalDate inDays(int days) {
		return LocalDate.now(JAPAN).plusDays(days);
	}

	private OpportunityCommand command(String title, List<ShiftCommand> shiftList) {
		return new OpportunityCommand(title, "河川敷のごみを拾います。", Set.of("07"), "hashimoto", demoGroup(), null,
				"軍手、飲み物", "特になし", 12, null, shiftList, true);
	}

	private long post(List<ShiftCommand> shiftList) {
		return volunteering.post(groupAdmin(), command("河川敷の清掃" + unique(), shiftList));
	}

	private List<Long> shiftIds(long opportunityId) {
		return shifts.findByOpportunityIdOrderByDateAscStartTimeAscIdAsc(opportunityId).stream().map(Shift::id).toList();
	}

	private static String code(Runnable action) {
		try {
			action.run();
		}
		catch (VolunteeringRuleViolation violation) {
			return violation.code();
		}
		throw new AssertionError("not refused");
	}

	@Test
	void thirtyResidentsPressingAtOnceTakeExactlyTheFivePlaces() throws Exception {
		long opportunity = post(List.of(shift(inDays(10), 9, 12, 5)));
		long shiftId = shiftIds(opportunity).getFirst();
		List<Long> people = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			people.add(person());
		}
		CountDownLatch start = new CountDownLatch(1);
		List<Future<String>> results = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(30)) {
			for (long person : people) {
				Callable<String> signUp = () -> {
					start.await();
					try {
						volunteering.signUp(person, opportunity, Set.of(shiftId));
						return "ok";
					}
					catch (VolunteeringRuleViolation refused) {
						return refused.code();
					}
				};
				results.add(pool.submit(signUp));
			}
			start.countDown();
			List<String> outcomes = new ArrayList<>();
			for (Future<String> result : results) {
				outcomes.add(result.get());
			}
			assertThat(outcomes).filteredOn("ok"::equals).hasSize(5);
			assertThat(outcomes).filteredOn("volunteering.signUp.full"::equals).hasSize(25);
		}
		assertThat(signUps.taken(shiftId)).isEqualTo(5);
		assertThat(placesTaken(shiftId)).isEqualTo(5);
		assertThat(volunteering.find(opportunity, null).shifts().getFirst().placesLeft()).isZero();
		assertThat(volunteering.find(opportunity, null).shifts().getFirst().full()).isTrue();
	}

	/** The shift's count of places taken, as committed. */
	private int placesTaken(long shiftId) {
		return shifts.findById(shiftId).orElseThrow().taken();
	}

	/** Runs the tasks at the same instant and gives each one's outcome: "ok" or the code of its refusal. */
	private static List<String> atOnce(List<Runnable> tasks) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		List<Future<String>> results = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(tasks.size())) {
			for (Runnable task : tasks) {
				results.add(pool.submit(() -> {
					start.await();
					try {
						task.run();
						return "ok";
					}
					catch (VolunteeringRuleViolation refused) {
						return refused.code();
					}
				}));
			}
			start.countDown();
			List<String> outcomes = new ArrayList<>();
			for (Future<String> result : results) {
				outcomes.add(result.get());
			}
			return outcomes;
		}
	}

	@Test
	void cancellationsAndSignUpsRacingNeverOverfillTheShiftAndKeepItsCountExact() throws Exception {
		for (int round = 0; round < 3; round++) {
			long opportunity = post(List.of(shift(inDays(11), 9, 12, 3)));
			long shiftId = shiftIds(opportunity).getFirst();
			List<Runnable> tasks = new ArrayList<>();
			for (int i = 0; i < 3; i++) {
				long holder = person();
				long signUpId = volunteering.signUp(holder, opportunity, Set.of(shiftId)).getFirst();
				tasks.add(() -> volunteering.cancel(holder, signUpId));
			}
			for (int i = 0; i < 12; i++) {
				long newcomer = person();
				tasks.add(() -> volunteering.signUp(newcomer, opportunity, Set.of(shiftId)));
			}
			assertThat(placesTaken(shiftId)).isEqualTo(3);

			List<String> outcomes = atOnce(tasks);

			// Every cancellation goes through; a newcomer gets a place only when one was free at their turn.
			assertThat(outcomes.subList(0, 3)).containsOnly("ok");
			long newcomersIn = outcomes.subList(3, tasks.size()).stream().filter("ok"::equals).count();
			assertThat(outcomes.subList(3, tasks.size())).filteredOn(o -> !"ok".equals(o))
				.containsOnly("volunteering.signUp.full");
			assertThat(newcomersIn).isBetween(0L, 3L);
			assertThat(signUps.taken(shiftId)).isEqualTo(newcomersIn);
			assertThat(placesTaken(shiftId)).isEqualTo((int) newcomersIn);
		}
	}

	@Test
	void aSignUpCancelledTwiceAtOnceGivesItsPlaceBackOnce() throws Exception {
		long opportunity = post(List.of(shift(inDays(13), 9, 12, 2)));
		long shiftId = shiftIds(opportunity).getFirst();
		long resident = person();
		long other = person();
		long signUpId = volunteering.signUp(resident, opportunity, Set.of(shiftId)).getFirst();
		volunteering.signUp(other, opportunity, Set.of(shiftId));

		List<String> outcomes = atOnce(List.of(() -> volunteering.cancel(resident, signUpId),
				() -> volunteering.cancel(resident, signUpId)));

		assertThat(outcomes).containsExactlyInAnyOrder("ok", "volunteering.signUp.alreadyCancelled");
		assertThat(placesTaken(shiftId)).isEqualTo(1);
		assertThat(signUps.taken(shiftId)).isEqualTo(1);
	}

	@Test
	void onePersonPressingTwiceAtOnceForOverlappingShiftsHoldsOnlyOne() throws Exception {
		long first = post(List.of(shift(inDays(12), 9, 12, 10)));
		long second = post(List.of(shift(inDays(12), 11, 14, 10)));
		long person = person();
		CountDownLatch start = new CountDownLatch(1);
		try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
			List<Future<String>> results = new ArrayList<>();
			for (long opportunity : List.of(first, second)) {
				results.add(pool.submit(() -> {
					start.await();
					try {
						volunteering.signUp(person, opportunity, Set.copyOf(shiftIds(opportunity)));
						return "ok";
					}
					catch (VolunteeringRuleViolation refused) {
						return refused.code();
					}
				}));
			}
			start.countDown();
			List<String> outcomes = new ArrayList<>();
			for (Future<String> result : results) {
				outcomes.add(result.get());
			}
			assertThat(outcomes).containsExactlyInAnyOrder("ok", "volunteering.signUp.overlap");
		}
		assertThat(signUps.activeOf(person)).hasSize(1);
	}

	@Test
	void overlappingFullBegunAndRepeatedSignUpsAreRefusedAndNothingIsKeptOfARefusedRequest() {
		LocalDate day = inDays(14);
		long opportunity = post(List.of(shift(day, 9, 12, 1), shift(day, 11, 13, 5), shift(day, 13, 15, 5)));
		List<Long> ids = shiftIds(opportunity);
		long resident = person();
		long other = person();

		assertThat(code(() -> volunteering.signUp(resident, opportunity, Set.of(ids.get(0), ids.get(1)))))
			.isEqualTo("volunteering.signUp.overlapChosen");
		// Ending when the other begins is no overlap: 9-12 and 13-15 together.
		assertThat(volunteering.signUp(resident, opportunity, Set.of(ids.get(0), ids.get(2)))).hasSize(2);
		assertThat(code(() -> volunteering.signUp(resident, opportunity, Set.of(ids.get(1)))))
			.isEqualTo("volunteering.signUp.overlap");
		assertThat(code(() -> volunteering.signUp(resident, opportunity, Set.of(ids.get(2)))))
			.isEqualTo("volunteering.signUp.already");
		// All or none: the full first shift refuses the request, and the free third one is not taken either.
		assertThat(code(() -> volunteering.signUp(other, opportunity, Set.of(ids.get(0), ids.get(2)))))
			.isEqualTo("volunteering.signUp.full");
		assertThat(signUps.activeOf(other)).isEmpty();
		assertThat(code(() -> volunteering.signUp(other, opportunity, Set.of()))).isEqualTo("volunteering.signUp.noShift");

		Clock later = Clock.fixed(day.atTime(11, 30).atZone(JAPAN).toInstant(), JAPAN);
		assertThat(code(() -> at(later).signUp(other, opportunity, Set.of(ids.get(1)))))
			.isEqualTo("volunteering.signUp.begun");
		assertThat(signUps.taken(ids.get(1))).isZero();
	}

	@Test
	void postingRefusesPastShiftsEndsBeforeStartsForeignGroupsAndWrongAges() {
		Actor admin = groupAdmin();
		assertThat(code(() -> volunteering.post(admin, command("過去", List.of(shift(inDays(-1), 9, 12, 3))))))
			.isEqualTo("volunteering.shift.past");
		assertThat(code(() -> volunteering.post(admin, command("逆転", List.of(shift(inDays(3), 12, 9, 3))))))
			.isEqualTo("volunteering.shift.endBeforeStart");
		assertThat(code(() -> volunteering.post(admin, command("定員", List.of(shift(inDays(3), 9, 12, 0))))))
			.isEqualTo("volunteering.shift.capacity");
		OpportunityCommand ages = new OpportunityCommand("年齢", "説明", Set.of("07"), null, demoGroup(), null, null, null,
				20, 18, List.of(shift(inDays(3), 9, 12, 3)), true);
		assertThat(code(() -> volunteering.post(admin, ages))).isEqualTo("volunteering.age.maxBelowMin");
		Actor citizen = new Actor(account("citizen@example.jp"), false);
		assertThat(code(() -> volunteering.post(citizen, command("他人の団体", List.of(shift(inDays(3), 9, 12, 3))))))
			.isEqualTo("volunteering.group.notYours");
		OpportunityCommand noGroup = new OpportunityCommand("市の募集", "説明", Set.of("07"), null, null, null, null, null,
				null, null, List.of(shift(inDays(3), 9, 12, 3)), true);
		assertThat(code(() -> volunteering.post(admin, noGroup))).isEqualTo("volunteering.group.required");
		assertThat(code(() -> volunteering.post(new Actor(account("staff@example.jp"), true), noGroup)))
			.isEqualTo("volunteering.organiser.required");
	}

	@Test
	void signUpAndCancellationTellTheGroupsAdministratorsAndCancellationFreesThePlace() {
		long opportunity = post(List.of(shift(inDays(9), 9, 12, 1)));
		long shiftId = shiftIds(opportunity).getFirst();
		long resident = person();
		long next = person();
		long signUpId = volunteering.signUp(resident, opportunity, Set.of(shiftId)).getFirst();
		assertThat(code(() -> volunteering.signUp(next, opportunity, Set.of(shiftId)))).isEqualTo("volunteering.signUp.full");

		volunteering.cancel(resident, signUpId);
		assertThat(volunteering.signUp(next, opportunity, Set.of(shiftId))).hasSize(1);

		List<NoticeRequested> notices = events.stream(NoticeRequested.class).toList();
		long admin = groupAdmin().accountId();
		assertThat(notices).filteredOn(n -> n.subject().startsWith("【ボランティア申込み】"))
			.hasSize(2)
			.allSatisfy(n -> {
				assertThat(n.recipients()).contains(admin);
				assertThat(n.topic()).isEqualTo(NoticeTopic.VOLUNTEERING);
			});
		assertThat(notices).filteredOn(n -> n.subject().startsWith("【ボランティア申込みの取消し】"))
			.singleElement()
			.satisfies(n -> assertThat(n.body()).contains("取り消しました"));
		assertThatThrownBy(() -> volunteering.cancel(next, signUpId)).isInstanceOf(VolunteeringNotFound.class);
	}

	@Test
	void theReminderGoesOnceTheDayBeforeEvenWhenTheJobRunsTwice() {
		LocalDate day = inDays(20);
		long opportunity = post(List.of(shift(day, 9, 12, 3)));
		long resident = person();
		volunteering.signUp(resident, opportunity, Set.copyOf(shiftIds(opportunity)));

		volunteering.sendReminders(day);
		volunteering.sendReminders(day);

		assertThat(events.stream(NoticeRequested.class)
			.filter(n -> n.recipients().contains(resident) && n.subject().startsWith("【明日のボランティア活動】")))
			.singleElement()
			.satisfies(n -> assertThat(n.body()).contains("相模川河川敷").contains("軍手"));
	}

	@Test
	void organisersRecordAttendanceAndHoursOnceTheShiftBeganAndTheResidentSeesThemByFiscalYear() {
		LocalDate day = inDays(5);
		long opportunity = post(List.of(shift(day, 9, 12, 3)));
		long resident = person();
		long absent = person();
		long signUpId = volunteering.signUp(resident, opportunity, Set.copyOf(shiftIds(opportunity))).getFirst();
		long absentId = volunteering.signUp(absent, opportunity, Set.copyOf(shiftIds(opportunity))).getFirst();
		Actor admin = groupAdmin();

		assertThat(code(() -> volunteering.recordAttendance(admin, signUpId, Attendance.ATTENDED, new BigDecimal("3"))))
			.isEqualTo("volunteering.attendance.notBegun");
		Volunteering after = at(Clock.fixed(day.atTime(12, 30).atZone(JAPAN).toInstant(), JAPAN));
		assertThat(code(() -> after.recordAttendance(admin, signUpId, Attendance.ATTENDED, new BigDecimal("2.25"))))
			.isEqualTo("volunteering.hours.invalid");
		assertThat(code(() -> after.recordAttendance(admin, signUpId, Attendance.ATTENDED, new BigDecimal("24.5"))))
			.isEqualTo("volunteering.hours.invalid");
		assertThat(code(() -> after.recordAttendance(admin, signUpId, Attendance.ATTENDED, BigDecimal.ZERO)))
			.isEqualTo("volunteering.hours.invalid");
		Actor stranger = new Actor(account("citizen@example.jp"), false);
		assertThatThrownBy(() -> after.recordAttendance(stranger, signUpId, Attendance.ATTENDED, BigDecimal.ONE))
			.isInstanceOf(VolunteeringNotFound.class);

		after.recordAttendance(admin, signUpId, Attendance.ATTENDED, new BigDecimal("2.5"));
		after.recordAttendance(admin, absentId, Attendance.ABSENT, null);

		assertThat(events.stream(NoticeRequested.class).filter(n -> n.recipients().equals(Set.of(resident))))
			.anySatisfy(n -> assertThat(n.body()).contains("2.5時間"));
		History history = after.history(resident);
		assertThat(history.upcoming()).isEmpty();
		assertThat(history.past()).singleElement().satisfies(s -> assertThat(s.hours()).isEqualByComparingTo("2.5"));
		assertThat(history.years()).singleElement().satisfies(y -> {
			assertThat(y.year()).isEqualTo(FiscalYear.of(day));
			assertThat(y.hours()).isEqualByComparingTo("2.5");
			assertThat(y.shifts()).isEqualTo(1);
		});
		assertThat(after.history(absent).years()).isEmpty();
		assertThat(after.attended(resident, FiscalYear.of(day))).hasSize(1);
	}

	@Test
	void draftsAreSeenOnlyByTheirOrganisersAndTakeNoSignUp() {
		OpportunityCommand draft = new OpportunityCommand("下書きの募集" + unique(), "説明", Set.of("07"), null, demoGroup(),
				null, null, null, null, null, List.of(shift(inDays(4), 9, 12, 3)), false);
		long id = volunteering.post(groupAdmin(), draft);
		assertThatThrownBy(() -> volunteering.find(id, null)).isInstanceOf(VolunteeringNotFound.class);
		assertThat(volunteering.find(id, groupAdmin()).status()).isEqualTo(OpportunityStatus.DRAFT);
		assertThat(code(() -> volunteering.signUp(person(), id, Set.copyOf(shiftIds(id)))))
			.isEqualTo("volunteering.signUp.notOpen");
		volunteering.publish(groupAdmin(), id);
		assertThat(volunteering.published()).anyMatch(o -> o.id() == id);
	}

	@Test
	void personalDataIsExportedAndErasedWhichFreesThePlace() {
		long opportunity = post(List.of(shift(inDays(8), 9, 12, 1)));
		long shiftId = shiftIds(opportunity).getFirst();
		long resident = person();
		volunteering.signUp(resident, opportunity, Set.of(shiftId));
		PersonRef ref = new PersonRef(resident, "x@example.jp");
		assertThat(personalData.collect(ref).get("volunteerSignUps")).asList().hasSize(1);

		personalData.erase(ref);

		assertThat(signUps.findByAccountIdOrderByCreatedAtDesc(resident)).isEmpty();
		assertThat(signUps.taken(shiftId)).isZero();
		assertThat(placesTaken(shiftId)).isZero();
		assertThat(volunteering.signUp(person(), opportunity, Set.of(shiftId))).hasSize(1);
	}

	@Test
	void hoursAreHalfHourStepsAboveZeroUpToTwentyFour() {
		assertThat(Volunteering.checkedHours(new BigDecimal("0.5"))).isEqualByComparingTo("0.5");
		assertThat(Volunteering.checkedHours(new BigDecimal("24"))).isEqualByComparingTo("24");
		assertThat(Volunteering.checkedHours(new BigDecimal("7.50"))).isEqualByComparingTo("7.5");
		for (String wrong : List.of("0", "-1", "0.3", "24.5", "1.75")) {
			assertThatThrownBy(() -> Volunteering.checkedHours(new BigDecimal(wrong))).as(wrong)
				.isInstanceOf(VolunteeringRuleViolation.class);
		}
	}

}
