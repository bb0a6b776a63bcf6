package jp.tomoni.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class ICalendarWriterTests {

	private static ICalendarWriter.Entry entry(LocalTime start, LocalTime end, String description) {
		return new ICalendarWriter.Entry(7, 42, "子ども食堂; 交流会, 冬", description, LocalDate.of(2026, 12, 5), null,
				start, end, "橋本公民館", null, null, false, "交流会", "https://tomoni.example/events/7",
				Instant.parse("2026-11-01T00:00:00Z"));
	}

	@Test
	void oneEventPerDateInTokyoTimeWithAStableUid() {
		String ics = ICalendarWriter.write("イベント", "tomoni.example",
				List.of(entry(LocalTime.of(10, 0), LocalTime.of(12, 30), "説明")));
		assertThat(ics).contains("BEGIN:VEVENT\r\n", "UID:event-7-date-42@tomoni.example\r\n",
				"DTSTART;TZID=Asia/Tokyo:20261205T100000\r\n", "DTEND;TZID=Asia/Tokyo:20261205T123000\r\n",
				"DTSTAMP:20261101T000000Z\r\n", "SUMMARY:子ども食堂\\; 交流会\\, 冬\r\n", "STATUS:CONFIRMED");
		assertThat(ics).endsWith("END:VCALENDAR\r\n");
	}

	@Test
	void aDateWithoutTimesIsAnAllDayEvent() {
		String ics = ICalendarWriter.write("イベント", "x", List.of(entry(null, null, null)));
		assertThat(ics).contains("DTSTART;VALUE=DATE:20261205\r\n", "DTEND;VALUE=DATE:20261206\r\n");
	}

	@Test
	void linesAreFoldedAt75OctetsWithoutSplittingACharacter() {
		String ics = ICalendarWriter.write("イベント", "x",
				List.of(entry(LocalTime.of(10, 0), null, "あ".repeat(100) + "\n改行")));
		for (String line : ics.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
		}
		String unfolded = ics.replace("\r\n ", "");
		assertThat(unfolded).contains("DESCRIPTION:" + "あ".repeat(100) + "\\n改行\r\n");
	}
}
