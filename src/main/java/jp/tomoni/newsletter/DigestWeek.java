package jp.tomoni.newsletter;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import jp.tomoni.shared.FiscalYear;

/**
 * The week a digest covers, in Japan's time: a digest sent in the week beginning Monday {@code weekStart} reports
 * the seven days before it, Monday 00:00 to Monday 00:00 (docs/decisions/0044).
 *
 * @param weekStart the Monday of the week the digest is sent in; names the digest (once per subscriber)
 */
record DigestWeek(LocalDate weekStart) {

	static DigestWeek of(Instant now) {
		return new DigestWeek(LocalDate.ofInstant(now, FiscalYear.JAPAN)
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
	}

	/** The first moment reported on. */
	Instant from() {
		return weekStart.minusWeeks(1).atStartOfDay(FiscalYear.JAPAN).toInstant();
	}

	/** The first moment after the report. */
	Instant to() {
		return weekStart.atStartOfDay(FiscalYear.JAPAN).toInstant();
	}

	LocalDate firstDay() {
		return weekStart.minusWeeks(1);
	}

	LocalDate lastDay() {
		return weekStart.minusDays(1);
	}
}
