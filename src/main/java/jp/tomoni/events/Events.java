package jp.tomoni.events;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.tomoni.municipality.Municipalities;
import jp.tomoni.search.SearchCounts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules (places, registrations, newsletter, open data) and the public pages read about events. Only
 * public events are returned: PUBLISHED, and CANCELLED ones that had been published (their pages say 中止).
 */
@Service
public class Events {

	private final EventRepository events;

	private final EventDateRepository dates;

	private final EventCategoryRepository categories;

	private final Municipalities municipalities;

	private final SearchCounts searchCounts;

	Events(EventRepository events, EventDateRepository dates, EventCategoryRepository categories,
			Municipalities municipalities, SearchCounts searchCounts) {
		this.events = events;
		this.dates = dates;
		this.categories = categories;
		this.municipalities = municipalities;
		this.searchCounts = searchCounts;
	}

	/** A public event. */
	@Transactional(readOnly = true)
	public Optional<EventSummary> find(long eventId) {
		return publicEvent(eventId).map(Event::toSummary);
	}

	/** A public event with its dates and page details (no review note). */
	@Transactional(readOnly = true)
	public Optional<EventDetails> details(long eventId) {
		return publicEvent(eventId).map(e -> e.toDetails().withoutReviewNote());
	}

	/** One date of a public event. */
	@Transactional(readOnly = true)
	public Optional<EventOccurrenceView> occurrence(long dateId) {
		return dates.findById(dateId).filter(d -> isPublic(d.event())).map(Events::view);
	}

	/** The dates of published events overlapping [from, to], by date and start time. */
	@Transactional(readOnly = true)
	public List<EventOccurrenceView> publishedOccurrences(LocalDate from, LocalDate to) {
		return dates.findPublishedViews(code(), from, to);
	}

	/**
	 * The month calendar: each day's dates (a multi-day date on every day it covers), at most {@code perDay} of
	 * them, and how many there are. Kept until an event changes (a change of a date also changes its event's
	 * {@code updatedAt}), like the counts of a search: with 100,000 events a month holds some 10,000 dates, too many
	 * to read for every request (decision 0047).
	 */
	CalendarMonth calendarMonth(YearMonth month, int perDay) {
		return searchCounts.of(Event.class, new CalendarKey(code(), month, perDay),
				() -> CalendarMonth.of(month, publishedOccurrences(month.atDay(1), month.atEndOfMonth()), perDay));
	}

	private record CalendarKey(String municipality, YearMonth month, int perDay) {
	}

	/**
	 * @param days the dates shown on each day that has any, in order
	 * @param totals the number of dates on each of those days
	 * @param count the dates of the month
	 */
	record CalendarMonth(Map<LocalDate, List<EventOccurrenceView>> days, Map<LocalDate, Integer> totals, int count) {

		static CalendarMonth of(YearMonth month, List<EventOccurrenceView> occurrences, int perDay) {
			LocalDate first = month.atDay(1);
			LocalDate last = month.atEndOfMonth();
			Map<LocalDate, List<EventOccurrenceView>> days = new HashMap<>();
			Map<LocalDate, Integer> totals = new HashMap<>();
			for (EventOccurrenceView o : occurrences) {
				LocalDate end = o.endDate() == null ? o.date() : o.endDate();
				for (LocalDate d = o.date().isBefore(first) ? first : o.date(); !d.isAfter(end)
						&& !d.isAfter(last); d = d.plusDays(1)) {
					if (totals.merge(d, 1, Integer::sum) <= perDay) {
						days.computeIfAbsent(d, k -> new ArrayList<>()).add(o);
					}
				}
			}
			days.replaceAll((d, shown) -> List.copyOf(shown));
			return new CalendarMonth(Map.copyOf(days), Map.copyOf(totals), occurrences.size());
		}
	}

	/** The dates of published events held at a place (places module) overlapping [from, to]. */
	@Transactional(readOnly = true)
	public List<EventOccurrenceView> publishedOccurrencesAtPlace(long placeId, LocalDate from, LocalDate to) {
		return dates.findPublishedAtPlace(code(), placeId, from, to).stream().map(Events::view).toList();
	}

	/** The dates of published events a group organises or co-organises, overlapping [from, to]. */
	@Transactional(readOnly = true)
	public List<EventOccurrenceView> publishedOccurrencesOfGroup(long groupId, LocalDate from, LocalDate to) {
		return dates.findPublishedOfGroup(code(), groupId, from, to).stream().map(Events::view).toList();
	}

	/** The dates of published events of a category overlapping [from, to]. */
	@Transactional(readOnly = true)
	public List<EventOccurrenceView> publishedOccurrencesInCategory(String categoryCode, LocalDate from,
			LocalDate to) {
		return dates.findPublishedInCategory(code(), categoryCode, from, to).stream().map(Events::view).toList();
	}

	/** Every category, retired ones included, in their order. */
	@Transactional(readOnly = true)
	public List<EventCategoryView> categories() {
		return categories.findAllByOrderBySortOrderAscCodeAsc().stream().map(EventCategory::toView).toList();
	}

	/** The categories an organiser may choose. */
	@Transactional(readOnly = true)
	public List<EventCategoryView> activeCategories() {
		return categories().stream().filter(c -> !c.retired()).toList();
	}

	static EventOccurrenceView view(EventDate date) {
		Event event = date.event();
		EventSummary summary = event.toSummary();
		return new EventOccurrenceView(event.id(), date.id(), event.name(), event.nameKana(), date.date(),
				date.endDate(), date.startTime(), date.endTime(),
				date.cancelled() || event.status() == EventStatus.CANCELLED, event.categoryCode(), summary.summary(),
				summary.placeName(), summary.address(), summary.latitude(), summary.longitude());
	}

	private Optional<Event> publicEvent(long eventId) {
		return events.findById(eventId).filter(this::isPublic);
	}

	private boolean isPublic(Event event) {
		return event.municipalityCode().equals(code()) && event.isPublic();
	}

	private String code() {
		return municipalities.current().code();
	}
}
