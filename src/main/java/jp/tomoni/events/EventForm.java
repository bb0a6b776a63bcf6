package jp.tomoni.events;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.tomoni.shared.JapaneseText;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form of an event; text arrives NFKC-normalised. Its dates: a first date with times, optionally repeated by a
 * rule ({@link Recurrence}), plus further dates one per line ({@code 2026-12-05} or {@code 2026-12-05 10:00-12:00}).
 *
 * @param placeId a registered place chosen with the picker, or {@code null} for a venue typed by hand; when set, the
 *        venue's name, address and coordinates are taken from the place ({@link EventManagement})
 * @param placeQuery what the organiser typed to find a place (the picker's search; never saved)
 */
record EventForm(@NotBlank @Size(max = 200) String name, @Size(max = 200) @Nullable String nameKana,
		@Size(max = 1000) @Nullable String summary, @Size(max = 8000) @Nullable String description,
		@NotBlank String categoryCode, @Nullable Set<String> fieldCodes, @Nullable String areaCode,
		@Size(max = 500) @Nullable String targetAudience, @Size(max = 500) @Nullable String fee,
		@Nullable Boolean free, @Nullable Integer capacity, @NotNull AttendanceMode attendanceMode,
		@Size(max = 500) @Nullable String onlineUrl, @Nullable Long placeId,
		@Size(max = 100) @Nullable String placeQuery, @Size(max = 200) @Nullable String placeName,
		@Size(max = 8) @Nullable String postalCode, @Size(max = 500) @Nullable String address,
		@Nullable BigDecimal latitude, @Nullable BigDecimal longitude, @Nullable Long organiserGroupId,
		@Size(max = 200) @Nullable String organiserName, @Nullable Set<Long> coOrganiserGroupIds,
		@Size(max = 1000) @Nullable String coOrganisersText, @Size(max = 200) @Nullable String contactName,
		@Size(max = 30) @Nullable String contactPhone, @Email @Size(max = 254) @Nullable String contactEmail,
		@Size(max = 500) @Nullable String url, @Size(max = 2000) @Nullable String applicationMethod,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime applicationDeadline,
		@Nullable Boolean takesRegistrations, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate startDate,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate endDate,
		@DateTimeFormat(iso = DateTimeFormat.ISO.TIME) @Nullable LocalTime startTime,
		@DateTimeFormat(iso = DateTimeFormat.ISO.TIME) @Nullable LocalTime endTime, @Nullable String repeat,
		@Nullable Integer everyWeeks, @Nullable Integer ordinal,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate until,
		@Size(max = 20000) @Nullable String extraDates) {

	private static final Pattern LINE = Pattern.compile(
			"^(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:\\s+(\\d{1,2}):(\\d{2})(?:\\s*[-~〜]\\s*(\\d{1,2}):(\\d{2}))?)?$");

	static EventForm empty() {
		return new EventForm("", "", "", "", "", Set.of(), "", "", "", false, null, AttendanceMode.IN_PERSON, "", null, "", "",
				"", "", null, null, null, "", Set.of(), "", "", "", "", "", "", null, false, null, null, null, null, "NONE",
				1, null, null, "");
	}

	static EventForm of(EventCommand c) {
		EventDateCommand first = c.dates().getFirst();
		StringBuilder extra = new StringBuilder();
		for (EventDateCommand d : c.dates().subList(1, c.dates().size())) {
			extra.append(d.date());
			if (d.startTime() != null) {
				extra.append(' ').append(d.startTime());
				if (d.endTime() != null) {
					extra.append('-').append(d.endTime());
				}
			}
			extra.append('\n');
		}
		return new EventForm(c.name(), c.nameKana(), c.summary(), c.description(), c.categoryCode(), c.fieldCodes(),
				c.areaCode(), c.targetAudience(), c.fee(), c.free(), c.capacity(), c.attendanceMode(), c.onlineUrl(),
				c.placeId(), "", c.placeName(), c.postalCode(), c.address(), c.latitude(), c.longitude(), c.organiserGroupId(),
				c.organiserName(), c.coOrganiserGroupIds(), c.coOrganisersText(), c.contactName(), c.contactPhone(),
				c.contactEmail(), c.url(), c.applicationMethod(), c.applicationDeadline(), c.takesRegistrations(),
				first.date(), first.endDate(), first.startTime(), first.endTime(), "NONE", 1, null, null,
				extra.toString().strip());
	}

	/**
	 * The command, with the dates made from the first date, the rule and the further dates.
	 *
	 * @throws EventRuleViolation naming {@code startDate}, {@code extraDates} or {@code until} when they cannot be read
	 */
	EventCommand toCommand() {
		return new EventCommand(name, blankToNull(nameKana == null ? null : JapaneseText.toFurigana(nameKana)),
				blankToNull(summary), blankToNull(description), categoryCode,
				fieldCodes == null ? Set.of() : fieldCodes, blankToNull(areaCode), blankToNull(targetAudience),
				blankToNull(fee), Boolean.TRUE.equals(free), capacity, attendanceMode, blankToNull(onlineUrl), placeId,
				blankToNull(placeName), blankToNull(postalCode), blankToNull(address), latitude, longitude,
				organiserGroupId, blankToNull(organiserName),
				coOrganiserGroupIds == null ? Set.of() : coOrganiserGroupIds, blankToNull(coOrganisersText),
				blankToNull(contactName), blankToNull(contactPhone),
				blankToNull(contactEmail) == null ? null : contactEmail.toLowerCase(java.util.Locale.ROOT),
				blankToNull(url), blankToNull(applicationMethod), applicationDeadline,
				Boolean.TRUE.equals(takesRegistrations), dates());
	}

	private List<EventDateCommand> dates() {
		if (startDate == null) {
			throw new EventRuleViolation("startDate", "event.dates.required");
		}
		Set<EventDateCommand> dates = new LinkedHashSet<>();
		List<LocalDate> days = switch (repeat == null ? "NONE" : repeat) {
			case "WEEKLY" -> Recurrence.weekly(startDate, everyWeeks == null ? 1 : everyWeeks,
					startDate.getDayOfWeek(), required(until)).dates();
			case "MONTHLY" -> Recurrence.monthly(startDate, ordinal == null ? ordinalOf(startDate) : ordinal,
					startDate.getDayOfWeek(), required(until)).dates();
			default -> List.of(startDate);
		};
		for (LocalDate day : days) {
			dates.add(new EventDateCommand(day, day.equals(startDate) ? endDate : null, startTime, endTime));
		}
		if (extraDates != null) {
			for (String raw : extraDates.split("\\R")) {
				String line = raw.strip();
				if (line.isEmpty()) {
					continue;
				}
				Matcher m = LINE.matcher(line);
				if (!m.matches()) {
					throw new EventRuleViolation("extraDates", "event.extraDates.invalid", line);
				}
				try {
					LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
							Integer.parseInt(m.group(3)));
					LocalTime from = m.group(4) == null ? startTime
							: LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
					LocalTime to = m.group(4) == null ? endTime
							: m.group(6) == null ? null
									: LocalTime.of(Integer.parseInt(m.group(6)), Integer.parseInt(m.group(7)));
					dates.add(new EventDateCommand(day, null, from, to));
				}
				catch (java.time.DateTimeException invalid) {
					throw new EventRuleViolation("extraDates", "event.extraDates.invalid", line);
				}
			}
		}
		List<EventDateCommand> sorted = new ArrayList<>(dates);
		sorted.sort(java.util.Comparator.comparing(EventDateCommand::date));
		return sorted;
	}

	/** 第n: the week of the month the first date falls in (the 5th counts as the last). */
	private static int ordinalOf(LocalDate day) {
		int n = (day.getDayOfMonth() - 1) / 7 + 1;
		return n == 5 ? -1 : n;
	}

	private static LocalDate required(@Nullable LocalDate until) {
		if (until == null) {
			throw new EventRuleViolation("until", "event.recurrence.untilRequired");
		}
		return until;
	}

	static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

	static final List<DayOfWeek> WEEK = List.of(DayOfWeek.values());

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
