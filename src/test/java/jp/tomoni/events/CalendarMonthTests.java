package jp.tomoni.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CalendarMonthTests {

	private static EventOccurrenceView occurrence(long id, LocalDate date, LocalDate endDate) {
		return new EventOccurrenceView(id, id, "講座" + id, null, date, endDate, LocalTime.of(10, 0), null, false,
				"seminar", null, null, null, null, null);
	}

	@Test
	void aBusyDayShowsItsFirstDatesAndCountsTheOthers() {
		LocalDate busy = LocalDate.of(2027, 3, 10);
		List<EventOccurrenceView> occurrences = new ArrayList<>();
		for (long id = 1; id <= 25; id++) {
			occurrences.add(occurrence(id, busy, null));
		}
		Events.CalendarMonth month = Events.CalendarMonth.of(YearMonth.of(2027, 3), occurrences, 20);
		assertThat(month.days().get(busy)).hasSize(20).first().extracting(EventOccurrenceView::eventId).isEqualTo(1L);
		assertThat(month.totals()).containsEntry(busy, 25);
		assertThat(month.count()).isEqualTo(25);
	}

	@Test
	void aDateOverSeveralDaysIsOnEachDayOfTheMonthItCovers() {
		EventOccurrenceView overTheMonthStart = occurrence(1, LocalDate.of(2027, 2, 27), LocalDate.of(2027, 3, 2));
		Events.CalendarMonth month = Events.CalendarMonth.of(YearMonth.of(2027, 3), List.of(overTheMonthStart), 20);
		assertThat(month.days()).containsOnlyKeys(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 2));
		assertThat(month.totals()).containsEntry(LocalDate.of(2027, 3, 1), 1).containsEntry(LocalDate.of(2027, 3, 2), 1);
	}
}
