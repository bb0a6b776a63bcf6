package jp.tomoni.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A rule that makes the dates of a recurring event: every N weeks on a weekday ({@link #weekly}), or every month
 * on the n-th (or last) weekday, 毎月第2土曜日 ({@link #monthly}), from a first day until a last day, at most
 * {@value #MAX} dates.
 *
 * @param ordinal for a monthly rule, 1 to 5 (第1…第5) or -1 (最終); {@code null} for a weekly rule
 */
public record Recurrence(LocalDate from, LocalDate until, DayOfWeek weekday, int everyWeeks,
		@Nullable Integer ordinal) {

	public static final int MAX = 52;

	/** Every {@code everyWeeks} weeks on {@code weekday}, the first on or after {@code from}. */
	public static Recurrence weekly(LocalDate from, int everyWeeks, DayOfWeek weekday, LocalDate until) {
		return new Recurrence(from, until, weekday, everyWeeks, null);
	}

	/** Every month on the {@code ordinal}-th {@code weekday} (-1: the last). */
	public static Recurrence monthly(LocalDate from, int ordinal, DayOfWeek weekday, LocalDate until) {
		return new Recurrence(from, until, weekday, 0, ordinal);
	}

	/**
	 * The dates of the rule, in order.
	 *
	 * @throws EventRuleViolation (field {@code recurrence}) when the rule is invalid or makes more than {@value #MAX}
	 *         dates
	 */
	public List<LocalDate> dates() {
		if (until.isBefore(from)) {
			throw new EventRuleViolation("recurrence", "event.recurrence.untilBeforeFrom");
		}
		List<LocalDate> dates = new ArrayList<>();
		if (ordinal == null) {
			if (everyWeeks < 1 || everyWeeks > 8) {
				throw new EventRuleViolation("recurrence", "event.recurrence.everyWeeks", 1, 8);
			}
			for (LocalDate day = from.with(TemporalAdjusters.nextOrSame(weekday)); !day.isAfter(until); day = day
				.plusWeeks(everyWeeks)) {
				add(dates, day);
			}
		}
		else {
			if (ordinal != -1 && (ordinal < 1 || ordinal > 5)) {
				throw new EventRuleViolation("recurrence", "event.recurrence.ordinal");
			}
			for (LocalDate month = from.withDayOfMonth(1); !month.isAfter(until); month = month.plusMonths(1)) {
				LocalDate day = ordinal == -1 ? month.with(TemporalAdjusters.lastInMonth(weekday))
						: month.with(TemporalAdjusters.dayOfWeekInMonth(ordinal, weekday));
				// 第5 of a month with four: no date that month.
				if (day.getMonth() == month.getMonth() && !day.isBefore(from) && !day.isAfter(until)) {
					add(dates, day);
				}
			}
		}
		if (dates.isEmpty()) {
			throw new EventRuleViolation("recurrence", "event.recurrence.none");
		}
		return dates;
	}

	private static void add(List<LocalDate> dates, LocalDate day) {
		if (dates.size() == MAX) {
			throw new EventRuleViolation("recurrence", "event.recurrence.tooMany", MAX);
		}
		dates.add(day);
	}
}
