package jp.tomoni.events;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jp.tomoni.areas.Areas;
import jp.tomoni.search.Highlighter;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The public event pages: the list with filters and search, the month calendar, and an event's page. */
@Controller
@PreAuthorize("permitAll()")
class EventController {

	static final int PAGE_SIZE = 20;

	private final EventSearch search;

	private final Events events;

	private final EventManagement management;

	private final EventPages pages;

	private final Areas areas;

	private final Highlighter highlighter;

	private final Clock clock;

	private final CalendarWeeks calendarWeeks;

	/** Other modules' lines on what the city lends an event (後援 / 共催): none when no module contributes. */
	private final org.springframework.beans.factory.ObjectProvider<EventEndorsement> endorsements;

	EventController(EventSearch search, Events events, EventManagement management, EventPages pages, Areas areas,
			Highlighter highlighter, CalendarWeeks calendarWeeks, Clock clock,
			org.springframework.beans.factory.ObjectProvider<EventEndorsement> endorsements) {
		this.calendarWeeks = calendarWeeks;
		this.endorsements = endorsements;
		this.search = search;
		this.events = events;
		this.management = management;
		this.pages = pages;
		this.areas = areas;
		this.highlighter = highlighter;
		this.clock = clock;
	}

	/** One row of the list: the date and its name cut into highlighted parts. */
	record Row(EventOccurrenceView occurrence, List<Highlighter.Part> name) {
	}

	@GetMapping("/events")
	String list(@RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable String area,
			@RequestParam(defaultValue = "") String target, @RequestParam(defaultValue = "false") boolean free,
			@RequestParam(defaultValue = "false") boolean open, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model, Locale locale) {
		LocalDate start = from == null && to == null ? today() : from;
		int shown = Math.min(Math.max(page, 0), EventQuery.MAX_WINDOW / PAGE_SIZE - 1);
		EventSearchResult result = search
			.search(new EventQuery(q, start, to, blank(category), blank(area), target, free, open, shown, PAGE_SIZE));
		var plan = highlighter.plan(q);
		model.addAttribute("rows",
				result.items().stream().map(o -> new Row(o, plan.parts(o.name()))).toList());
		model.addAttribute("result", result);
		model.addAttribute("lastPage", (int) Math.min((result.total() - 1) / PAGE_SIZE, EventQuery.MAX_WINDOW / PAGE_SIZE - 1));
		model.addAttribute("q", q);
		model.addAttribute("from", start);
		model.addAttribute("to", to);
		model.addAttribute("category", blank(category));
		model.addAttribute("area", blank(area));
		model.addAttribute("target", target);
		model.addAttribute("free", free);
		model.addAttribute("open", open);
		addChoices(model, locale);
		return htmx != null ? "events/list :: results" : "events/list";
	}

	/**
	 * A day of the month calendar: {@code date} is null for the cells before the 1st and after the last day;
	 * {@code more} dates beyond those shown are reached through the list of that day.
	 */
	record Day(@Nullable LocalDate date, boolean today, List<Entry> entries, int more) {
	}

	/**
	 * A date in a day of the calendar, ready to show: its address and its label (start time and name), made here once
	 * rather than by the template for each of some 300 links (the page's cost with 100,000 events, decision 0047).
	 */
	record Entry(String href, String label, boolean cancelled) {

		static List<Entry> of(String contextPath, List<EventOccurrenceView> occurrences) {
			return occurrences.stream()
				.map(o -> new Entry(contextPath + "/events/" + o.eventId(),
						o.startTime() == null ? o.name() : o.startTime().format(HOUR_MINUTE) + " " + o.name(),
						o.cancelled()))
				.toList();
		}
	}

	private static final java.time.format.DateTimeFormatter HOUR_MINUTE = java.time.format.DateTimeFormatter
		.ofPattern("HH:mm");

	/** Dates shown in a day of the calendar; the others are counted (「ほか12件」) and linked to the day's list. */
	static final int CALENDAR_PER_DAY = 10;

	/** The weeks of a month, Sunday first, with the days of the neighbouring months empty. */
	static List<List<Day>> weeks(YearMonth shown, LocalDate today, Events.CalendarMonth calendar, String contextPath) {
		LocalDate first = shown.atDay(1);
		LocalDate last = shown.atEndOfMonth();
		List<List<Day>> weeks = new ArrayList<>();
		LocalDate cursor = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
		while (!cursor.isAfter(last)) {
			List<Day> week = new ArrayList<>();
			for (int i = 0; i < 7; i++) {
				boolean inMonth = YearMonth.from(cursor).equals(shown);
				week.add(new Day(inMonth ? cursor : null, cursor.equals(today),
						inMonth ? Entry.of(contextPath, calendar.days().getOrDefault(cursor, List.of())) : List.of(),
						inMonth ? calendar.totals().getOrDefault(cursor, 0)
								- calendar.days().getOrDefault(cursor, List.of()).size() : 0));
				cursor = cursor.plusDays(1);
			}
			weeks.add(week);
		}
		return weeks;
	}

	@GetMapping("/events/calendar")
	String calendar(@RequestParam(required = false) @Nullable String month, Model model, Locale locale,
			jakarta.servlet.http.HttpServletRequest request) {
		String contextPath = request.getContextPath();
		YearMonth shown;
		try {
			shown = month == null || month.isBlank() ? YearMonth.from(today()) : YearMonth.parse(month);
		}
		catch (DateTimeParseException unreadable) {
			shown = YearMonth.from(today());
		}
		YearMonth chosen = shown;
		Events.CalendarMonth calendar = events.calendarMonth(chosen, CALENDAR_PER_DAY);
		LocalDate today = today();
		model.addAttribute("calendarWeeks", calendarWeeks.html(chosen, today, locale, contextPath,
				() -> weeks(chosen, today, calendar, contextPath)));
		model.addAttribute("month", shown);
		model.addAttribute("previous", shown.minusMonths(1));
		model.addAttribute("next", shown.plusMonths(1));
		model.addAttribute("weekdays", List.of("SUNDAY", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
				"SATURDAY"));
		model.addAttribute("count", calendar.count());
		model.addAttribute("categoryLabels", pages.categoryLabels(locale));
		return "events/calendar";
	}

	@GetMapping("/events/{id}")
	String page(@PathVariable long id, Model model, Locale locale) {
		EventDetails details = events.details(id)
			.or(() -> Actors.current()
				.filter(actor -> management.mayManage(actor, id))
				.map(actor -> management.managedDetails(actor, id)))
			.orElseThrow(() -> new EventNotFound(id));
		Map<String, String> labels = pages.categoryLabels(locale);
		String url = ServletUriComponentsBuilder.fromCurrentRequestUri().replaceQuery(null).toUriString();
		model.addAttribute("event", details);
		model.addAttribute("categoryLabel", labels.getOrDefault(details.summary().categoryCode(), ""));
		model.addAttribute("organiserGroupName", pages.groupName(details.summary().organiserGroupId()).orElse(null));
		model.addAttribute("coOrganisers", details.coOrganiserGroupIds()
			.stream()
			.flatMap(g -> pages.groupName(g).map(name -> Map.entry(g, name)).stream())
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a,
					java.util.LinkedHashMap::new)));
		model.addAttribute("areaName", pages.areaName(details.areaCode()).orElse(null));
		model.addAttribute("endorsements",
				endorsements.orderedStream().flatMap(e -> e.endorsementsOf(id, locale).stream()).toList());
		model.addAttribute("manageable", Actors.current().filter(a -> management.mayManage(a, id)).isPresent());
		model.addAttribute("jsonLd", pages.jsonLd(details, url,
				labels.getOrDefault(details.summary().categoryCode(), "")));
		return "events/page";
	}

	private void addChoices(Model model, Locale locale) {
		model.addAttribute("categories", events.activeCategories());
		model.addAttribute("categoryLabels", pages.categoryLabels(locale));
		model.addAttribute("areas", areas.all());
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Tokyo")));
	}

	private static @Nullable String blank(@Nullable String value) {
		return value == null || value.isBlank() ? null : value;
	}
}
