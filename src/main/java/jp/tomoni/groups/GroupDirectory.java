package jp.tomoni.groups;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jp.tomoni.areas.Areas;
import jp.tomoni.audit.AuditLog;
import jp.tomoni.audit.AuditRecord;
import jp.tomoni.municipality.Municipalities;
import jp.tomoni.search.JapaneseQuery;
import jp.tomoni.search.SearchCounts;
import jp.tomoni.shared.ActivityField;
import jp.tomoni.shared.CorporateNumber;
import jp.tomoni.shared.JapaneseText;
import jp.tomoni.shared.PersonalDataContributor;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.util.BytesRef;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Facade of the group directory. Rule violations are thrown as {@link GroupRuleViolation} with a message code;
 * a group the viewer may not see is {@link GroupNotFound}.
 */
@Service
public class GroupDirectory implements PersonalDataContributor {

	private static final JapaneseQuery.Fields SEARCH_FIELDS = new JapaneseQuery.Fields(
			List.of("name", "text"), List.of("nameReading", "textReading"), List.of("nameNgram", "nameKana", "textNgram"));

	private static final AggregationKey<Map<String, Long>> KINDS = AggregationKey.of("kind");

	private static final AggregationKey<Map<String, Long>> OFFERS = AggregationKey.of("offer");

	private static final AggregationKey<Map<String, Long>> SEEKS = AggregationKey.of("seek");

	private static final AggregationKey<Map<String, Long>> FIELDS = AggregationKey.of("field");

	private static final AggregationKey<Map<String, Long>> AREAS = AggregationKey.of("area");

	private static final AggregationKey<Map<Boolean, Long>> VOLUNTEERS = AggregationKey.of("volunteers");

	private final GroupRepository groups;

	private final GroupKindRepository kinds;

	private final Areas areas;

	private final JapaneseQuery japaneseQuery;

	private final Municipalities municipalities;

	private final AuditLog auditLog;

	private final GroupMails mails;

	private final EntityManager entityManager;

	private final Clock clock;

	private final SearchCounts searchCounts;

	private final Administrators administrators;

	GroupDirectory(GroupRepository groups, GroupKindRepository kinds, Areas areas, JapaneseQuery japaneseQuery,
			Municipalities municipalities, AuditLog auditLog, GroupMails mails, EntityManager entityManager,
			Clock clock, SearchCounts searchCounts, Administrators administrators) {
		this.searchCounts = searchCounts;
		this.administrators = administrators;
		this.groups = groups;
		this.kinds = kinds;
		this.areas = areas;
		this.japaneseQuery = japaneseQuery;
		this.municipalities = municipalities;
		this.auditLog = auditLog;
		this.mails = mails;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	/** The kinds of group of the current municipality, in their order. */
	@Transactional(readOnly = true)
	public List<GroupKindView> kinds() {
		return kinds.findForMunicipality(code()).stream().map(GroupKind::toView).toList();
	}

	/** A signed-in person registers a group (仮登録); it waits for a coordinator's review. */
	@Transactional
	public long register(long ownerAccountId, GroupCommand command) {
		Group group = groups.save(Group.register(code(), ownerAccountId, checked(command), clock.instant()));
		administrators.addFounder(group.id(), ownerAccountId, clock.instant());
		return group.id();
	}

	/** The group's administrator changes it; a returned group is thereby submitted again. */
	@Transactional
	public void change(long accountId, long groupId, GroupCommand command) {
		Group group = ownGroup(accountId, groupId);
		group.change(checked(command), clock.instant());
	}

	/** The groups this person administers, newest change first. */
	@Transactional(readOnly = true)
	public List<GroupSummary> groupsOf(long accountId) {
		return administered(accountId).stream().filter(group -> !group.isRemoved()).map(Group::toSummary).toList();
	}

	/** What the group's administrator edits. */
	@Transactional(readOnly = true)
	public GroupCommand editableBy(long accountId, long groupId) {
		return ownGroup(accountId, groupId).toCommand();
	}

	/** Registrations waiting for review, oldest first. */
	@Transactional(readOnly = true)
	public List<GroupSummary> pending() {
		return groups.findByMunicipalityCodeAndStatusOrderBySubmittedAtAsc(code(), GroupStatus.PENDING)
			.stream()
			.map(Group::toSummary)
			.toList();
	}

	/** A coordinator approves a registration (本登録): the group becomes public. */
	@Transactional
	public void approve(long groupId) {
		Group group = anyGroup(groupId);
		group.approve(clock.instant());
		auditLog.record(new AuditRecord("group.approved", "group", Long.toString(groupId)));
		administrators.of(groupId).forEach(administrator -> mails.approved(administrator, group.name()));
	}

	/** A coordinator returns a registration with a reason the applicant sees. */
	@Transactional
	public void returnToApplicant(long groupId, String reason) {
		String text = reason == null ? "" : reason.strip();
		if (text.isEmpty()) {
			throw new GroupRuleViolation("reason", "group.review.reasonRequired");
		}
		if (text.length() > 2000) {
			throw new GroupRuleViolation("reason", "group.review.reasonTooLong", 2000);
		}
		Group group = anyGroup(groupId);
		group.returnToApplicant(text, clock.instant());
		auditLog.record(new AuditRecord("group.returned", "group", Long.toString(groupId)));
		administrators.of(groupId).forEach(administrator -> mails.returned(administrator, group.name(), text));
	}

	/**
	 * A group's page for this viewer: approved groups for everyone; a group under review only for staff and its
	 * own administrators.
	 */
	@Transactional(readOnly = true)
	public GroupProfile profile(long groupId, Viewer viewer) {
		Group group = groups.findById(groupId)
			.filter(g -> g.municipalityCode().equals(code()))
			.filter(g -> g.isApproved() || viewer.staff() || (administers(viewer, groupId) && !g.isRemoved()))
			.orElseThrow(() -> new GroupNotFound(groupId));
		return group.toProfile(viewer, administers(viewer, groupId));
	}

	/** Searches the approved groups with the Japanese search facility, with facet counts. */
	@Transactional(readOnly = true)
	public DirectoryResult search(DirectoryQuery query) {
		int size = query.size() <= 0 ? 20 : query.size();
		if (size > DirectoryQuery.MAX_SIZE) {
			throw new GroupRuleViolation("size", "directory.size.outOfRange", DirectoryQuery.MAX_SIZE);
		}
		int page = Math.max(query.page(), 0);
		String q = query.q() == null ? "" : query.q();
		String after = hasText(query.after()) ? Group.kanaPrefix(query.after()).isEmpty() ? null : afterKey(query.after())
				: null;
		String sort = after != null ? "kana"
				: query.sort() == null || query.sort().isBlank() ? (q.isBlank() ? "kana" : "relevance") : query.sort();
		if (after != null) {
			page = 0;
		}
		else if ((long) (page + 1) * size > DirectoryQuery.MAX_WINDOW) {
			throw new GroupRuleViolation("page", "directory.page.tooDeep", DirectoryQuery.MAX_WINDOW);
		}
		var session = Search.session(entityManager);
		java.util.function.Function<SearchPredicateFactory, PredicateFinalStep> matching = f -> {
			// The words are scored; every criterion is a filter, which Lucene checks without scoring, so that the
			// page of hits can skip what cannot reach it.
			var all = f.bool()
				.must(japaneseQuery.matching(f, q, SEARCH_FIELDS))
				.filter(f.match().field("municipalityCode").matching(code()))
				.filter(f.match().field("status").matching(GroupStatus.APPROVED));
			if (hasText(query.kind())) {
				all.filter(f.match().field("kindCode").matching(query.kind()));
			}
			if (hasText(query.field())) {
				all.filter(f.match().field("fields").matching(query.field()));
			}
			if (hasText(query.area())) {
				all.filter(f.match().field("areas").matching(query.area()));
			}
			if (hasText(query.offer())) {
				all.filter(f.match().field("offers").matching(query.offer()));
			}
			if (hasText(query.seek())) {
				all.filter(f.match().field("seeks").matching(query.seek()));
			}
			if (query.acceptsVolunteers()) {
				all.filter(f.match().field("acceptsVolunteers").matching(true));
			}
			if (after != null) {
				// Read from the doc values, document by document: the same cost at any depth, unlike skipping an
				// offset (every skipped group is sorted) or a range over the terms (every key in it is visited).
				all.filter(f.extension(LuceneExtension.get())
					.fromLuceneQuery(SortedDocValuesField.newSlowRangeQuery("kanaKey", new BytesRef(after), null, false,
							false)));
			}
			return all;
		};
		// The page of hits: sorted by score alone when relevance is asked for, so that Lucene may skip the matches
		// that cannot reach the page (no exact count is asked of this query).
		List<GroupSummary> items = session.search(Group.class)
			.select(GroupHit.class)
			.where(matching::apply)
			.sort(f -> switch (sort) {
				case "updated" -> f.field("updatedAt").desc().then().field("nameKanaSort");
				case "kana" -> f.field("kanaKey");
				default -> f.score();
			})
			.totalHitCountThreshold((long) (page + 1) * size)
			.fetchHits(page * size, size)
			.stream()
			.map(GroupHit::toSummary)
			.toList();
		// The exact count and the facets: one pass over every match without scoring them, kept until a group changes.
		CountKey key = new CountKey(code(), japaneseQuery.expansion(q), query.kind(), query.field(), query.area(),
				query.offer(), query.seek(), query.acceptsVolunteers(), query.withFacets());
		Counts counts = searchCounts.of(Group.class, key, () -> count(session, matching, query.withFacets()));
		String next = sort.equals("kana") && items.size() == size
				? Group.kanaKey(items.getLast().nameKana(), items.getLast().id()) : null;
		return new DirectoryResult(items, counts.total(), page, size, counts.facets(), next);
	}

	/**
	 * The approved groups that share most with a need or an offer, best first: each activity field and area in
	 * common, each category of what the group offers or seeks asked for, and each word found in its texts adds to the
	 * score, with the weights of the matching module. Used for its suggestions.
	 */
	@Transactional(readOnly = true)
	public List<GroupMatch> matching(Set<String> fields, Set<String> areas, Set<String> offers, Set<String> seeks,
			List<String> words, Map<String, Float> weights, int limit) {
		if (fields.isEmpty() && areas.isEmpty() && offers.isEmpty() && seeks.isEmpty() && words.isEmpty()) {
			return List.of();
		}
		return Search.session(entityManager)
			.search(Group.class)
			.select(f -> f.composite().from(f.entity(), f.score()).as((Group g, Float score) -> new GroupMatch(
					g.toSummary(), g.getOfferKinds(), g.getSeekKinds(), g.getSearchText(), score)))
			.where(f -> {
				var all = f.bool()
					.filter(f.match().field("municipalityCode").matching(code()))
					.filter(f.match().field("status").matching(GroupStatus.APPROVED));
				fields.forEach(c -> all.should(f.match().field("fields").matching(c).constantScore()
					.boost(weights.getOrDefault("fields", 1f))));
				areas.forEach(c -> all.should(f.match().field("areas").matching(c).constantScore()
					.boost(weights.getOrDefault("areas", 1f))));
				offers.forEach(c -> all.should(f.match().field("offers").matching(c).constantScore()
					.boost(weights.getOrDefault("kinds", 1f))));
				seeks.forEach(c -> all.should(f.match().field("seeks").matching(c).constantScore()
					.boost(weights.getOrDefault("kinds", 1f))));
				words.forEach(w -> all.should(f.match().field("text").matching(w).constantScore()
					.boost(weights.getOrDefault("words", 1f))));
				return all.minimumShouldMatchNumber(1);
			})
			.sort(f -> f.score().then().field("kanaKey"))
			.fetchHits(limit);
	}

	/** A cursor as given (it has the id after a space) or a reading (カ: from カ on, so just before it). */
	private static String afterKey(String after) {
		String normalised = JapaneseText.normalize(after);
		if (normalised.matches(".+ \\d{19}")) {
			return normalised;
		}
		return Group.kanaPrefix(normalised) + " ";
	}

	private record CountKey(String municipality, List<Set<String>> words, @Nullable String kind, @Nullable String field,
			@Nullable String area, @Nullable String offer, @Nullable String seek, boolean acceptsVolunteers,
			boolean withFacets) {
	}

	private record Counts(long total, Map<String, Map<String, Long>> facets) {
	}

	private static Counts count(SearchSession session,
			java.util.function.Function<SearchPredicateFactory, PredicateFinalStep> matching, boolean withFacets) {
		var counting = session.search(Group.class)
			.select(f -> f.id())
			.where(f -> f.bool().filter(matching.apply(f)))
			.sort(f -> f.indexOrder());
		if (!withFacets) {
			return new Counts(counting.fetchTotalHitCount(), Map.of());
		}
		SearchResult<Object> result = counting
			.aggregation(KINDS, f -> f.terms().field("kindCode", String.class).maxTermCount(50))
			.aggregation(FIELDS, f -> f.terms().field("fields", String.class).maxTermCount(20))
			.aggregation(AREAS, f -> f.terms().field("areas", String.class).maxTermCount(200))
			.aggregation(VOLUNTEERS, f -> f.terms().field("acceptsVolunteers", Boolean.class))
			.aggregation(OFFERS, f -> f.terms().field("offers", String.class).maxTermCount(10))
			.aggregation(SEEKS, f -> f.terms().field("seeks", String.class).maxTermCount(10))
			.fetch(0);
		Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
		facets.put("kind", result.aggregation(KINDS));
		facets.put("field", result.aggregation(FIELDS));
		facets.put("area", result.aggregation(AREAS));
		facets.put("offer", result.aggregation(OFFERS));
		facets.put("seek", result.aggregation(SEEKS));
		facets.put("volunteers", result.aggregation(VOLUNTEERS)
			.entrySet()
			.stream()
			.collect(Collectors.toMap(e -> e.getKey().toString(), Map.Entry::getValue)));
		return new Counts(result.total().hitCount(), java.util.Collections.unmodifiableMap(facets));
	}

	/** Every public group with the details a visitor may see, in 五十音順: the directory's export. */
	@Transactional(readOnly = true)
	public List<GroupProfile> publicProfiles() {
		return groups.findByMunicipalityCodeAndStatusOrderByNameKanaAsc(code(), GroupStatus.APPROVED)
			.stream()
			.map(group -> group.toProfile(Viewer.ANONYMOUS, false))
			.toList();
	}

	@Override
	public String section() {
		return "groups";
	}

	/** The groups the person administers, with everything registered about them, and every membership. */
	@Override
	@Transactional(readOnly = true)
	public Map<String, Object> collect(PersonRef person) {
		List<Map<String, Object>> administered = administered(person.accountId())
			.stream()
			.map(group -> {
				GroupProfile profile = group.toProfile(new Viewer(person.accountId(), false), true);
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("id", profile.summary().id());
				entry.put("name", profile.summary().name());
				entry.put("status", profile.summary().status().name());
				entry.put("contactEmail", profile.contactEmail());
				entry.put("contactPhone", profile.contactPhone());
				entry.put("updatedAt", profile.summary().updatedAt().toString());
				return entry;
			})
			.toList();
		List<Map<String, Object>> memberships = administrators.membershipsOf(person.accountId())
			.stream()
			.map(membership -> {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("groupId", membership.groupId());
				entry.put("groupName", groups.findById(membership.groupId()).map(Group::name).orElse(null));
				entry.put("role", membership.role().name());
				entry.put("joinedAt", membership.joinedAt().toString());
				return entry;
			})
			.toList();
		return Map.of("groupsYouAdminister", administered, "memberships", memberships);
	}

	/**
	 * A group belongs to its members, not to the person who registered it: deleting the account keeps the group and
	 * removes the person's memberships and the invitations addressed to them. A group whose last administrator this
	 * was stays, and coordinators see it listed as 管理者不在. Its contact details are the group's, which the person
	 * can change before leaving.
	 */
	@Override
	@Transactional
	public void erase(PersonRef person) {
		administrators.erase(person);
	}

	private GroupCommand checked(GroupCommand command) {
		if (kinds().stream().noneMatch(kind -> kind.code().equals(command.kindCode()))) {
			throw new GroupRuleViolation("kindCode", "group.kind.unknown");
		}
		if (command.corporateNumber() != null && !command.corporateNumber().isBlank()
				&& !CorporateNumber.isValid(command.corporateNumber())) {
			throw new GroupRuleViolation("corporateNumber", "group.corporateNumber.invalid");
		}
		Set<String> unknownFields = command.fieldCodes()
			.stream()
			.filter(code -> !ActivityField.isKnown(code))
			.collect(Collectors.toSet());
		if (!unknownFields.isEmpty()) {
			throw new GroupRuleViolation("fieldCodes", "group.fields.unknown", String.join(",", unknownFields));
		}
		Set<String> unknownAreas = areas.unknown(command.areaCodes());
		if (!unknownAreas.isEmpty()) {
			throw new GroupRuleViolation("areaCodes", "group.areas.unknown", String.join(",", unknownAreas));
		}
		GroupDetailsRules.check(command.details(), clock);
		return command;
	}

	private Group ownGroup(long accountId, long groupId) {
		return groups.findById(groupId)
			.filter(g -> g.municipalityCode().equals(code()) && administrators.administers(accountId, groupId)
					&& !g.isRemoved())
			.orElseThrow(() -> new GroupNotFound(groupId));
	}

	private boolean administers(Viewer viewer, long groupId) {
		return viewer.accountId() != null && administrators.administers(viewer.accountId(), groupId);
	}

	private List<Group> administered(long accountId) {
		String code = code();
		return administrators.membershipsOf(accountId)
			.stream()
			.filter(GroupMembership::isAdministrator)
			.flatMap(m -> groups.findById(m.groupId()).stream())
			.filter(g -> g.municipalityCode().equals(code))
			.sorted(java.util.Comparator.comparing(Group::updatedAt).reversed())
			.toList();
	}

	private Group anyGroup(long groupId) {
		return groups.findById(groupId)
			.filter(g -> g.municipalityCode().equals(code()))
			.orElseThrow(() -> new GroupNotFound(groupId));
	}

	private String code() {
		return municipalities.current().code();
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}
}
