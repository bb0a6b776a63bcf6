package jp.tomoni.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class RecurrenceTests {

	@Test
	void everyOtherSaturdayFromAWednesdayUntilADate() {
		assertThat(Recurrence.weekly(LocalDate.of(2026, 12, 2), 2, DayOfWeek.SATURDAY, LocalDate.of(2027, 1, 2)).dates())
			.containsExactly(LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 19), LocalDate.of(2027, 1, 2));
	}

	@Test
	void theSecondSaturdayOfEveryMonth() {
		assertThat(Recurrence.monthly(LocalDate.of(2026, 12, 1), 2, DayOfWeek.SATURDAY, LocalDate.of(2027, 3, 31))
			.dates()).containsExactly(LocalDate.of(2026, 12, 12), LocalDate.of(2027, 1, 9), LocalDate.of(2027, 2, 13),
					LocalDate.of(2027, 3, 13));
	}

	@Test
	void theLastFridayAndAFifthWeekdayThatSomeMonthsLack() {
		assertThat(Recurrence.monthly(LocalDate.of(2026, 1, 1), -1, DayOfWeek.FRIDAY, LocalDate.of(2026, 2, 28)).dates())
			.containsExactly(LocalDate.of(2026, 1, 30), LocalDate.of(2026, 2, 27));
		assertThat(Recurrence.monthly(LocalDate.of(2026, 1, 1), 5, DayOfWeek.FRIDAY, LocalDate.of(2026, 3, 31)).dates())
			.containsExactly(LocalDate.of(2026, 1, 30));
	}

	@Test
	void atMost52Dates() {
		LocalDate start = LocalDate.of(2026, 1, 5);
		assertThat(Recurrence.weekly(start, 1, DayOfWeek.MONDAY, start.plusWeeks(51)).dates()).hasSize(52);
		assertThatThrownBy(() -> Recurrence.weekly(start, 1, DayOfWeek.MONDAY, start.plusWeeks(52)).dates())
			.isInstanceOfSatisfying(EventRuleViolation.class,
					v -> assertThat(v.code()).isEqualTo("event.recurrence.tooMany"));
	}

	@Test
	void invalidRulesAreRefused() {
		LocalDate day = LocalDate.of(2026, 1, 5);
		assertThatThrownBy(() -> Recurrence.weekly(day, 1, DayOfWeek.MONDAY, day.minusDays(1)).dates())
			.hasMessage("event.recurrence.untilBeforeFrom");
		assertThatThrownBy(() -> Recurrence.weekly(day, 0, DayOfWeek.MONDAY, day.plusDays(30)).dates())
			.hasMessage("event.recurrence.everyWeeks");
		assertThatThrownBy(() -> Recurrence.weekly(day, 1, DayOfWeek.SUNDAY, day.plusDays(2)).dates())
			.hasMessage("event.recurrence.none");
	}
}
