package jp.tomoni.talent;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jp.tomoni.accounts.AccountManagement;
import jp.tomoni.accounts.AccountView;
import jp.tomoni.areas.AreaView;
import jp.tomoni.areas.Areas;
import jp.tomoni.audit.AuditLog;
import jp.tomoni.audit.AuditRecord;
import jp.tomoni.municipality.Municipalities;
import jp.tomoni.search.JapaneseQuery;
import jp.tomoni.shared.ActivityField;
import jp.tomoni.shared.NoticeRequested;
import jp.tomoni.shared.NoticeTopic;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The talent bank: a person's own entry (register, change, withdraw consent), the coordinators' search with facets and
 * their introductions, the public list of those who chose it, and the suggestions the matching module draws from it.
 */
@Service
public class TalentBank {

	/** How much each shared trait weighs in a suggestion (the same weights rank every kind of suggestion). */
	public static final float FIELD_WEIGHT = 3, SKILL_WEIGHT = 3, AREA_WEIGHT = 2, WORD_WEIGHT = 1;

	private static final JapaneseQuery.Fields SEARCH_FIELDS = new JapaneseQuery.Fields(List.of("text"),
			List.of("textReading"), List.of("textNgram"));

	/** What a suggestion is drawn for: the traits of a need. */
	public record Criteria(Set<String> skills, Set<String> fields, Set<String> areas, List<String> words) {

		public Criteria {
			skills = Set.copyOf(skills);
			fields = Set.copyOf(fields);
			areas = Set.copyOf(areas);
			words = List.copyOf(words);
		}
	}

	/**
	 * An entry as suggestions show it: no contact details. {@code text} is the entry's own words, for the reasons.
	 */
	public record Candidate(long id, long accountId, String displayName, Set<String> skills, Set<String> fields,
			Set<String> areas, Set<TalentMode> modes, TalentFee fee, String text, float score) {
	}

	/** A staff search of the bank: words and facet choices, every one optional. */
	record BankQuery(@Nullable String q, @Nullable String skill, @Nullable String field, @Nullable String area,
			@Nullable TalentMode mode, int page) {
	}

	/** A row of the staff search or of the public list. */
	record Row(long id, String displayName, List<String> skills, List<String> fields, List<String> areas,
			List<TalentMode> modes, TalentFee fee, @Nullable String skillsText) {
	}

	/** A facet value and its count. */
	record Facet(String code, String name, long count) {
	}

	record SearchResult(List<Row> rows, long total, int page, int pages, List<Facet> skills, List<Facet> fields,
			List<Facet> areas, Map<TalentMode, Long> modes) {
	}

	/** An entry as coordinators see it: with the account's contact, every view audited. */
	record Detail(long id, Row row, TalentCommand values, String email, boolean listed, Instant consentedAt,
			@Nullable Instant withdrawnAt, List<IntroductionView> introductions) {
	}

	record IntroductionView(long id, IntroductionKind kind, String recipient, String purpose, LocalDate introducedOn,
			IntroductionOutcome outcome, @Nullable String outcomeNote, @Nullable Long matchPostId) {
	}

	static final int PAGE_SIZE = 20;

	private final TalentEntryRepository entries;

	private final IntroductionRepository introductions;

	private final TalentSkillRepository skills;

	private final Areas areas;

	private final Municipalities municipalities;

	private final JapaneseQuery japaneseQuery;

	private final EntityManager entityManager;

	private final AuditLog auditLog;

	private final ApplicationEventPublisher events;

	/** Looked up when needed: AccountManagement collects every PersonalDataContributor, this module's among them. */
	private final ObjectProvider<AccountManagement> accounts;

	private final Clock clock;

	TalentBank(TalentEntryRepository entries, IntroductionRepository introductions, TalentSkillRepository skills,
			Areas areas, Municipalities municipalities, JapaneseQuery japaneseQuery, EntityManager entityManager,
			AuditLog auditLog, ApplicationEventPublisher events, ObjectProvider<AccountManagement> accounts,
			Clock clock) {
		this.entries = entries;
		this.introductions = introductions;
		this.skills = skills;
		this.areas = areas;
		this.municipalities = municipalities;
		this.japaneseQuery = japaneseQuery;
		this.entityManager = entityManager;
		this.auditLog = auditLog;
		this.events = events;
		this.accounts = accounts;
		this.clock = clock;
	}

	// ---- the person's own entry

	@Transactional(readOnly = true)
	Optional<TalentEntry> mine(long accountId) {
		return entries.findByMunicipalityCodeAndAccountId(code(), accountId);
	}

	/**
	 * Registers or changes the person's entry; saving is consenting to what the chosen visibility shows.
	 *
	 * @throws TalentRuleViolation when a rule refuses it (the field and the reason)
	 */
	@Transactional
	long save(long accountId, TalentCommand command) {
		TalentEntry entry = entries.findByMunicipalityCodeAndAccountId(code(), accountId).orElse(null);
		check(command, entry == null ? Set.of() : entry.skillCodes());
		Instant now = clock.instant();
		if (entry == null) {
			entry = entries.save(new TalentEntry(code(), accountId, command, now));
			auditLog.record(new AuditRecord("talent.registered", "talent-entry", Long.toString(entry.id())));
		}
		else {
			entry.apply(command, now);
			auditLog.record(new AuditRecord("talent.changed", "talent-entry", Long.toString(entry.id())));
		}
		return entry.id();
	}

	/** Withdraws the person's consent: the entry leaves every list, search and suggestion at once. */
	@Transactional
	void withdraw(long accountId) {
		entries.findByMunicipalityCodeAndAccountId(code(), accountId).ifPresent(entry -> {
			entry.withdraw(clock.instant());
			auditLog.record(new AuditRecord("talent.withdrawn", "talent-entry", Long.toString(entry.id())));
		});
	}

	// ---- what other modules use

	/** The listed entries that share most with a need, best first; only those whose holder allows suggestions. */
	@Transactional(readOnly = true)
	public List<Candidate> suggestions(Criteria criteria, int limit) {
		if (criteria.skills().isEmpty() && criteria.fields().isEmpty() && criteria.areas().isEmpty()
				&& criteria.words().isEmpty()) {
			return List.of();
		}
		return Search.session(entityManager)
			.search(TalentEntry.class)
			.select(f -> f.composite().from(f.entity(), f.score()).as(TalentBank::candidate))
			.where(f -> {
				var all = listedFor(f, true);
				criteria.fields().forEach(c -> all.should(f.match().field("fields").matching(c).constantScore()
					.boost(FIELD_WEIGHT)));
				criteria.skills().forEach(c -> all.should(f.match().field("skills").matching(c).constantScore()
					.boost(SKILL_WEIGHT)));
				criteria.areas().forEach(c -> all.should(f.match().field("areas").matching(c).constantScore()
					.boost(AREA_WEIGHT)));
				criteria.words().forEach(w -> all.should(f.match().field("text").matching(w).constantScore()
					.boost(WORD_WEIGHT)));
				return all.minimumShouldMatchNumber(1);
			})
			.sort(f -> f.score().then().field("createdAt").desc())
			.fetchHits(limit);
	}

	/** A listed entry whose holder allows suggestions. */
	@Transactional(readOnly = true)
	public Optional<Candidate> suggestible(long id) {
		return entries.findByIdAndMunicipalityCode(id, code())
			.filter(e -> e.isListed() && e.visibility().suggested())
			.map(e -> candidate(e, 0f));
	}

	/** The person's own listed entry, if they have one. */
	@Transactional(readOnly = true)
	public Optional<Candidate> listedEntryOf(long accountId) {
		return mine(accountId).filter(TalentEntry::isListed).map(e -> candidate(e, 0f));
	}

	/** The names of the skills, in the language of the page. */
	@Transactional(readOnly = true)
	public Map<String, String> skillNames(Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		skills.inOrder().forEach(s -> names.put(s.code(), s.name(locale)));
		return names;
	}

	/**
	 * Records an introduction or dispatch of a listed entry's holder, and tells them.
	 *
	 * @throws TalentRuleViolation when the entry is withdrawn or a value is refused
	 */
	@Transactional
	public long recordIntroduction(long entryId, IntroductionCommand command, long staffAccountId) {
		TalentEntry entry = entry(entryId);
		if (!entry.isListed()) {
			throw new TalentRuleViolation("entry", "talent.introduction.withdrawn");
		}
		if (command.recipient().isBlank() || command.recipient().length() > 200) {
			throw new TalentRuleViolation("recipient", "talent.introduction.recipient.required");
		}
		if (command.purpose().isBlank() || command.purpose().length() > 1000) {
			throw new TalentRuleViolation("purpose", "talent.introduction.purpose.required");
		}
		Introduction introduction = introductions.save(new Introduction(code(), entryId, command, staffAccountId,
				clock.instant()));
		auditLog.record(new AuditRecord("talent.introduced", "talent-entry", Long.toString(entryId)));
		String what = command.kind() == IntroductionKind.DISPATCH ? "派遣" : "紹介";
		events.publishEvent(new NoticeRequested(Set.of(entry.accountId()), NoticeTopic.TALENT,
				"人材バンク：" + what + "が記録されました",
				"コーディネーターが、あなたを「" + command.recipient() + "」に" + what + "しました。\n目的：" + command.purpose(),
				"/account/talent"));
		return introduction.id();
	}

	// ---- coordinators

	@Transactional(readOnly = true)
	SearchResult search(BankQuery query, Locale locale) {
		int page = Math.max(query.page(), 0);
		String q = query.q() == null ? "" : query.q();
		AggregationKey<Map<String, Long>> skillKey = AggregationKey.of("skills");
		AggregationKey<Map<String, Long>> fieldKey = AggregationKey.of("fields");
		AggregationKey<Map<String, Long>> areaKey = AggregationKey.of("areas");
		AggregationKey<Map<TalentMode, Long>> modeKey = AggregationKey.of("modes");
		var result = Search.session(entityManager)
			.search(TalentEntry.class)
			.where(f -> {
				var all = listedFor(f, false).must(japaneseQuery.matching(f, q, SEARCH_FIELDS));
				if (hasText(query.skill())) {
					all.filter(f.match().field("skills").matching(query.skill()));
				}
				if (hasText(query.field())) {
					all.filter(f.match().field("fields").matching(query.field()));
				}
				if (hasText(query.area())) {
					all.filter(f.match().field("areas").matching(query.area()));
				}
				if (query.mode() != null) {
					all.filter(f.match().field("modes").matching(query.mode()));
				}
				return all;
			})
			.aggregation(skillKey, f -> f.terms().field("skills", String.class).maxTermCount(100))
			.aggregation(fieldKey, f -> f.terms().field("fields", String.class).maxTermCount(20))
			.aggregation(areaKey, f -> f.terms().field("areas", String.class).maxTermCount(100))
			.aggregation(modeKey, f -> f.terms().field("modes", TalentMode.class))
			.sort(f -> q.isBlank() ? f.field("createdAt").desc() : f.score().then().field("createdAt").desc())
			.fetch(page * PAGE_SIZE, PAGE_SIZE);
		Map<String, String> skillNames = skillNames(locale);
		Map<String, String> areaNames = areaNames();
		long total = result.total().hitCount();
		return new SearchResult(result.hits().stream().map(e -> row(e, skillNames, areaNames)).toList(), total, page,
				(int) ((total + PAGE_SIZE - 1) / PAGE_SIZE), facets(result.aggregation(skillKey), skillNames),
				facets(result.aggregation(fieldKey), fieldNames()), facets(result.aggregation(areaKey), areaNames),
				result.aggregation(modeKey));
	}

	/** An entry with the account's contact, for coordinators: the view is audited. */
	@Transactional
	Detail detail(long id, Locale locale) {
		TalentEntry entry = entry(id);
		auditLog.record(new AuditRecord("talent.viewed", "talent-entry", Long.toString(id)));
		String email = accounts.getObject().find(entry.accountId()).map(AccountView::email).orElse("");
		return new Detail(id, row(entry, skillNames(locale), areaNames()), entry.toCommand(), email, entry.isListed(),
				entry.consentedAt(), entry.withdrawnAt(), introductionsOf(id));
	}

	@Transactional(readOnly = true)
	List<IntroductionView> introductionsOf(long entryId) {
		return introductions.findByEntryIdOrderByIntroducedOnDescIdDesc(entryId)
			.stream()
			.map(i -> new IntroductionView(i.id(), i.kind(), i.recipient(), i.purpose(), i.introducedOn(),
					i.outcome(), i.outcomeNote(), i.matchPostId()))
			.toList();
	}

	/** Records how an introduction turned out. */
	@Transactional
	long conclude(long introductionId, IntroductionOutcome outcome, @Nullable String note) {
		Introduction introduction = introductions.findByIdAndMunicipalityCode(introductionId, code())
			.orElseThrow(() -> new TalentRuleViolation("introduction", "talent.introduction.notFound"));
		if (note != null && note.length() > 1000) {
			throw new TalentRuleViolation("outcomeNote", "talent.introduction.note.tooLong");
		}
		introduction.conclude(outcome, note, clock.instant());
		auditLog.record(new AuditRecord("talent.introduction-concluded", "talent-introduction",
				Long.toString(introductionId)));
		return introduction.entryId();
	}

	// ---- the public list

	/** The entries whose holders chose to be listed publicly: names, skills, fields, areas; never contact. */
	@Transactional(readOnly = true)
	SearchResult publicList(@Nullable String q, int page, Locale locale) {
		int p = Math.max(page, 0);
		String words = q == null ? "" : q;
		var result = Search.session(entityManager)
			.search(TalentEntry.class)
			.where(f -> listedFor(f, false).must(japaneseQuery.matching(f, words, SEARCH_FIELDS))
				.filter(f.match().field("visibility").matching(TalentVisibility.PUBLIC)))
			.sort(f -> words.isBlank() ? f.field("createdAt").desc() : f.score().then().field("createdAt").desc())
			.fetch(p * PAGE_SIZE, PAGE_SIZE);
		Map<String, String> skillNames = skillNames(locale);
		Map<String, String> areaNames = areaNames();
		long total = result.total().hitCount();
		return new SearchResult(result.hits().stream().map(e -> row(e, skillNames, areaNames)).toList(), total, p,
				(int) ((total + PAGE_SIZE - 1) / PAGE_SIZE), List.of(), List.of(), List.of(), Map.of());
	}

	// ---- helpers

	/** The listed entries of this municipality; those allowing suggestions only when asked. */
	private BooleanPredicateClausesStep<?, ?> listedFor(SearchPredicateFactory f, boolean suggestible) {
		var all = f.bool()
			.filter(f.match().field("municipalityCode").matching(code()))
			.filter(f.match().field("listed").matching(true));
		if (suggestible) {
			all.filter(f.terms().field("visibility").matchingAny(List.of(TalentVisibility.MATCHING,
					TalentVisibility.PUBLIC)));
		}
		return all;
	}

	private void check(TalentCommand command, Set<String> kept) {
		Set<String> known = skills.inOrder().stream()
			.filter(s -> !s.retired() || kept.contains(s.code()))
			.map(TalentSkill::code)
			.collect(Collectors.toSet());
		for (String skill : command.skillCodes()) {
			if (!known.contains(skill)) {
				throw new TalentRuleViolation("skillCodes", "talent.skill.unknown", skill);
			}
		}
		if (command.skillCodes().isEmpty() && (command.skillsText() == null || command.skillsText().isBlank())) {
			throw new TalentRuleViolation("skillCodes", "talent.skill.required");
		}
		for (String field : command.fieldCodes()) {
			if (ActivityField.of(field).isEmpty()) {
				throw new TalentRuleViolation("fieldCodes", "talent.field.unknown", field);
			}
		}
		Set<String> unknownAreas = areas.unknown(command.areaCodes());
		if (!unknownAreas.isEmpty()) {
			throw new TalentRuleViolation("areaCodes", "talent.area.unknown", String.join("、", unknownAreas));
		}
		if (command.modes().isEmpty()) {
			throw new TalentRuleViolation("modes", "talent.mode.required");
		}
	}

	private TalentEntry entry(long id) {
		return entries.findByIdAndMunicipalityCode(id, code())
			.orElseThrow(() -> new TalentRuleViolation("entry", "talent.notFound"));
	}

	private static Candidate candidate(TalentEntry e, @Nullable Float score) {
		return new Candidate(e.id(), e.accountId(), e.displayName(), e.skillCodes(), e.fieldCodes(), e.areaCodes(),
				e.getModeSet(), e.fee(), e.getText(), score == null ? 0 : score);
	}

	private Row row(TalentEntry e, Map<String, String> skillNames, Map<String, String> areaNames) {
		TalentCommand values = e.toCommand();
		return new Row(e.id(), e.displayName(), names(e.skillCodes(), skillNames), names(e.fieldCodes(), fieldNames()),
				names(e.areaCodes(), areaNames), values.modes().stream().sorted().toList(), e.fee(),
				values.skillsText());
	}

	private static List<String> names(Collection<String> codes, Map<String, String> names) {
		List<String> list = new ArrayList<>();
		names.forEach((code, name) -> {
			if (codes.contains(code)) {
				list.add(name);
			}
		});
		return list;
	}

	private static List<Facet> facets(Map<String, Long> counts, Map<String, String> names) {
		List<Facet> facets = new ArrayList<>();
		names.forEach((code, name) -> {
			Long count = counts.get(code);
			if (count != null && count > 0) {
				facets.add(new Facet(code, name, count));
			}
		});
		return facets;
	}

	static Map<String, String> fieldNames() {
		Map<String, String> names = new LinkedHashMap<>();
		ActivityField.ALL.forEach(f -> names.put(f.code(), f.shortName()));
		return names;
	}

	Map<String, String> areaNames() {
		Map<String, String> names = new LinkedHashMap<>();
		areas.all().forEach((AreaView a) -> names.put(a.code(), a.name()));
		return names;
	}

	private String code() {
		return municipalities.current().code();
	}

	private static boolean hasText(@Nullable String value) {
		return value != null && !value.isBlank();
	}
}
