package jp.tomoni.registrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import jp.tomoni.events.AttendanceMode;
import jp.tomoni.events.EventOccurrenceView;
import jp.tomoni.events.EventStatus;
import jp.tomoni.events.EventSummary;
import org.junit.jupiter.api.Test;

/** Places, the waiting list and when registration closes, without a database. */
class RegistrationRulesTests {

	private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

	private static final LocalDate DAY = LocalDate.of(2026, 9, 5);

	private static Clock at(LocalDateTime time) {
		return Clock.fixed(time.atZone(JAPAN).toInstant(), JAPAN);
	}

	private static EventSummary event(boolean takes, EventStatus status, LocalDateTime deadline) {
		return new EventSummary(1, "講座", "コウザ", null, "seminar", status, AttendanceMode.IN_PERSON, true, null, 5,
				takes, deadline, null, "橋本公民館", null, null, null, null, null, null, null, null, "TOMONI",
				Instant.EPOCH);
	}

	private static EventOccurrenceView date(LocalTime start, boolean cancelled) {
		return new EventOccurrenceView(1, 2, "講座", "コウザ", DAY, null, start, null, cancelled, "seminar", null,
				"橋本公民館", null, (BigDecimal) null, null);
	}

	@Test
	void aNewRegistrationHasAPlaceWhileTheCapacityAllowsAndNobodyWaits() {
		assertThat(RegistrationRules.placement(5, 4, 1, false)).isEqualTo(RegistrationStatus.REGISTERED);
		assertThat(RegistrationRules.placement(5, 5, 1, false)).isEqualTo(RegistrationStatus.WAITING);
		assertThat(RegistrationRules.placement(5, 4, 2, false)).isEqualTo(RegistrationStatus.WAITING);
		// A free place does not let a newcomer overtake the waiting list.
		assertThat(RegistrationRules.placement(5, 3, 1, true)).isEqualTo(RegistrationStatus.WAITING);
		assertThat(RegistrationRules.placement(null, 1000, 3, true)).isEqualTo(RegistrationStatus.REGISTERED);
	}

	@Test
	void theWaitingListMovesUpStrictlyInOrderWhilePeopleFit() {
		assertThat(RegistrationRules.toPromote(5, 4, List.of(1, 1, 1), Integer::intValue)).hasSize(1);
		assertThat(RegistrationRules.toPromote(5, 2, List.of(1, 2, 1), Integer::intValue)).containsExactly(1, 2);
		// A party of three that does not fit stops the line: the single person behind it does not overtake.
		assertThat(RegistrationRules.toPromote(5, 3, List.of(3, 1), Integer::intValue)).isEmpty();
		assertThat(RegistrationRules.toPromote(null, 99, List.of(3, 1), Integer::intValue)).containsExactly(3, 1);
		assertThat(RegistrationRules.toPromote(5, 5, List.of(1), Integer::intValue)).isEmpty();
	}

	@Test
	void placesLeftNeverGoBelowZero() {
		assertThat(RegistrationRules.placesLeft(5, 3)).isEqualTo(2);
		assertThat(RegistrationRules.placesLeft(5, 7)).isZero();
		assertThat(RegistrationRules.placesLeft(null, 7)).isNull();
	}

	@Test
	void registrationClosesAtTheDeadlineAndWhenTheDateStarts() {
		LocalDateTime deadline = DAY.minusDays(2).atTime(17, 0);
		EventOccurrenceView date = date(LocalTime.of(10, 0), false);
		EventSummary open = event(true, EventStatus.PUBLISHED, deadline);
		assertThat(RegistrationRules.closedReason(open, date, at(deadline))).isEmpty();
		assertThat(RegistrationRules.closedReason(open, date, at(deadline.plusMinutes(1))))
			.contains("registration.closed.deadline");
		EventSummary noDeadline = event(true, EventStatus.PUBLISHED, null);
		assertThat(RegistrationRules.closedReason(noDeadline, date, at(DAY.atTime(9, 59)))).isEmpty();
		assertThat(RegistrationRules.closedReason(noDeadline, date, at(DAY.atTime(10, 0))))
			.contains("registration.closed.started");
		// Without a start time the date starts at the beginning of its day.
		assertThat(RegistrationRules.closedReason(noDeadline, date(null, false), at(DAY.atStartOfDay())))
			.contains("registration.closed.started");
	}

	@Test
	void registrationIsClosedForCancelledDatesAndEventsAndWhereNotTaken() {
		Clock before = at(DAY.minusDays(10).atStartOfDay());
		assertThat(RegistrationRules.closedReason(event(false, EventStatus.PUBLISHED, null), date(null, false), before))
			.contains("registration.closed.notTaken");
		assertThat(RegistrationRules.closedReason(event(true, EventStatus.CANCELLED, null), date(null, false), before))
			.contains("registration.closed.cancelled");
		assertThat(RegistrationRules.closedReason(event(true, EventStatus.PUBLISHED, null), date(null, true), before))
			.contains("registration.closed.cancelled");
	}

	@Test
	void peopleAndNoteAreChecked() {
		assertThat(RegistrationRules.checkedNote(1, "  車いすで参加します  ", 5)).isEqualTo("車いすで参加します");
		assertThat(RegistrationRules.checkedNote(1, "   ", 5)).isNull();
		assertThatThrownBy(() -> RegistrationRules.checkedNote(0, null, 5))
			.isInstanceOfSatisfying(RegistrationRuleViolation.class, v -> assertThat(v.field()).isEqualTo("people"));
		assertThatThrownBy(() -> RegistrationRules.checkedNote(6, null, 5))
			.isInstanceOfSatisfying(RegistrationRuleViolation.class,
					v -> assertThat(v.code()).isEqualTo("registration.people.overCapacity"));
		assertThatThrownBy(() -> RegistrationRules.checkedNote(1, "あ".repeat(1001), null))
			.isInstanceOfSatisfying(RegistrationRuleViolation.class, v -> assertThat(v.field()).isEqualTo("note"));
	}
}
