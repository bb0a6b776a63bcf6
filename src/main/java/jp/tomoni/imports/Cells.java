package jp.tomoni.imports;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.chrono.JapaneseChronology;
import java.time.chrono.JapaneseEra;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.tomoni.shared.JapaneseText;
import org.jspecify.annotations.Nullable;

/**
 * Values of cells as municipalities write them, read leniently but never guessed: dates as 2026/9/5, 2026-09-05,
 * 2026.9.5, 2026年9月5日, 令和8年9月5日 (元年 too), R8.9.5 or H31/4/30 (和暦, resolved by the JDK's Japanese chronology,
 * so a new era needs no code), optionally followed by a time or a weekday; times as 9:00, 09:00:00 or 9時30分;
 * decimals; and numbers that Excel turned into exponent form (1.00E+12), whose digits are lost. Each reader returns
 * {@code null} for an empty cell and throws {@link CellException} with a message code for a value it cannot read.
 */
public final class Cells {

	/** A number Excel showed and saved in exponent form: 6.34E+12, 1E+12. */
	private static final Pattern EXCEL_EXPONENT = Pattern.compile("^[+-]?[0-9](\\.[0-9]+)?[eE][+]?[0-9]+$");

	private static final Pattern WESTERN = Pattern
		.compile("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(.*)$");

	private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})$");

	private static final Pattern WAREKI = Pattern.compile(
			"^(\\p{IsHan}{2}|[A-Za-z])\\s*(\\d{1,2}|元)\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(.*)$");

	/** What may follow a date: a weekday in brackets, a time (Excel writes 2026/9/5 0:00). */
	private static final Pattern DATE_TAIL = Pattern.compile("^\\s*([(（]?[月火水木金土日](曜日?)?[)）]?)?\\s*(\\d{1,2}:\\d{2}(:\\d{2})?)?\\s*$");

	private static final Pattern TIME = Pattern.compile("^(\\d{1,2})\\s*[:：時]\\s*(\\d{1,2})?\\s*(?:[:：分]\\s*(\\d{1,2})?\\s*秒?)?$");

	/** The eras by their Japanese name (令和) and their letter (R), from the JDK: a new era needs no code. */
	private static final Map<String, JapaneseEra> ERAS = eras();

	private Cells() {
	}

	private static Map<String, JapaneseEra> eras() {
		Map<String, JapaneseEra> eras = new java.util.HashMap<>();
		for (JapaneseEra era : JapaneseEra.values()) {
			eras.put(era.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.JAPAN), era);
			eras.put(era.getDisplayName(java.time.format.TextStyle.NARROW, java.util.Locale.ROOT)
				.toUpperCase(java.util.Locale.ROOT), era);
		}
		return Map.copyOf(eras);
	}

	/** A value that cannot be read: the message code says why; its arguments follow the column's name. */
	public static final class CellException extends Exception {

		private final String code;

		public CellException(String code) {
			super(code);
			this.code = code;
		}

		public String code() {
			return code;
		}
	}

	/** True for a value Excel turned into exponent form (its digits are lost). */
	public static boolean isExcelExponent(@Nullable String value) {
		return value != null && EXCEL_EXPONENT.matcher(value.strip()).matches();
	}

	/**
	 * A code or number kept as text (法人番号, ID, NO): refused when Excel turned it into exponent form.
	 *
	 * @throws CellException {@code import.cell.excelNumber}
	 */
	public static @Nullable String code(@Nullable String value) throws CellException {
		String text = clean(value);
		if (text == null) {
			return null;
		}
		if (isExcelExponent(text)) {
			throw new CellException("import.cell.excelNumber");
		}
		return text;
	}

	/**
	 * A date in any of the forms above.
	 *
	 * @throws CellException {@code import.cell.date} when it is not a date (or not a day of the calendar)
	 */
	public static @Nullable LocalDate date(@Nullable String value) throws CellException {
		String text = clean(value);
		if (text == null) {
			return null;
		}
		try {
			Matcher western = WESTERN.matcher(text);
			if (western.matches() && DATE_TAIL.matcher(western.group(4)).matches()) {
				return LocalDate.of(Integer.parseInt(western.group(1)), Integer.parseInt(western.group(2)),
						Integer.parseInt(western.group(3)));
			}
			Matcher compact = COMPACT.matcher(text);
			if (compact.matches()) {
				return LocalDate.of(Integer.parseInt(compact.group(1)), Integer.parseInt(compact.group(2)),
						Integer.parseInt(compact.group(3)));
			}
			Matcher wareki = WAREKI.matcher(text);
			if (wareki.matches() && DATE_TAIL.matcher(wareki.group(5)).matches()) {
				JapaneseEra japaneseEra = ERAS.get(wareki.group(1).toUpperCase(java.util.Locale.ROOT));
				if (japaneseEra == null) {
					throw new CellException("import.cell.date");
				}
				int year = wareki.group(2).equals("元") ? 1 : Integer.parseInt(wareki.group(2));
				// SMART resolution, like the JDK's parser: 平成31年5月1日 is read as 2019-05-01 (people still write it).
				return LocalDate.of(JapaneseChronology.INSTANCE.prolepticYear(japaneseEra, year),
						Integer.parseInt(wareki.group(3)),
						Integer.parseInt(wareki.group(4)));
			}
		}
		catch (DateTimeException | NumberFormatException notADay) {
			throw new CellException("import.cell.date");
		}
		throw new CellException("import.cell.date");
	}

	/**
	 * A time of day: 9:00, 09:00:00, 9時, 9時30分; 24:00 is read as the end of the day (23:59).
	 *
	 * @throws CellException {@code import.cell.time}
	 */
	public static @Nullable LocalTime time(@Nullable String value) throws CellException {
		String text = clean(value);
		if (text == null) {
			return null;
		}
		Matcher time = TIME.matcher(text);
		if (!time.matches() || (time.group(2) == null && !text.contains("時"))) {
			throw new CellException("import.cell.time");
		}
		int hour = Integer.parseInt(time.group(1));
		int minute = time.group(2) == null ? 0 : Integer.parseInt(time.group(2));
		int second = time.group(3) == null ? 0 : Integer.parseInt(time.group(3));
		if (hour == 24 && minute == 0 && second == 0) {
			return LocalTime.of(23, 59);
		}
		if (hour > 23 || minute > 59 || second > 59) {
			throw new CellException("import.cell.time");
		}
		return LocalTime.of(hour, minute, second);
	}

	/**
	 * A decimal number (coordinates): digits with an optional sign and point; separators of thousands are dropped.
	 *
	 * @throws CellException {@code import.cell.excelNumber} or {@code import.cell.decimal}
	 */
	public static @Nullable BigDecimal decimal(@Nullable String value) throws CellException {
		String text = clean(value);
		if (text == null) {
			return null;
		}
		if (isExcelExponent(text)) {
			throw new CellException("import.cell.excelNumber");
		}
		String digits = text.replace(",", "");
		if (!digits.matches("^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)$")) {
			throw new CellException("import.cell.decimal");
		}
		return new BigDecimal(digits);
	}

	/**
	 * A whole number written the way people write one: 20, 1,000, 20人, 20人（申込順）, 約30名; {@code null} when
	 * the text holds no number at all (先着順, 未定). Never throws: such a cell is text, not an error.
	 */
	public static @Nullable Integer leadingCount(@Nullable String value) {
		String text = clean(value);
		if (text == null) {
			return null;
		}
		Matcher m = Pattern.compile("^(?:約|先着|定員)?\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)").matcher(text);
		if (!m.find()) {
			return null;
		}
		try {
			return Integer.valueOf(m.group(1).replace(",", ""));
		}
		catch (NumberFormatException tooLarge) {
			return null;
		}
	}

	private static @Nullable String clean(@Nullable String value) {
		if (value == null) {
			return null;
		}
		String text = JapaneseText.normalize(value);
		return text == null || text.isEmpty() ? null : text;
	}
}
