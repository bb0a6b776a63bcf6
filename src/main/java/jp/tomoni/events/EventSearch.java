package jp.tomoni.events;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jp.tomoni.municipality.Municipalities;
import jp.tomoni.search.JapaneseQuery;
import jp.tomoni.search.SearchCounts;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The search of event dates, one document per date (docs/decisions/0031), with the Japanese search facility. All
 * of the query building is here, so that search quality is tuned in one place: the fields and their weights
 * ({@link #FIELDS}), the filters, and the order (by date and time without words; by relevance, then date, with
 * words). Only PUBLISHED events are searched.
 */
@Service
public class EventSearch {

	static final JapaneseQuery.Fields FIELDS = new JapaneseQuery.Fields(List.of("event.name", "event.text"),
			List.of("event.nameReading", "event.textReading"),
			List.of("event.nameNgram", "event.nameKana", "event.textNgram"));

	static final JapaneseQuery.Fields TARGET_FIELDS = new JapaneseQuery.Fields(List.of("event.target"), List.of(),
			List.of("event.targetNgram"));

	private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

	private final EntityManager entityManager;

	private final JapaneseQuery japaneseQuery;

	private final SearchCounts searchCounts;

	private final Municipalities municipalities;

	private final Clock clock;

	EventSearch(EntityManager entityManager, JapaneseQuery japaneseQuery, SearchCounts searchCounts,
			Municipalities municipalities, Clock clock) {
		this.entityManager = entityManager;
		this.japaneseQuery = japaneseQuery;
		this.searchCounts = searchCounts;
		this.municipalities = municipalities;
		this.clock = clock;
	}

	/** How many first pages of a query are kept (decision 0052). */
	static final int KEPT_PAGES = 3;

	/** The entities whose change makes a kept page stale. */
	private static final List<Class<?>> CHANGES = List.of(Event.class, EventDate.class);

	private record PageKey(CountKey query, int page, int size) {
	}

	private record CountKey(String municipality, List<Set<String>> words, @Nullable LocalDate from,
			@Nullable LocalDate to, @Nullable String category, @Nullable String area, List<Set<String>> target,
			boolean freeOnly, @Nullable LocalDateTime openAt) {
	}

	/**
	 * A page of dates.
	 *
	 * @throws EventRuleViolation (field {@code size} or {@code page}) when the page is out of range
	 */
	@Transactional(readOnly = true)
	public EventSearchResult search(EventQuery query) {
		int size = query.size() <= 0 ? 20 : query.size();
		if (size > EventQuery.MAX_SIZE) {
			throw new EventRuleViolation("size", "event.search.size", EventQuery.MAX_SIZE);
		}
		int page = Math.max(query.page(), 0);
		if ((long) (page + 1) * size > EventQuery.MAX_WINDOW) {
			throw new EventRuleViolation("page", "event.search.tooDeep", EventQuery.MAX_WINDOW);
		}
		String q = query.q() == null ? "" : query.q();
		String target = query.target() == null ? "" : query.target();
		boolean scored = !JapaneseQuery.words(q).isEmpty();
		LocalDateTime now = LocalDateTime.now(clock.withZone(JAPAN));
		LocalDateTime openAt = query.openForApplication() ? now.withSecond(0).withNano(0) : null;
		String code = municipalities.current().code();
		Function<SearchPredicateFactory, PredicateFinalStep> matching = f -> {
			var all = f.bool()
				.must(japaneseQuery.matching(f, q, FIELDS))
				.filter(f.match().field("event.municipalityCode").matching(code))
				.filter(f.match().field("event.status").matching(EventStatus.PUBLISHED));
			if (query.from() != null) {
				all.filter(f.range().field("lastDay").atLeast(query.from()));
			}
			if (query.to() != null) {
				all.filter(f.range().field("date").atMost(query.to()));
			}
			if (hasText(query.category())) {
				all.filter(f.match().field("event.categoryCode").matching(query.category()));
			}
			if (hasText(query.area())) {
				all.filter(f.match().field("event.areaCode").matching(query.area()));
			}
			if (!JapaneseQuery.words(target).isEmpty()) {
				all.filter(japaneseQuery.matching(f, target, TARGET_FIELDS));
			}
			if (query.freeOnly()) {
				all.filter(f.match().field("event.free").matching(true));
			}
			if (openAt != null) {
				all.filter(f.match().field("event.needsApplication").matching(true));
				all.filter(f.match().field("cancelled").matching(false));
				all.filter(f.range().field("lastDay").atLeast(openAt.toLocalDate()));
				all.filter(f.or(f.not(f.exists().field("event.applicationDeadline")),
						f.range().field("event.applicationDeadline").atLeast(openAt)));
			}
			return all;
		};
		var session = Search.session(entityManager);
		CountKey key = new CountKey(code, japaneseQuery.expansion(q), query.from(), query.to(), query.category(),
				query.area(), japaneseQuery.expansion(target), query.freeOnly(), openAt);
		Supplier<List<EventOccurrenceView>> searching = () -> session.search(EventDate.class)
			.select(OccurrenceHit.class)
			.where(matching::apply)
			.sort(f -> scored ? f.score().then().field("date").then().field("startTime").missing().first()
					: f.field("date").then().field("startTime").missing().first())
			.totalHitCountThreshold((long) (page + 1) * size)
			.fetchHits(page * size, size)
			.stream()
			.map(OccurrenceHit::toView)
			.toList();
		// The first pages of a query are kept until an event or a date changes (decision 0052); deeper pages are rare.
		List<EventOccurrenceView> items = page < KEPT_PAGES
				? searchCounts.page(CHANGES, new PageKey(key, page, size), searching) : searching.get();
		long total = searchCounts.of(Event.class, key,
				() -> session.search(EventDate.class)
					.select(f -> f.id())
					.where(f -> f.bool().filter(matching.apply(f)))
					.sort(f -> f.indexOrder())
					.fetchTotalHitCount());
		return new EventSearchResult(items, total, page, size);
	}

	private static boolean hasText(@Nullable String value) {
		return value != null && !value.isBlank();
	}
}
