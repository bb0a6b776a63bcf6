package jp.tomoni.places;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jp.tomoni.areas.AreaView;
import jp.tomoni.areas.Areas;
import jp.tomoni.audit.AuditLog;
import jp.tomoni.audit.AuditRecord;
import jp.tomoni.municipality.Municipalities;
import jp.tomoni.search.JapaneseQuery;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Facade of the places module (the register of places, decision 0028). Other modules use the public methods: a
 * place by its id, the published places, a search for a picker; they refer to a place by its id only. The
 * back office and the pages of this module use the others.
 */
@Service
public class Places {

	private static final JapaneseQuery.Fields SEARCH_FIELDS = new JapaneseQuery.Fields(List.of("name", "text"),
			List.of("nameReading", "textReading"), List.of("nameNgram", "nameKana", "textNgram"));

	private final PlaceRepository places;

	private final PlaceKindRepository kinds;

	private final Areas areas;

	private final Municipalities municipalities;

	private final JapaneseQuery japaneseQuery;

	private final EntityManager entityManager;

	private final AuditLog auditLog;

	private final Clock clock;

	Places(PlaceRepository places, PlaceKindRepository kinds, Areas areas, Municipalities municipalities,
			JapaneseQuery japaneseQuery, EntityManager entityManager, AuditLog auditLog, Clock clock) {
		this.places = places;
		this.kinds = kinds;
		this.areas = areas;
		this.municipalities = municipalities;
		this.japaneseQuery = japaneseQuery;
		this.entityManager = entityManager;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** A published place of the current municipality. */
	@Transactional(readOnly = true)
	public Optional<PlaceSummary> find(long id) {
		return places.findByIdAndMunicipalityCode(id, code())
			.filter(place -> place.status() == PlaceStatus.PUBLISHED)
			.map(place -> detail(place, Locale.JAPANESE, Map.of(), Map.of()).summary());
	}

	/** Every published place, in 五十音順. */
	@Transactional(readOnly = true)
	public List<PlaceSummary> published() {
		return places.findByMunicipalityCodeAndStatusOrderByNameKanaAscIdAsc(code(), PlaceStatus.PUBLISHED)
			.stream()
			.map(place -> detail(place, Locale.JAPANESE, Map.of(), Map.of()).summary())
			.toList();
	}

	/** Published places matching what was typed (Japanese search: kana, widths, synonyms), for a picker. */
	@Transactional(readOnly = true)
	public List<PlaceSummary> search(String query, int limit) {
		int size = Math.min(Math.max(limit, 1), PlaceQuery.MAX_SIZE);
		return search(new PlaceQuery(query, null, null, 0, size), Locale.JAPANESE).items()
			.stream()
			.map(PlaceDetail::summary)
			.toList();
	}

	@Transactional(readOnly = true)
	PlaceSearchResult search(PlaceQuery query, Locale locale) {
		int size = query.size() <= 0 ? 20 : query.size();
		if (size > PlaceQuery.MAX_SIZE) {
			throw new PlaceRuleViolation("size", "place.size.outOfRange", PlaceQuery.MAX_SIZE);
		}
		if (query.page() < 0) {
			throw new PlaceRuleViolation("page", "place.page.outOfRange");
		}
		String q = query.q() == null ? "" : query.q();
		var result = Search.session(entityManager)
			.search(Place.class)
			.where(f -> {
				var all = f.bool()
					.must(japaneseQuery.matching(f, q, SEARCH_FIELDS))
					.filter(f.match().field("municipalityCode").matching(code()))
					.filter(f.match().field("status").matching(PlaceStatus.PUBLISHED));
				if (query.kind() != null && !query.kind().isBlank()) {
					all.filter(f.match().field("kindCode").matching(query.kind()));
				}
				if (query.area() != null && !query.area().isBlank()) {
					all.filter(f.match().field("areaCode").matching(query.area()));
				}
				return all;
			})
			.sort(f -> JapaneseQuery.words(q).isEmpty() ? f.field("kanaKey") : f.score().then().field("kanaKey"))
			.fetch(query.page() * size, size);
		Map<String, String> kindNames = kindNames(locale);
		Map<String, String> areaNames = areaNames();
		return new PlaceSearchResult(result.hits().stream().map(p -> detail(p, locale, kindNames, areaNames)).toList(),
				result.total().hitCount(), query.page(), size);
	}

	/** A place as its page shows it; a hidden one only to staff. */
	@Transactional(readOnly = true)
	PlaceDetail detail(long id, boolean staff, Locale locale) {
		Place place = places.findByIdAndMunicipalityCode(id, code())
			.filter(p -> staff || p.status() == PlaceStatus.PUBLISHED)
			.orElseThrow(() -> new PlaceNotFound(id));
		return detail(place, locale, kindNames(locale), areaNames());
	}

	/** Every place of the municipality, hidden ones too, for the back office. */
	@Transactional(readOnly = true)
	Page<PlaceDetail> all(int page, int size, Locale locale) {
		Map<String, String> kindNames = kindNames(locale);
		Map<String, String> areaNames = areaNames();
		return places.findByMunicipalityCodeOrderByNameKanaAscIdAsc(code(), PageRequest.of(Math.max(page, 0), size))
			.map(place -> detail(place, locale, kindNames, areaNames));
	}

	/** The published places with their details in 五十音順: the open-data export. */
	@Transactional(readOnly = true)
	List<PlaceDetail> publishedDetails() {
		Map<String, String> kindNames = kindNames(Locale.JAPANESE);
		Map<String, String> areaNames = areaNames();
		return places.findByMunicipalityCodeAndStatusOrderByNameKanaAscIdAsc(code(), PlaceStatus.PUBLISHED)
			.stream()
			.map(place -> detail(place, Locale.JAPANESE, kindNames, areaNames))
			.toList();
	}

	@Transactional(readOnly = true)
	List<PlaceKind.PlaceKindView> kinds() {
		return kinds.findAllByOrderBySortOrderAscCodeAsc().stream().map(PlaceKind::toView).toList();
	}

	/** Registers a place by hand; it is published at once. */
	@Transactional
	long create(PlaceCommand command, @Nullable Long accountId) {
		check(command, true);
		Place place = Place.register(code(), command, Place.HAND, null, null, accountId, now());
		places.saveAndFlush(place);
		place.keyedById();
		auditLog.record(new AuditRecord("place.created", "place", String.valueOf(place.id())));
		return place.id();
	}

	/** Changes a place; {@code version} is the one the form was filled from (another's change meanwhile is refused). */
	@Transactional
	void change(long id, long version, PlaceCommand command, @Nullable Long accountId) {
		Place place = places.findByIdAndMunicipalityCode(id, code()).orElseThrow(() -> new PlaceNotFound(id));
		if (place.version() != version) {
			throw new PlaceRuleViolation("name", "place.changedMeanwhile");
		}
		check(command, !command.kindCode().equals(place.kindCode()));
		place.change(command, accountId, now());
		auditLog.record(new AuditRecord("place.changed", "place", String.valueOf(id)));
	}

	@Transactional
	void hide(long id, boolean hidden, @Nullable Long accountId) {
		Place place = places.findByIdAndMunicipalityCode(id, code()).orElseThrow(() -> new PlaceNotFound(id));
		if (hidden) {
			place.hide(accountId, now());
		}
		else {
			place.publish(accountId, now());
		}
		auditLog.record(new AuditRecord(hidden ? "place.hidden" : "place.published", "place", String.valueOf(id)));
	}

	/** The kinds that may be chosen (retired ones only for a place that has one already) and the areas. */
	private void check(PlaceCommand command, boolean newKind) {
		Set<String> kindCodes = kinds.findAll()
			.stream()
			.filter(kind -> !newKind || !kind.retired())
			.map(PlaceKind::code)
			.collect(Collectors.toSet());
		Set<String> areaCodes = areas.all().stream().map(AreaView::code).collect(Collectors.toSet());
		List<PlaceRules.Problem> problems = PlaceRules.check(command, kindCodes, areaCodes);
		if (!problems.isEmpty()) {
			PlaceRules.Problem first = problems.getFirst();
			throw new PlaceRuleViolation(first.field(), first.code(), first.arguments());
		}
	}

	Map<String, String> kindNames(Locale locale) {
		return kinds.findAll()
			.stream()
			.collect(Collectors.toMap(PlaceKind::code, kind -> kind.toView().label(locale)));
	}

	private Map<String, String> areaNames() {
		return areas.all().stream().collect(Collectors.toMap(AreaView::code, AreaView::name, (a, b) -> a));
	}

	private static PlaceDetail detail(Place place, Locale locale, Map<String, String> kindNames,
			Map<String, String> areaNames) {
		PlaceCommand values = place.toCommand();
		return new PlaceDetail(place.id(), values, kindNames.getOrDefault(place.kindCode(), place.kindCode()),
				values.areaCode() == null ? null : areaNames.get(values.areaCode()), place.status(), place.source(),
				place.sourceKey(), place.updatedAt(), place.version());
	}

	private String code() {
		return municipalities.current().code();
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}
}
