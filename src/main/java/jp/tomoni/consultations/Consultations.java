package jp.tomoni.consultations;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jp.tomoni.audit.AuditLog;
import jp.tomoni.audit.AuditRecord;
import jp.tomoni.municipality.Municipalities;
import jp.tomoni.shared.FiscalYear;
import jp.tomoni.shared.MasterListEntry;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consultation log: recording, reading (audited), listing without personal details, and the counts of a 年度.
 */
@Service
class Consultations {

	/** A choice of a list (desk, topic) as forms and filters show it. */
	record Choice(String code, String name, boolean retired) {
	}

	/** A line of the list: no consulter, no summary. */
	record Row(long id, LocalDate consultedOn, String desk, Channel channel, ConsulterKind consulterKind,
			List<String> topics, int referrals, @Nullable LocalDate followUpOn) {
	}

	/** One record as its page shows it. */
	record Detail(long id, long version, ConsultationCommand values, String desk, List<String> topics) {
	}

	/** A label and its count. */
	record Count(String label, long count) {
	}

	/** The counts of a 年度: in total, by month (April to March), by desk, topic, channel, consulter and referral. */
	record Stats(FiscalYear year, long total, List<MonthCount> months, List<Count> desks, List<Count> topics,
			Map<Channel, Long> channels, Map<ConsulterKind, Long> consulters, Map<ReferralTarget, Long> referrals) {

		public long max() {
			return months.stream().mapToLong(MonthCount::count).max().orElse(0);
		}
	}

	record MonthCount(YearMonth month, long count) {
	}

	private final ConsultationRepository consultations;

	private final ConsultationDeskRepository desks;

	private final ConsultationTopicRepository topics;

	private final Municipalities municipalities;

	private final AuditLog auditLog;

	private final Clock clock;

	Consultations(ConsultationRepository consultations, ConsultationDeskRepository desks,
			ConsultationTopicRepository topics, Municipalities municipalities, AuditLog auditLog, Clock clock) {
		this.consultations = consultations;
		this.desks = desks;
		this.topics = topics;
		this.municipalities = municipalities;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<Choice> desks(Locale locale) {
		return desks.inOrder().stream().map(d -> new Choice(d.code(), d.name(locale), d.retired())).toList();
	}

	@Transactional(readOnly = true)
	List<Choice> topics(Locale locale) {
		return topics.inOrder().stream().map(t -> new Choice(t.code(), t.name(locale), t.retired())).toList();
	}

	/**
	 * Records a consultation.
	 *
	 * @throws ConsultationRuleViolation when a rule refuses it (the field and the reason)
	 */
	@Transactional
	long record(ConsultationCommand command, long accountId) {
		check(command, null);
		Consultation saved = consultations.save(
				new Consultation(municipalities.current().code(), command, accountId, clock.instant()));
		return saved.id();
	}

	/**
	 * Changes a record as it was read ({@code version}): a record changed meanwhile by someone else is refused.
	 *
	 * @throws ConsultationRuleViolation when a rule refuses the change
	 */
	@Transactional
	void change(long id, long version, ConsultationCommand command) {
		Consultation consultation = find(id);
		if (consultation.version() != version) {
			throw new ConsultationRuleViolation("record", "consultation.changedMeanwhile");
		}
		check(command, consultation.values());
		consultation.apply(command, clock.instant());
	}

	/** A record with its personal details, for staff: the view is audited. */
	@Transactional(readOnly = true)
	Detail detail(long id, Locale locale) {
		Consultation consultation = find(id);
		auditLog.record(new AuditRecord("consultation.viewed", "consultation", Long.toString(id)));
		return new Detail(id, consultation.version(), consultation.values(), deskName(consultation.deskCode(), locale),
				topicNames(consultation.topicCodes(), locale));
	}

	@Transactional(readOnly = true)
	Page<Row> list(FiscalYear year, @Nullable String desk, @Nullable String topic, int page, Locale locale) {
		Map<String, String> deskNames = names(desks.inOrder(), locale);
		Map<String, String> topicNames = names(topics.inOrder(), locale);
		return consultations
			.search(municipalities.current().code(), year.firstDay(), year.lastDay(), blank(desk), blank(topic),
					PageRequest.of(Math.max(page, 0), 50))
			.map(c -> new Row(c.id(), c.consultedOn(), deskNames.getOrDefault(c.deskCode(), c.deskCode()),
					c.channel(), c.consulterKind(),
					c.topicCodes().stream().map(t -> topicNames.getOrDefault(t, t)).sorted().toList(),
					c.referrals().size(), c.followUpOn()));
	}

	/** The 年度 from the first recorded one to the current one, newest first. */
	@Transactional(readOnly = true)
	List<FiscalYear> years() {
		FiscalYear current = FiscalYear.current(clock);
		LocalDate first = consultations.firstDay(municipalities.current().code());
		FiscalYear year = first == null ? current : FiscalYear.of(first);
		List<FiscalYear> years = new ArrayList<>();
		for (FiscalYear y = current; y.compareTo(year) >= 0; y = y.previous()) {
			years.add(y);
		}
		return years;
	}

	@Transactional(readOnly = true)
	Stats stats(FiscalYear year, Locale locale) {
		String code = municipalities.current().code();
		LocalDate first = year.firstDay();
		LocalDate last = year.lastDay();
		Map<YearMonth, Long> byMonth = new LinkedHashMap<>();
		for (LocalDate month = first; !month.isAfter(last); month = month.plusMonths(1)) {
			byMonth.put(YearMonth.from(month), 0L);
		}
		for (Object[] row : consultations.countByMonth(code, first, last)) {
			byMonth.put(YearMonth.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue()), (Long) row[2]);
		}
		List<MonthCount> months = byMonth.entrySet().stream().map(e -> new MonthCount(e.getKey(), e.getValue())).toList();
		long total = months.stream().mapToLong(MonthCount::count).sum();
		return new Stats(year, total, months,
				counted(desks.inOrder(), toMap(consultations.countByDesk(code, first, last), String.class), locale),
				counted(topics.inOrder(), toMap(consultations.countByTopic(code, first, last), String.class), locale),
				enumCounts(Channel.class, consultations.countByChannel(code, first, last)),
				enumCounts(ConsulterKind.class, consultations.countByConsulter(code, first, last)),
				enumCounts(ReferralTarget.class, consultations.countReferralsByTarget(code, first, last)));
	}

	private void check(ConsultationCommand command, @Nullable ConsultationCommand before) {
		LocalDate today = LocalDate.now(clock.withZone(FiscalYear.JAPAN));
		if (command.consultedOn().isAfter(today)) {
			throw new ConsultationRuleViolation("consultedOn", "consultation.consultedOn.future");
		}
		if (command.followUpOn() != null && command.followUpOn().isBefore(command.consultedOn())) {
			throw new ConsultationRuleViolation("followUpOn", "consultation.followUpOn.beforeConsultation");
		}
		checkChoice(desks.findById(command.deskCode()).orElse(null), "deskCode",
				before == null ? null : before.deskCode());
		for (String topic : command.topicCodes()) {
			checkChoice(topics.findById(topic).orElse(null), "topicCodes",
					before != null && before.topicCodes().contains(topic) ? topic : null);
		}
	}

	/** An unknown entry is refused; a retired one only when the record did not have it already. */
	private static void checkChoice(@Nullable MasterListEntry entry, String field, @Nullable String kept) {
		if (entry == null) {
			throw new ConsultationRuleViolation(field, "consultation.choice.unknown");
		}
		if (entry.retired() && !entry.code().equals(kept)) {
			throw new ConsultationRuleViolation(field, "consultation.choice.retired");
		}
	}

	private Consultation find(long id) {
		return consultations.findById(id)
			.filter(c -> c.municipalityCode().equals(municipalities.current().code()))
			.orElseThrow(() -> new ConsultationNotFound(id));
	}

	private String deskName(String code, Locale locale) {
		return desks.findById(code).map(d -> d.name(locale)).orElse(code);
	}

	private List<String> topicNames(Set<String> codes, Locale locale) {
		Map<String, String> names = names(topics.inOrder(), locale);
		return topics.inOrder().stream().filter(t -> codes.contains(t.code())).map(t -> names.get(t.code())).toList();
	}

	private static Map<String, String> names(List<? extends MasterListEntry> entries, Locale locale) {
		return entries.stream().collect(Collectors.toMap(MasterListEntry::code, e -> e.name(locale)));
	}

	private static <K> Map<K, Long> toMap(List<Object[]> rows, Class<K> type) {
		return rows.stream().collect(Collectors.toMap(r -> type.cast(r[0]), r -> (Long) r[1]));
	}

	/** Every entry of the list in its order (retired ones only when counted), with its count. */
	private static List<Count> counted(List<? extends MasterListEntry> entries, Map<String, Long> counts, Locale locale) {
		return entries.stream()
			.filter(e -> !e.retired() || counts.containsKey(e.code()))
			.map(e -> new Count(e.name(locale), counts.getOrDefault(e.code(), 0L)))
			.toList();
	}

	private static <E extends Enum<E>> Map<E, Long> enumCounts(Class<E> type, List<Object[]> rows) {
		Map<E, Long> counts = new EnumMap<>(type);
		for (E value : type.getEnumConstants()) {
			counts.put(value, 0L);
		}
		rows.forEach(r -> counts.put(type.cast(r[0]), (Long) r[1]));
		return counts;
	}

	private static @Nullable String blank(@Nullable String value) {
		return value == null || value.isBlank() ? null : value;
	}
}
