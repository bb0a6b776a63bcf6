package jp.tomoni.events;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class EventRulesTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	static EventCommand with(String field, Object value) {
		EventCommand c = EventModelIntegrationTests.command("交流会",
				List.of(new EventDateCommand(TODAY.plusDays(5), null, LocalTime.of(10, 0), LocalTime.of(12, 0))));
		return new EventCommand(c.name(), field.equals("nameKana") ? (String) value : c.nameKana(), c.summary(),
				c.description(), c.categoryCode(), c.fieldCodes(), c.areaCode(), c.targetAudience(), c.fee(), c.free(),
				field.equals("capacity") ? (Integer) value : c.capacity(), c.attendanceMode(), c.onlineUrl(), c.placeId(),
				field.equals("placeName") ? (String) value : c.placeName(), c.postalCode(),
				field.equals("address") ? (String) value : c.address(),
				field.equals("latitude") ? (BigDecimal) value : c.latitude(), c.longitude(), c.organiserGroupId(),
				c.organiserName(), c.coOrganiserGroupIds(), c.coOrganisersText(), c.contactName(), c.contactPhone(),
				field.equals("contactEmail") ? (String) value : c.contactEmail(),
				field.equals("url") ? (String) value : c.url(), c.applicationMethod(),
				field.equals("applicationDeadline") ? (LocalDateTime) value : c.applicationDeadline(),
				c.takesRegistrations(), field.equals("dates") ? castDates(value) : c.dates());
	}

	@SuppressWarnings("unchecked")
	private static List<EventDateCommand> castDates(Object value) {
		return (List<EventDateCommand>) value;
	}

	static void refused(EventCommand command, String field, String code) {
		assertThatThrownBy(() -> EventRules.check(command, TODAY, Set.of(), true))
			.isInstanceOfSatisfying(EventRuleViolation.class, v -> {
				org.assertj.core.api.Assertions.assertThat(v.field()).isEqualTo(field);
				org.assertj.core.api.Assertions.assertThat(v.code()).isEqualTo(code);
			});
	}

	@Test
	void aCompleteEventPasses() {
		assertThatCode(() -> EventRules.check(with("none", null), TODAY, Set.of(), true)).doesNotThrowAnyException();
	}

	@Test
	void eachRuleNamesItsField() {
		refused(with("capacity", 0), "capacity", "event.capacity.positive");
		refused(with("nameKana", "花火"), "nameKana", "event.nameKana.invalid");
		refused(with("contactEmail", "taro@"), "contactEmail", "event.contactEmail.invalid");
		refused(with("url", "javascript:alert(1)"), "url", "event.web.invalid");
		refused(with("latitude", new BigDecimal("91")), "latitude", "event.latitude.invalid");
		refused(with("applicationDeadline", TODAY.plusDays(6).atTime(9, 0)), "applicationDeadline",
				"event.applicationDeadline.afterStart");
		EventCommand noPlace = with("placeName", null);
		refused(new EventCommand(noPlace.name(), noPlace.nameKana(), noPlace.summary(), noPlace.description(),
				noPlace.categoryCode(), noPlace.fieldCodes(), noPlace.areaCode(), noPlace.targetAudience(), noPlace.fee(),
				noPlace.free(), noPlace.capacity(), noPlace.attendanceMode(), null, null, null, null, null, null, null,
				noPlace.organiserGroupId(), noPlace.organiserName(), Set.of(), null, null, null, null, null, null, null,
				false, noPlace.dates()), "placeName", "event.place.required");
	}

	@Test
	void datesMustBeAheadAndInOrder() {
		refused(with("dates", List.of()), "dates", "event.dates.required");
		refused(with("dates", List.of(new EventDateCommand(TODAY.minusDays(1), null, null, null))), "dates",
				"event.dates.past");
		refused(with("dates", List.of(new EventDateCommand(TODAY, TODAY.minusDays(1), null, null))), "dates",
				"event.dates.endBeforeStart");
		refused(with("dates", List.of(new EventDateCommand(TODAY, null, LocalTime.of(12, 0), LocalTime.of(10, 0)))),
				"dates", "event.dates.endTimeBeforeStart");
		// Kept dates of an edited event and imports may lie in the past.
		EventCommand past = with("dates", List.of(new EventDateCommand(TODAY.minusDays(1), null, null, null)));
		assertThatCode(() -> EventRules.check(past, TODAY, Set.of(TODAY.minusDays(1)), true)).doesNotThrowAnyException();
		assertThatCode(() -> EventRules.check(past, TODAY, Set.of(), false)).doesNotThrowAnyException();
		// A multi-day date may end earlier in the day than it starts.
		assertThatCode(() -> EventRules.check(
				with("dates", List.of(new EventDateCommand(TODAY, TODAY.plusDays(1), LocalTime.of(18, 0),
						LocalTime.of(10, 0)))),
				TODAY, Set.of(), true)).doesNotThrowAnyException();
	}
}
