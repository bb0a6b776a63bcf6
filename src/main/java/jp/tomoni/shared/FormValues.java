package jp.tomoni.shared;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the forms with repeated lines (a consultation's referrals, an opportunity's shifts, a project's partners) do
 * with the values as typed: blank or not, stripped text, dates and times that parse or are left for the checks to
 * name, and a list of lines padded to the number the page shows.
 */
public final class FormValues {

	private FormValues() {
	}

	public static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	/** The value stripped, or empty. */
	public static String text(@Nullable String value) {
		return value == null ? "" : value.strip();
	}

	/** The value stripped, or {@code null} when blank. */
	public static @Nullable String orNull(@Nullable String value) {
		return blank(value) ? null : value.strip();
	}

	/** The date typed (yyyy-MM-dd), or {@code null} when blank or not a date: the form's checks say which. */
	public static @Nullable LocalDate date(@Nullable String text) {
		try {
			return blank(text) ? null : LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException invalid) {
			return null;
		}
	}

	/** The time typed (HH:mm), or {@code null} when blank or not a time. */
	public static @Nullable LocalTime time(@Nullable String text) {
		try {
			return blank(text) ? null : LocalTime.parse(text.strip());
		}
		catch (DateTimeParseException invalid) {
			return null;
		}
	}

	/** Exactly {@code size} lines: those sent, then empty ones; extra lines dropped. */
	public static <T> List<@Nullable T> padded(@Nullable List<@Nullable T> values, int size) {
		List<@Nullable T> lines = new ArrayList<>(values == null ? List.of() : values);
		while (lines.size() < size) {
			lines.add(null);
		}
		return lines.subList(0, size);
	}
}
