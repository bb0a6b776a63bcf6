package jp.tomoni.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jp.tomoni.municipality.Municipalities;
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

	Events(EventRepository events, EventDateRepository dates, EventCategoryRepository categories,
			Municipalities municipalities) {
		this.events = events;
		this.dates = dates;
		this.categories = categories;
		this.municipalities = municipalities;
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
		return dates.findPublished(code(), from, to).stream().map(Events::view).toList();
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
