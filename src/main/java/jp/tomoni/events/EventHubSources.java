package jp.tomoni.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jp.tomoni.groups.GroupPageSection;
import jp.tomoni.municipality.Municipalities;
import jp.tomoni.newsletter.DigestItem;
import jp.tomoni.newsletter.DigestSource;
import jp.tomoni.opendata.OpenDataset;
import jp.tomoni.places.PlaceEventLink;
import jp.tomoni.places.PlacePageSection;
import jp.tomoni.search.SearchSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where events appear outside their own pages: the site-wide search, the weekly newsletter, the open-data page, the
 * pages of the organising groups and of the places where they are held. Public events only, each through the SPI
 * of the module that shows them.
 */
final class EventHubSources {

	private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	private EventHubSources() {
	}

	private static String time(EventOccurrenceView o) {
		return o.startTime() == null ? "" : o.startTime().toString() + (o.endTime() == null ? "" : "〜" + o.endTime());
	}

	/** Events in the search box of every page: dates from today on, soonest and best first. */
	@Component
	static class Search implements SearchSource {

		private final EventSearch search;

		private final java.time.Clock clock;

		Search(EventSearch search, java.time.Clock clock) {
			this.search = search;
			this.clock = clock;
		}

		@Override
		public String type() {
			return "events";
		}

		@Override
		public int order() {
			return 20;
		}

		@Override
		public Page search(String query, int page, int size) {
			EventSearchResult result = search.search(new EventQuery(query, LocalDate.now(clock.withZone(TOKYO)), null,
					null, null, null, false, false, page, Math.max(size, 1)));
			return new Page(result.total(),
					result.items()
						.stream()
						.limit(size)
						.map(o -> new Hit(Long.toString(o.eventId()), o.name(), o.summary() == null ? "" : o.summary(),
								"/events/" + o.eventId(), o.date(),
								String.join(" ", time(o), o.placeName() == null ? "" : o.placeName()).strip()))
						.toList());
		}
	}

	/** New events in the weekly newsletter: those first published in the week, with a date still ahead. */
	@Component
	static class Digest implements DigestSource {

		/** At most so many events in one digest, the soonest first. */
		static final int LIMIT = 50;

		private final EventRepository events;

		private final Municipalities municipalities;

		private final java.time.Clock clock;

		Digest(EventRepository events, Municipalities municipalities, java.time.Clock clock) {
			this.events = events;
			this.municipalities = municipalities;
			this.clock = clock;
		}

		@Override
		@Transactional(readOnly = true)
		public List<DigestItem> itemsBetween(Instant from, Instant to) {
			LocalDate today = LocalDate.now(clock.withZone(TOKYO));
			return events.findPublishedBetween(municipalities.current().code(), from, to)
				.stream()
				.flatMap(event -> event.dates()
					.stream()
					.filter(date -> !date.cancelled() && !date.date().isBefore(today))
					.map(EventDate::date)
					.min(Comparator.naturalOrder())
					.map(next -> new DigestItem("newsletter.type.event", event.name(), "/events/" + event.id(), next,
							event.fieldCodes(),
							event.areaCode() == null ? Set.of() : Set.of(event.areaCode()), event.summaryText()))
					.stream())
				.sorted(Comparator.comparing(DigestItem::date))
				.limit(LIMIT)
				.toList();
		}
	}

	/** The events dataset of the open-data page (downloads served by {@code EventOpenDataController}). */
	@Component
	static class Dataset implements OpenDataset {

		private final EventRepository events;

		private final Municipalities municipalities;

		Dataset(EventRepository events, Municipalities municipalities) {
			this.events = events;
			this.municipalities = municipalities;
		}

		@Override
		public String id() {
			return "events";
		}

		@Override
		public String titleKey() {
			return "opendata.events.title";
		}

		@Override
		public String descriptionKey() {
			return "opendata.events.description";
		}

		@Override
		public List<Download> downloads() {
			return List.of(new Download("CSV", "/opendata/events.csv", "opendata.format.csvBom"),
					new Download("JSON", "/opendata/events.json", "opendata.format.json"));
		}

		@Override
		public List<Column> columns() {
			return EventOpenData.COLUMNS.stream().map(name -> new Column(name, "opendata.column.standard")).toList();
		}

		@Override
		@Transactional(readOnly = true)
		public Optional<Instant> lastModified() {
			return Optional.ofNullable(events.lastUpdate(municipalities.current().code()));
		}
	}

	/** A group's coming events on its page, as organiser or co-organiser. */
	@Component
	@Order(10)
	static class GroupSection implements GroupPageSection {

		private final Events events;

		private final java.time.Clock clock;

		GroupSection(Events events, java.time.Clock clock) {
			this.events = events;
			this.clock = clock;
		}

		@Override
		public Optional<Section> forGroup(long groupId, Locale locale) {
			LocalDate today = LocalDate.now(clock.withZone(TOKYO));
			List<Link> links = events.publishedOccurrencesOfGroup(groupId, today, today.plusYears(1))
				.stream()
				.filter(o -> !o.cancelled())
				.limit(10)
				.map(o -> new Link(o.name(), "/events/" + o.eventId(), o.date(), null))
				.toList();
			return links.isEmpty() ? Optional.empty()
					: Optional.of(new Section("group-events", "events.group.heading", links,
							null));
		}
	}

	/** The coming events held at a place, on the place's page. */
	@Component
	static class PlaceSection implements PlacePageSection {

		private final Events events;

		PlaceSection(Events events) {
			this.events = events;
		}

		@Override
		public String headingKey() {
			return "events.atPlace.heading";
		}

		@Override
		public List<PlaceEventLink> entriesAt(long placeId, LocalDate from, int limit) {
			return events.publishedOccurrencesAtPlace(placeId, from, from.plusYears(1))
				.stream()
				.filter(o -> !o.cancelled())
				.limit(limit)
				.map(o -> new PlaceEventLink(o.name(), "/events/" + o.eventId(), o.date(),
						time(o).isEmpty() ? null : time(o)))
				.toList();
		}

		@Override
		public int order() {
			return 10;
		}
	}
}
