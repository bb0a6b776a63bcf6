package jp.tomoni.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Set;
import java.util.regex.Pattern;

import jp.tomoni.shared.ActivityField;

/**
 * The rules an event must meet whoever enters it; each refusal names its field and a message code. Categories and
 * areas are checked by {@link EventManagement}, which knows the master data.
 */
final class EventRules {

	/** 開催日 of one event: enough for a year of weekly dates and for imported daily exhibitions. */
	static final int MAX_DATES = 366;

	private static final Pattern KATAKANA = Pattern.compile("^[\\u30A1-\\u30FA\\u30FC\\u30FB\\s\\u3000A-Za-z0-9・&＆.\\-]*$");

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private static final Pattern WEB = Pattern.compile("^https?://\\S+$");

	private static final Pattern POSTAL = Pattern.compile("^\\d{3}-?\\d{4}$");

	private static final Pattern PHONE = Pattern.compile("^[0-9\\-() ]+$");

	private EventRules() {
	}

	/**
	 * @param today the day the check is made
	 * @param newDatesFrom dates before this day are refused (today for a new event entered on Tomoni, {@code null}
	 *        for imports and for dates an edit keeps)
	 */
	static void check(EventCommand command, LocalDate today, Set<LocalDate> keptDates, boolean refusePast) {
		required("name", command.name(), 200);
		length("nameKana", command.nameKana(), 400);
		if (command.nameKana() != null && !KATAKANA.matcher(command.nameKana()).matches()) {
			throw new EventRuleViolation("nameKana", "event.nameKana.invalid");
		}
		length("summary", command.summary(), 1000);
		length("description", command.description(), 8000);
		length("targetAudience", command.targetAudience(), 500);
		length("fee", command.fee(), 500);
		length("placeName", command.placeName(), 200);
		length("address", command.address(), 500);
		length("organiserName", command.organiserName(), 200);
		length("coOrganisersText", command.coOrganisersText(), 1000);
		length("contactName", command.contactName(), 200);
		length("applicationMethod", command.applicationMethod(), 2000);
		if (command.fieldCodes().stream().anyMatch(code -> !ActivityField.isKnown(code))) {
			throw new EventRuleViolation("fieldCodes", "event.fields.unknown");
		}
		if (command.capacity() != null && command.capacity() <= 0) {
			throw new EventRuleViolation("capacity", "event.capacity.positive");
		}
		if (command.attendanceMode() == null) {
			throw new EventRuleViolation("attendanceMode", "event.attendanceMode.required");
		}
		if (command.attendanceMode().hasPlace() && command.placeId() == null && blank(command.placeName())
				&& blank(command.address())) {
			throw new EventRuleViolation("placeName", "event.place.required");
		}
		web("onlineUrl", command.onlineUrl());
		web("url", command.url());
		if (!blank(command.postalCode()) && !POSTAL.matcher(command.postalCode()).matches()) {
			throw new EventRuleViolation("postalCode", "event.postalCode.invalid");
		}
		coordinate("latitude", command.latitude(), 90);
		coordinate("longitude", command.longitude(), 180);
		if ((command.latitude() == null) != (command.longitude() == null)) {
			throw new EventRuleViolation(command.latitude() == null ? "latitude" : "longitude",
					"event.coordinates.both");
		}
		if (command.organiserGroupId() == null && blank(command.organiserName())) {
			throw new EventRuleViolation("organiserGroupId", "event.organiser.required");
		}
		if (!blank(command.contactEmail())
				&& (command.contactEmail().length() > 254 || !EMAIL.matcher(command.contactEmail()).matches())) {
			throw new EventRuleViolation("contactEmail", "event.contactEmail.invalid");
		}
		if (!blank(command.contactPhone())
				&& (command.contactPhone().length() > 30 || !PHONE.matcher(command.contactPhone()).matches())) {
			throw new EventRuleViolation("contactPhone", "event.contactPhone.invalid");
		}
		checkDates(command, today, keptDates, refusePast);
	}

	private static void checkDates(EventCommand command, LocalDate today, Set<LocalDate> keptDates,
			boolean refusePast) {
		if (command.dates().isEmpty()) {
			throw new EventRuleViolation("dates", "event.dates.required");
		}
		if (command.dates().size() > MAX_DATES) {
			throw new EventRuleViolation("dates", "event.dates.tooMany", MAX_DATES);
		}
		LocalDateTime firstStart = null;
		for (EventDateCommand date : command.dates()) {
			if (date.date() == null) {
				throw new EventRuleViolation("dates", "event.dates.required");
			}
			if (refusePast && date.date().isBefore(today) && !keptDates.contains(date.date())) {
				throw new EventRuleViolation("dates", "event.dates.past", date.date());
			}
			if (date.endDate() != null && date.endDate().isBefore(date.date())) {
				throw new EventRuleViolation("dates", "event.dates.endBeforeStart", date.date());
			}
			boolean sameDay = date.endDate() == null || date.endDate().equals(date.date());
			if (sameDay && date.startTime() != null && date.endTime() != null
					&& !date.endTime().isAfter(date.startTime())) {
				throw new EventRuleViolation("dates", "event.dates.endTimeBeforeStart", date.date());
			}
			if (date.endTime() != null && date.startTime() == null) {
				throw new EventRuleViolation("dates", "event.dates.endTimeWithoutStart", date.date());
			}
			LocalDateTime start = date.date().atTime(date.startTime() == null ? LocalTime.MAX : date.startTime());
			if (firstStart == null || start.isBefore(firstStart)) {
				firstStart = start;
			}
		}
		if (command.applicationDeadline() != null && firstStart != null
				&& command.applicationDeadline().isAfter(firstStart)) {
			throw new EventRuleViolation("applicationDeadline", "event.applicationDeadline.afterStart");
		}
	}

	private static void required(String field, String value, int max) {
		if (blank(value)) {
			throw new EventRuleViolation(field, "event." + field + ".required");
		}
		length(field, value, max);
	}

	private static void length(String field, String value, int max) {
		if (value != null && value.codePointCount(0, value.length()) > max) {
			throw new EventRuleViolation(field, "event.field.tooLong", max);
		}
	}

	private static void web(String field, String value) {
		if (!blank(value) && (value.length() > 500 || !WEB.matcher(value).matches())) {
			throw new EventRuleViolation(field, "event.web.invalid");
		}
	}

	private static void coordinate(String field, BigDecimal value, int limit) {
		if (value != null && value.abs().compareTo(BigDecimal.valueOf(limit)) > 0) {
			throw new EventRuleViolation(field, "event." + field + ".invalid");
		}
	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
