package jp.tomoni.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * iCalendar (RFC 5545) text of event dates: one VEVENT per date, times in TZID Asia/Tokyo (a fixed VTIMEZONE,
 * Japan has no daylight saving time), a UID stable across edits (the date's id), TEXT values escaped and lines
 * folded at 75 octets without splitting a UTF-8 character. Written by hand because no iCalendar library resolves
 * from the registry here (docs/decisions/0032).
 */
final class ICalendarWriter {

	/** One VEVENT. {@code url} is absolute; {@code updatedAt} is the DTSTAMP. */
	record Entry(long eventId, long dateId, String name, @Nullable String description, LocalDate date,
			@Nullable LocalDate endDate, java.time.@Nullable LocalTime startTime,
			java.time.@Nullable LocalTime endTime, @Nullable String location, java.math.@Nullable BigDecimal latitude,
			java.math.@Nullable BigDecimal longitude, boolean cancelled, @Nullable String category, String url,
			Instant updatedAt) {
	}

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private ICalendarWriter() {
	}

	static String write(String calendarName, String uidDomain, List<Entry> entries) {
		StringBuilder out = new StringBuilder();
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:-//Tomoni//Events//JA");
		line(out, "CALSCALE:GREGORIAN");
		line(out, "METHOD:PUBLISH");
		line(out, "X-WR-CALNAME:" + text(calendarName));
		line(out, "X-WR-TIMEZONE:Asia/Tokyo");
		line(out, "BEGIN:VTIMEZONE");
		line(out, "TZID:Asia/Tokyo");
		line(out, "BEGIN:STANDARD");
		line(out, "DTSTART:19700101T000000");
		line(out, "TZOFFSETFROM:+0900");
		line(out, "TZOFFSETTO:+0900");
		line(out, "TZNAME:JST");
		line(out, "END:STANDARD");
		line(out, "END:VTIMEZONE");
		for (Entry entry : entries) {
			event(out, uidDomain, entry);
		}
		line(out, "END:VCALENDAR");
		return out.toString();
	}

	private static void event(StringBuilder out, String uidDomain, Entry e) {
		line(out, "BEGIN:VEVENT");
		line(out, "UID:event-" + e.eventId() + "-date-" + e.dateId() + "@" + uidDomain);
		line(out, "DTSTAMP:" + UTC.format(e.updatedAt()));
		line(out, "LAST-MODIFIED:" + UTC.format(e.updatedAt()));
		LocalDate last = e.endDate() == null ? e.date() : e.endDate();
		if (e.startTime() == null) {
			line(out, "DTSTART;VALUE=DATE:" + DATE.format(e.date()));
			line(out, "DTEND;VALUE=DATE:" + DATE.format(last.plusDays(1)));
		}
		else {
			line(out, "DTSTART;TZID=Asia/Tokyo:" + LOCAL.format(LocalDateTime.of(e.date(), e.startTime())));
			if (e.endTime() != null) {
				line(out, "DTEND;TZID=Asia/Tokyo:" + LOCAL.format(LocalDateTime.of(last, e.endTime())));
			}
		}
		line(out, "SUMMARY:" + text(e.name()));
		if (e.description() != null && !e.description().isBlank()) {
			line(out, "DESCRIPTION:" + text(e.description()));
		}
		if (e.location() != null && !e.location().isBlank()) {
			line(out, "LOCATION:" + text(e.location()));
		}
		if (e.latitude() != null && e.longitude() != null) {
			line(out, "GEO:" + e.latitude().toPlainString() + ";" + e.longitude().toPlainString());
		}
		if (e.category() != null) {
			line(out, "CATEGORIES:" + text(e.category()));
		}
		line(out, "URL:" + e.url());
		line(out, "STATUS:" + (e.cancelled() ? "CANCELLED" : "CONFIRMED"));
		line(out, "END:VEVENT");
	}

	/** A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and newlines escaped. */
	static String text(String value) {
		return value.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\\n")
			.replace("\n", "\\n")
			.replace("\r", "\\n");
	}

	/** A content line, folded (RFC 5545 3.1): at most 75 octets per line, continuation lines start with a space. */
	static void line(StringBuilder out, String content) {
		int octets = 0;
		int limit = 75;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > limit) {
				out.append("\r\n ");
				octets = 1;
			}
			out.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		out.append("\r\n");
	}
}
