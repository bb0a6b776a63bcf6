package jp.tomoni.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The public JSON API of events: published events, one item per date. */
@RestController
@RequestMapping("/api/events")
@PreAuthorize("permitAll()")
@Tag(name = "events", description = "イベント (events)")
class EventApiController {

	private final EventSearch search;

	private final Events events;

	private final EventPages pages;

	private final MessageSource messages;

	EventApiController(EventSearch search, Events events, EventPages pages, MessageSource messages) {
		this.search = search;
		this.events = events;
		this.pages = pages;
		this.messages = messages;
	}

	/**
	 * One date of an event.
	 *
	 * @param id the event's id (several items share it when the event has several dates)
	 * @param startDate ISO 8601 date
	 * @param startTime {@code HH:mm}, or {@code null}
	 * @param category the category code
	 * @param url the event's page
	 */
	record EventItem(long id, String name, @Nullable String nameKana, LocalDate startDate, @Nullable LocalDate endDate,
			@Nullable String startTime, @Nullable String endTime, @Nullable String placeName, @Nullable String address,
			@Nullable BigDecimal latitude, @Nullable BigDecimal longitude, String category, @Nullable String summary,
			String url, boolean cancelled) {

		static EventItem of(EventOccurrenceView o) {
			return new EventItem(o.eventId(), o.name(), o.nameKana(), o.date(),
					o.endDate() == null ? o.date() : o.endDate(), time(o.startTime()), time(o.endTime()), o.placeName(),
					o.address(), o.latitude(), o.longitude(), o.categoryCode(), o.summary(), EventApiController.url(o.eventId()),
					o.cancelled());
		}
	}

	record EventPage(List<EventItem> items, long total, int page, int size) {
	}

	/** One date of an event in the detail. */
	record DateItem(long id, LocalDate startDate, LocalDate endDate, @Nullable String startTime,
			@Nullable String endTime, boolean cancelled) {
	}

	/** An event with all its dates. */
	record EventDetail(long id, String name, @Nullable String nameKana, @Nullable String summary,
			@Nullable String description, String category, List<String> fields, @Nullable String area,
			@Nullable String targetAudience, boolean free, @Nullable String fee, @Nullable Integer capacity,
			String attendanceMode, @Nullable String onlineUrl, @Nullable Long placeId, @Nullable String placeName,
			@Nullable String postalCode, @Nullable String address, @Nullable BigDecimal latitude,
			@Nullable BigDecimal longitude, @Nullable Long organiserGroupId, @Nullable String organiserName,
			List<Long> coOrganiserGroupIds, @Nullable String coOrganisersText, @Nullable String contactName,
			@Nullable String contactPhone, @Nullable String contactEmail, @Nullable String eventUrl,
			@Nullable String applicationMethod, @Nullable String applicationDeadline, boolean takesRegistrations,
			String status, List<DateItem> dates, String url) {
	}

	@GetMapping
	@Operation(summary = "Search the dates of published events (Japanese search: kana, widths, synonyms); one item per date")
	EventPage search(@RequestParam(defaultValue = "") String q,
			@Parameter(description = "first day (ISO 8601); dates ending before it are left out")
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@Parameter(description = "last day (ISO 8601); dates starting after it are left out")
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable String area, @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "1 to 100") @RequestParam(defaultValue = "20") int size) {
		if (page < 0) {
			throw new EventRuleViolation("page", "event.search.page");
		}
		if (size < 1 || size > EventQuery.MAX_SIZE) {
			throw new EventRuleViolation("size", "event.search.size", EventQuery.MAX_SIZE);
		}
		if (from != null && to != null && to.isBefore(from)) {
			throw new EventRuleViolation("to", "event.search.toBeforeFrom");
		}
		EventSearchResult result = search.search(new EventQuery(q, from, to, blank(category), blank(area), null,
				false, false, page, size));
		return new EventPage(result.items().stream().map(EventItem::of).toList(), result.total(), result.page(),
				result.size());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One public event with all its dates")
	EventDetail event(@PathVariable long id) {
		EventDetails d = events.details(id).orElseThrow(() -> new EventNotFound(id));
		EventSummary s = d.summary();
		return new EventDetail(s.id(), s.name(), s.nameKana(), s.summary(), d.description(), s.categoryCode(),
				d.fieldCodes(), d.areaCode(), d.targetAudience(), s.free(), s.fee(), s.capacity(),
				s.attendanceMode().name(), d.onlineUrl(), s.placeId(), s.placeName(), d.postalCode(), s.address(),
				s.latitude(), s.longitude(), s.organiserGroupId(), pages.organiserName(s).orElse(null),
				d.coOrganiserGroupIds(), d.coOrganisersText(), s.contactName(), d.contactPhone(), s.contactEmail(),
				s.url(), d.applicationMethod(),
				s.applicationDeadline() == null ? null
						: s.applicationDeadline().atOffset(java.time.ZoneOffset.ofHours(9)).toString(),
				s.takesRegistrations(), s.status().name(),
				d.dates()
					.stream()
					.map(x -> new DateItem(x.id(), x.date(), x.endDate() == null ? x.date() : x.endDate(),
							time(x.startTime()), time(x.endTime()), x.cancelled() || s.status() == EventStatus.CANCELLED))
					.toList(),
				url(s.id()));
	}

	private static @Nullable String time(java.time.@Nullable LocalTime time) {
		return time == null ? null : time.toString().substring(0, 5);
	}

	private static String url(long id) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path("/events/{id}").buildAndExpand(id).toUriString();
	}

	private static @Nullable String blank(@Nullable String value) {
		return value == null || value.isBlank() ? null : value;
	}

	@ExceptionHandler(EventRuleViolation.class)
	ProblemDetail refused(EventRuleViolation violation, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage(violation.code(), violation.arguments(), locale));
		problem.setProperty("field", violation.field());
		return problem;
	}

	@ExceptionHandler(EventNotFound.class)
	ProblemDetail notFound(EventNotFound notFound, Locale locale) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, messages.getMessage("api.notFound", null, locale));
	}
}
