package jp.tomoni.patronage;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import jp.tomoni.audit.AuditLog;
import jp.tomoni.audit.AuditRecord;
import jp.tomoni.events.EventManagement;
import jp.tomoni.events.EventStatus;
import jp.tomoni.events.EventSummary;
import jp.tomoni.groups.GroupMembers;
import jp.tomoni.groups.GroupSummary;
import jp.tomoni.groups.MembershipView;
import jp.tomoni.municipality.Municipalities;
import jp.tomoni.events.EventActor;
import jp.tomoni.events.EventDateView;
import jp.tomoni.events.EventDetails;
import jp.tomoni.projects.CollaborationVocabulary;
import jp.tomoni.projects.DepartmentView;
import jp.tomoni.projects.Departments;
import jp.tomoni.projects.PartnerKind;
import jp.tomoni.projects.ProjectCommand;
import jp.tomoni.projects.ProjectOrigin;
import jp.tomoni.projects.ProjectPartner;
import jp.tomoni.projects.ProjectStatus;
import jp.tomoni.projects.Projects;
import jp.tomoni.shared.NoticeRequested;
import jp.tomoni.shared.NoticeTopic;
import jp.tomoni.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications for the city's patronage or co-hosting (後援・共催名義): a group's administrator applies for one of the
 * group's events, confirming each published condition; city staff decide, approving or refusing with reasons; the
 * group may withdraw while undecided. Every step is audited.
 */
@Service
public class Patronages {

	private final PatronageApplicationRepository applications;

	private final PatronageConditions conditions;

	private final GroupMembers members;

	private final EventManagement events;

	private final Departments departments;

	private final Municipalities municipalities;

	private final AuditLog auditLog;

	private final Clock clock;

	private final Projects projects;

	private final CollaborationVocabulary vocabulary;

	private final org.springframework.context.MessageSource messages;

	private final org.springframework.context.ApplicationEventPublisher publisher;

	Patronages(PatronageApplicationRepository applications, PatronageConditions conditions, GroupMembers members,
			EventManagement events, Departments departments, Municipalities municipalities, AuditLog auditLog,
			Clock clock, Projects projects, CollaborationVocabulary vocabulary,
			org.springframework.context.MessageSource messages,
			org.springframework.context.ApplicationEventPublisher publisher) {
		this.publisher = publisher;
		this.messages = messages;
		this.projects = projects;
		this.vocabulary = vocabulary;
		this.applications = applications;
		this.conditions = conditions;
		this.members = members;
		this.events = events;
		this.departments = departments;
		this.municipalities = municipalities;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** The groups this person administers (they may apply for these groups' events). */
	@Transactional(readOnly = true)
	public List<GroupSummary> groupsOf(long accountId) {
		return members.membershipsOf(accountId)
			.stream()
			.filter(MembershipView::administrator)
			.map(MembershipView::group)
			.toList();
	}

	/** The events of those groups this person may manage and that are not cancelled: the choices of the form. */
	@Transactional(readOnly = true)
	public List<EventSummary> eventsOf(long accountId) {
		Set<Long> groups = groupIds(accountId);
		return events.managedBy(accountId)
			.stream()
			.filter(e -> e.organiserGroupId() != null && groups.contains(e.organiserGroupId()))
			.filter(e -> e.status() != EventStatus.CANCELLED)
			.toList();
	}

	@Transactional
	public long apply(long accountId, PatronageCommand command) {
		GroupSummary group = groupsOf(accountId).stream()
			.filter(g -> g.id() == command.groupId())
			.findFirst()
			.orElseThrow(() -> new PatronageRuleViolation("groupId", "patronage.apply.notAdministrator"));
		EventSummary event = eventsOf(accountId).stream()
			.filter(e -> e.id() == command.eventId())
			.findFirst()
			.orElseThrow(() -> new PatronageRuleViolation("eventId", "patronage.apply.notGroupEvent"));
		if (event.organiserGroupId() == null || event.organiserGroupId() != group.id()) {
			throw new PatronageRuleViolation("eventId", "patronage.apply.notGroupEvent");
		}
		DepartmentView department = departments.find(command.departmentCode())
			.filter(d -> !d.retired())
			.orElseThrow(() -> new PatronageRuleViolation("departmentCode", "patronage.apply.department"));
		Set<String> missing = new TreeSet<>();
		for (PatronageCondition condition : conditions.active()) {
			if (!command.conditionsConfirmed().contains(condition.code())) {
				missing.add(condition.name());
			}
		}
		if (!missing.isEmpty()) {
			throw new PatronageRuleViolation("conditionsConfirmed", "patronage.apply.conditions",
					String.join("、", missing));
		}
		if (applications.openFor(event.id(), command.kind())) {
			throw new PatronageRuleViolation("eventId", "patronage.apply.already");
		}
		PatronageApplication application = applications.save(new PatronageApplication(code(), group.id(),
				group.name(), event.id(), event.name(), command.kind(), department.code(), command.purpose().strip(),
				command.expectedParticipants(), command.conditionsConfirmed(), accountId, clock.instant()));
		auditLog.record(new AuditRecord("patronage.applied", "patronage", Long.toString(application.id())));
		return application.id();
	}

	/** The applications of the groups this person administers, newest first. */
	@Transactional(readOnly = true)
	public List<PatronageView> ofMyGroups(long accountId) {
		Set<Long> groups = groupIds(accountId);
		if (groups.isEmpty()) {
			return List.of();
		}
		return applications.ofGroups(code(), groups).stream().map(this::view).toList();
	}

	@Transactional
	public void withdraw(long accountId, long id) {
		PatronageApplication application = any(id);
		if (!groupIds(accountId).contains(application.groupId())) {
			throw new PatronageNotFound(id);
		}
		application.withdraw(clock.instant());
		auditLog.record(new AuditRecord("patronage.withdrawn", "patronage", Long.toString(id)));
	}

	/** The staff's list: every application, or those in one status, newest first. */
	@Transactional(readOnly = true)
	public List<PatronageView> queue(@Nullable PatronageStatus status) {
		List<PatronageApplication> rows = status == null
				? applications.findByMunicipalityCodeOrderByAppliedAtDescIdDesc(code())
				: applications.findByMunicipalityCodeAndStatusOrderByAppliedAtDescIdDesc(code(), status);
		return rows.stream().map(this::view).toList();
	}

	@Transactional(readOnly = true)
	public PatronageView find(long id) {
		return view(any(id));
	}

	/**
	 * The staff's decision. Reasons are required to refuse (反映できない理由を明確に) and optional to approve (the
	 * conditions attached, if any); the group sees them either way.
	 */
	@Transactional
	public void decide(long staffId, long id, boolean approve, @Nullable String reasons) {
		String text = reasons == null ? null : reasons.strip();
		if (!approve && (text == null || text.isEmpty())) {
			throw new PatronageRuleViolation("reasons", "patronage.decide.reasons");
		}
		PatronageApplication application = any(id);
		application.decide(approve, staffId, text == null || text.isEmpty() ? null : text, clock.instant());
		if (approve) {
			application.linkProject(registerProject(staffId, application));
		}
		auditLog.record(new AuditRecord(approve ? "patronage.approved" : "patronage.refused", "patronage",
				Long.toString(id)));
		Set<Long> recipients = new java.util.LinkedHashSet<>(members.administratorsOf(application.groupId()));
		recipients.remove(staffId);
		if (!recipients.isEmpty()) {
			String kind = text(application.kind().messageKey());
			String outcome = text(approve ? "patronage.notice.approved" : "patronage.notice.refused");
			publisher.publishEvent(new NoticeRequested(recipients, NoticeTopic.PATRONAGE,
					text("patronage.notice.subject", application.eventName(), kind, outcome),
					text("patronage.notice.body", application.groupName(), application.eventName(), kind, outcome,
							text == null || text.isEmpty() ? "—" : text),
					"/account/patronage"));
		}
	}


	/** Form codes of the collaboration vocabulary that an approval registers (presets of decision 0063). */
	static String formCode(PatronageKind kind) {
		return kind == PatronageKind.PATRONAGE ? "patronage" : "co-hosting";
	}

	/**
	 * An approval is a collaboration of the city with the group: the register counts it as a project of the form
	 * 後援 or 共催 (issue 6), over the event's dates, in its fields and area, with the group as partner. If the
	 * register cannot take it (the form retired, the event without a field), nothing is decided and staff are told why.
	 */
	private long registerProject(long staffId, PatronageApplication application) {
		String form = formCode(application.kind());
		if (vocabulary.form(form).filter(f -> !f.retired()).isEmpty()) {
			throw new PatronageRuleViolation("approve", "patronage.decide.noForm", form);
		}
		EventDetails event = events.managedDetails(new EventActor(staffId, true), application.eventId());
		List<EventDateView> dates = event.dates().stream().filter(d -> !d.cancelled()).toList();
		if (dates.isEmpty()) {
			throw new PatronageRuleViolation("approve", "patronage.decide.noDates");
		}
		java.time.LocalDate first = dates.stream().map(EventDateView::date).min(java.time.LocalDate::compareTo)
			.orElseThrow();
		java.time.LocalDate last = dates.stream()
			.map(d -> d.endDate() != null ? d.endDate() : d.date())
			.max(java.time.LocalDate::compareTo)
			.orElseThrow();
		java.time.LocalDate today = java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Tokyo")));
		ProjectStatus status = today.isBefore(first) ? ProjectStatus.PLANNED
				: today.isAfter(last) ? ProjectStatus.FINISHED : ProjectStatus.RUNNING;
		try {
			return projects.register(new ProjectCommand(application.eventName(), application.purpose(), form, null,
					true, application.departmentCode(), Set.copyOf(event.fieldCodes()), event.areaCode(), first, last,
					ProjectOrigin.DIRECT, null, status,
					List.of(new ProjectPartner(application.groupId(), application.groupName(), PartnerKind.GROUP,
							text("patronage.project.role"),
							text("patronage.project.reason", application.id()))),
					List.of(), List.of()));
		}
		catch (RuleViolation refused) {
			throw new PatronageRuleViolation("approve", "patronage.decide.project", refused.field());
		}
	}

	/** The approved applications, for the public list and the events' pages. */
	@Transactional(readOnly = true)
	public List<PatronageView> approved() {
		return queue(PatronageStatus.APPROVED);
	}

	@Transactional(readOnly = true)
	List<PatronageView> approvedFor(long eventId) {
		return applications.ofEvent(eventId, PatronageStatus.APPROVED).stream().map(this::view).toList();
	}

	/** The conditions asked today, as (code, name in the reader's language). */
	@Transactional(readOnly = true)
	public List<java.util.Map.Entry<String, String>> conditions(Locale locale) {
		return conditions.active().stream().map(c -> java.util.Map.entry(c.code(), c.name(locale))).toList();
	}

	@Transactional(readOnly = true)
	public List<DepartmentView> departments() {
		return departments.active();
	}

	private PatronageApplication any(long id) {
		return applications.findById(id)
			.filter(a -> a.municipalityCode().equals(code()))
			.orElseThrow(() -> new PatronageNotFound(id));
	}

	private Set<Long> groupIds(long accountId) {
		Set<Long> ids = new TreeSet<>();
		groupsOf(accountId).forEach(g -> ids.add(g.id()));
		return ids;
	}

	private PatronageView view(PatronageApplication a) {
		DepartmentView department = departments.find(a.departmentCode())
			.orElse(new DepartmentView(a.departmentCode(), a.departmentCode(), a.departmentCode(), true));
		return new PatronageView(a.id(), a.groupId(), a.groupName(), a.eventId(), a.eventName(), a.kind(),
				department, a.purpose(), a.expectedParticipants(), a.conditionsConfirmed(),
				a.status(), a.appliedAt(), a.decidedAt(), a.reasons(), a.projectId());
	}

	/**
	 * The partner's role and reason as stored in the register: in Japanese, the language of the municipality's
	 * records (like every text staff type there), from the message bundle rather than from code.
	 */
	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, java.util.Locale.JAPANESE);
	}

	private String code() {
		return municipalities.current().code();
	}
}
