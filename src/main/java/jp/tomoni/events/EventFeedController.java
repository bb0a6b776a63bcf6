package jp.tomoni.events;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.tomoni.municipality.Municipalities;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * iCalendar feeds of the published event dates from 30 days ago to a year ahead: all events, one category, one
 * group (as organiser or co-organiser).
 */
@RestController
@PreAuthorize("permitAll()")
class EventFeedController {

	static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

	private final Events events;

	private final EventRepository eventRows;

	private final EventPages pages;

	private final Municipalities municipalities;

	private final MessageSource messages;

	private final Clock clock;

	EventFeedController(Events events, EventRepository eventRows, EventPages pages, Municipalities municipalities,
			MessageSource messages, Clock clock) {
		this.events = events;
		this.eventRows = eventRows;
		this.pages = pages;
		this.municipalities = municipalities;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/events.ics")
	ResponseEntity<String> all(Locale locale) {
		return feed(messages.getMessage("events.feed.all", new Object[] { municipalities.current().name() }, locale),
				events.publishedOccurrences(from(), until()), locale);
	}

	@GetMapping("/events/category/{code}.ics")
	ResponseEntity<String> category(@PathVariable String code, Locale locale) {
		String label = pages.categoryLabels(locale).get(code);
		if (label == null) {
			return ResponseEntity.notFound().build();
		}
		return feed(municipalities.current().name() + " " + label,
				events.publishedOccurrencesInCategory(code, from(), until()), locale);
	}

	@GetMapping("/groups/{id}/events.ics")
	ResponseEntity<String> group(@PathVariable long id, Locale locale) {
		String name = pages.groupName(id).orElse(null);
		if (name == null) {
			return ResponseEntity.notFound().build();
		}
		return feed(name, events.publishedOccurrencesOfGroup(id, from(), until()), locale);
	}

	private ResponseEntity<String> feed(String name, List<EventOccurrenceView> occurrences, Locale locale) {
		Map<String, String> labels = pages.categoryLabels(locale);
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
		String host = ServletUriComponentsBuilder.fromCurrentContextPath().build().getHost();
		var updated = eventRows.findAllById(occurrences.stream().map(EventOccurrenceView::eventId).distinct().toList())
			.stream()
			.collect(java.util.stream.Collectors.toMap(Event::id, Event::updatedAt));
		List<ICalendarWriter.Entry> entries = occurrences.stream()
			.map(o -> new ICalendarWriter.Entry(o.eventId(), o.dateId(), o.name(), o.summary(), o.date(), o.endDate(),
					o.startTime(), o.endTime(), location(o), o.latitude(), o.longitude(), o.cancelled(),
					labels.get(o.categoryCode()), base + "/events/" + o.eventId(),
					updated.getOrDefault(o.eventId(), clock.instant())))
			.toList();
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.body(ICalendarWriter.write(name, host == null ? "tomoni" : host, entries));
	}

	private static String location(EventOccurrenceView o) {
		if (o.placeName() == null) {
			return o.address();
		}
		return o.address() == null ? o.placeName() : o.placeName() + " " + o.address();
	}

	private LocalDate from() {
		return LocalDate.now(clock.withZone(ZoneId.of("Asia/Tokyo"))).minusDays(30);
	}

	private LocalDate until() {
		return LocalDate.now(clock.withZone(ZoneId.of("Asia/Tokyo"))).plusYears(1);
	}
}
