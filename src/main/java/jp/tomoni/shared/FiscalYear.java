package jp.tomoni.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.JapaneseDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * A fiscal year (年度) of a Japanese municipality: 1 April to 31 March (地方自治法 第208条), counted in Japan's time
 * zone whatever the server's. Named by the calendar year it starts in: FY2026 = 2026-04-01 … 2027-03-31 = 令和8年度.
 *
 * @param startYear the calendar year of its 1 April
 */
public record FiscalYear(int startYear) implements Comparable<FiscalYear> {

	/** The time zone in which a day, and so a fiscal year, begins. */
	public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

	/** The first month of a fiscal year. */
	public static final int FIRST_MONTH = 4;

	public static FiscalYear of(LocalDate date) {
		return new FiscalYear(date.getMonthValue() >= FIRST_MONTH ? date.getYear() : date.getYear() - 1);
	}

	public static FiscalYear of(Instant instant) {
		return of(LocalDate.ofInstant(instant, JAPAN));
	}

	/** The current fiscal year by the given (injected) clock. */
	public static FiscalYear current(Clock clock) {
		return of(clock.instant());
	}

	public LocalDate firstDay() {
		return LocalDate.of(startYear, FIRST_MONTH, 1);
	}

	public LocalDate lastDay() {
		return firstDay().plusYears(1).minusDays(1);
	}

	/** The first moment of the fiscal year: 1 April, 00:00 in Japan. */
	public Instant start() {
		return firstDay().atStartOfDay(JAPAN).toInstant();
	}

	/** The first moment after it. */
	public Instant end() {
		return firstDay().plusYears(1).atStartOfDay(JAPAN).toInstant();
	}

	public boolean contains(Instant instant) {
		return !instant.isBefore(start()) && instant.isBefore(end());
	}

	/**
	 * 0 for April … 11 for March: where a month falls in a fiscal year, for ordering months as a municipality does.
	 */
	public static int monthIndex(int month) {
		return (month - FIRST_MONTH + 12) % 12;
	}

	/**
	 * The 和暦 name, e.g. 令和8年度. The era is the one in force on 31 December of the start year, so a fiscal year in
	 * which a new era began in its first calendar year takes the new era's first year, written 元年 (FY2019 =
	 * 令和元年度, as most municipal documents write it), while an era that began in January to March leaves the fiscal
	 * year in the old one (FY1988 = 昭和63年度). Era names come from the JDK, never from a list in code.
	 */
	public String japaneseLabel() {
		JapaneseDate date = JapaneseDate.from(LocalDate.of(startYear, 12, 31));
		int yearOfEra = date.get(ChronoField.YEAR_OF_ERA);
		return date.getEra().getDisplayName(TextStyle.FULL, Locale.JAPAN) + (yearOfEra == 1 ? "元" : yearOfEra) + "年度";
	}

	/** 「令和8年度」 in Japanese, 「FY2026」 in other languages. */
	public String label(Locale locale) {
		return "ja".equals(locale.getLanguage()) ? japaneseLabel() : "FY" + startYear;
	}

	public FiscalYear next() {
		return new FiscalYear(startYear + 1);
	}

	public FiscalYear previous() {
		return new FiscalYear(startYear - 1);
	}

	@Override
	public int compareTo(FiscalYear other) {
		return Integer.compare(startYear, other.startYear);
	}

	@Override
	public String toString() {
		return "FY" + startYear;
	}
}
