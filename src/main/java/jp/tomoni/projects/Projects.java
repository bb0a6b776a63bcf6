package jp.tomoni.projects;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.tomoni.areas.AreaView;
import jp.tomoni.areas.Areas;
import jp.tomoni.audit.AuditLog;
import jp.tomoni.audit.AuditRecord;
import jp.tomoni.groups.GroupDirectory;
import jp.tomoni.groups.GroupNotFound;
import jp.tomoni.groups.Viewer;
import jp.tomoni.municipality.Municipalities;
import jp.tomoni.shared.ActivityField;
import jp.tomoni.shared.FiscalYear;
import jp.tomoni.shared.JapaneseText;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of collaboration projects (協働事業, decision 0064): staff register and change projects (each change
 * audited); the proposal scheme registers the projects it adopts through {@link #register}; pages read view records;
 * the counts by 年度, form and field feed the plan's indicator (Sagamihara: projects with the city, 183 → 244).
 * Refusals are {@link ProjectRuleViolation}s naming the field.
 */
@Service
public class Projects {

	/** Consecutive fiscal years with the same partner after which a commission is due for review (Yamaguchi). */
	public static final int REVIEW_YEARS = 3;

	static final int MAX_PARTNERS = 10;

	static final int PAGE_SIZE = 50;

	/** The most lines a plan's schedule or its indicators may have. */
	static final int MAX_PLAN_LINES = 30;

	private static final LocalDate FIRST = LocalDate.of(1900, 1, 1);

	private static final LocalDate LAST = LocalDate.of(9999, 12, 31);

	private final ProjectRepository projects;

	private final CollaborationFormRepository forms;

	private final Departments departments;

	private final Areas areas;

	private final GroupDirectory groups;

	private final Municipalities municipalities;

	private final AuditLog auditLog;

	private final MessageSource messages;

	private final Clock clock;

	Projects(ProjectRepository projects, CollaborationFormRepository forms, Departments departments, Areas areas,
			GroupDirectory groups, Municipalities municipalities, AuditLog auditLog, MessageSource messages,
			Clock clock) {
		this.projects = projects;
		this.forms = forms;
		this.departments = departments;
		this.areas = areas;
		this.groups = groups;
		this.municipalities = municipalities;
		this.auditLog = auditLog;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Registers a project: by staff, or by the proposal scheme when it adopts a proposal
	 * ({@link ProjectOrigin#PROPOSAL}). Audited.
	 *
	 * @return the project's id
	 * @throws ProjectRuleViolation when a rule refuses it (the field and the reason); nothing is saved
	 */
	@Transactional
	public long register(ProjectCommand command) {
		if (command.status() == ProjectStatus.CANCELLED) {
			throw new ProjectRuleViolation("status", "project.status.cancelledAtStart");
		}
		if (command.origin() == ProjectOrigin.DIRECT && command.proposalId() != null) {
			throw new ProjectRuleViolation("origin", "project.origin.directWithProposal");
		}
		Checked checked = check(command, null);
		Project saved = projects.save(
				new Project(municipalities.current().code(), checked.command(), checked.zone(), clock.instant()));
		auditLog.record(new AuditRecord("project.registered", "project", Long.toString(saved.id())));
		return saved.id();
	}

	/**
	 * Changes a project as it was read ({@code version}): a project changed meanwhile by someone else is refused. The
	 * origin stays as registered. Audited.
	 *
	 * @throws ProjectRuleViolation when a rule refuses the change; nothing is saved
	 */
	@Transactional
	public void change(long id, long version, ProjectCommand command) {
		Project project = project(id);
		if (project.version() != version) {
			throw new ProjectRuleViolation("project", "project.changedMeanwhile");
		}
		Checked checked = check(command, project);
		project.change(checked.command(), checked.zone(), clock.instant());
		auditLog.record(new AuditRecord("project.changed", "project", Long.toString(id)));
	}

	/** A project of this municipality, cancelled or not. */
	@Transactional(readOnly = true)
	public Optional<ProjectView> find(long id) {
		return projects.findById(id)
			.filter(p -> p.municipalityCode().equals(municipalities.current().code()))
			.map(p -> views(List.of(p)).getFirst());
	}

	/**
	 * A page of projects, newest first.
	 *
	 * @param withCancelled whether cancelled projects are listed (staff) or not (the public register)
	 */
	@Transactional(readOnly = true)
	public Page<ProjectView> list(ProjectQuery query, boolean withCancelled) {
		PageRequest page = PageRequest.of(Math.max(query.page(), 0), PAGE_SIZE);
		LocalDate first = query.year() == null ? FIRST : new FiscalYear(query.year()).firstDay();
		LocalDate last = query.year() == null ? LAST : new FiscalYear(query.year()).lastDay();
		if (query.commissionReview()) {
			Set<Long> due = dueForReview();
			List<ProjectView> matching = projects
				.search(code(), first, last, blank(query.form()), blank(query.field()), blank(query.area()),
						query.city(), query.status(), withCancelled, PageRequest.of(0, Integer.MAX_VALUE))
				.stream()
				.filter(p -> due.contains(p.id()))
				.collect(Collectors.collectingAndThen(Collectors.toList(), this::views));
			int from = Math.min((int) page.getOffset(), matching.size());
			int to = Math.min(from + PAGE_SIZE, matching.size());
			return new org.springframework.data.domain.PageImpl<>(matching.subList(from, to), page, matching.size());
		}
		Page<Project> found = projects.search(code(), first, last, blank(query.form()), blank(query.field()),
				blank(query.area()), query.city(), query.status(), withCancelled, page);
		return new org.springframework.data.domain.PageImpl<>(views(found.getContent()), page,
				found.getTotalElements());
	}

	/** A group of the directory that can be chosen as a partner. */
	record GroupChoice(long id, String name) {
	}

	/** The approved groups of the directory, in 五十音順: the partners a form offers. */
	@Transactional(readOnly = true)
	List<GroupChoice> groupChoices() {
		return groups.publicProfiles().stream().map(p -> new GroupChoice(p.summary().id(), p.summary().name())).toList();
	}

	/** The 年度 from the first project's (or the current one) to the current one and any later one, newest first. */
	@Transactional(readOnly = true)
	List<FiscalYear> years() {
		return counts(FiscalYear.current(clock), Locale.JAPANESE).years()
			.stream()
			.map(ProjectCounts.YearCount::year)
			.toList();
	}

	/**
	 * The counts of the register: by 年度 over the years with projects (and the current one), and for {@code year} by
	 * form and by field, each with the city's participation. Names in the page's language.
	 */
	@Transactional(readOnly = true)
	public ProjectCounts counts(FiscalYear year, Locale locale) {
		String code = code();
		Map<FiscalYear, long[]> byYear = new TreeMap<>(java.util.Comparator.reverseOrder());
		byYear.put(FiscalYear.current(clock), new long[2]);
		byYear.put(year, new long[2]);
		for (Object[] row : projects.startDates(code)) {
			long[] counts = byYear.computeIfAbsent(FiscalYear.of((LocalDate) row[0]), y -> new long[2]);
			counts[0]++;
			if ((Boolean) row[1]) {
				counts[1]++;
			}
		}
		List<ProjectCounts.YearCount> years = byYear.entrySet()
			.stream()
			.map(e -> new ProjectCounts.YearCount(e.getKey(), e.getValue()[0], e.getValue()[1]))
			.toList();
		long[] total = byYear.get(year);
		Map<String, long[]> byForm = grouped(projects.countByForm(code, year.firstDay(), year.lastDay()));
		List<ProjectCounts.Count> formCounts = forms.inOrder()
			.stream()
			.filter(f -> !f.retired() || byForm.containsKey(f.code()))
			.map(f -> count(f.code(), f.name(locale), byForm))
			.toList();
		Map<String, long[]> byField = grouped(projects.countByField(code, year.firstDay(), year.lastDay()));
		List<ProjectCounts.Count> fieldCounts = ActivityField.ALL.stream()
			.map(f -> count(f.code(), messages.getMessage(f.messageKey(), null, f.shortName(), locale), byField))
			.toList();
		return new ProjectCounts(year,
				new ProjectCounts.Count("total", year.label(locale), total[0], total[1]), years, formCounts,
				fieldCounts);
	}

	/**
	 * The commissions due for periodic review: projects of a commission form (not cancelled) one of whose partners has
	 * been a partner of commissions in {@link #REVIEW_YEARS} or more consecutive 年度 including this project's.
	 */
	@Transactional(readOnly = true)
	public Set<Long> dueForReview() {
		Set<String> commissionForms = forms.inOrder()
			.stream()
			.filter(CollaborationForm::commission)
			.map(CollaborationForm::code)
			.collect(Collectors.toSet());
		if (commissionForms.isEmpty()) {
			return Set.of();
		}
		List<Project> commissions = projects.commissions(code(), commissionForms);
		FiscalYear current = FiscalYear.current(clock);
		Map<String, TreeSet<Integer>> yearsOfPartner = new HashMap<>();
		Map<Long, int[]> spanOfProject = new HashMap<>();
		for (Project project : commissions) {
			int[] span = span(project, current);
			spanOfProject.put(project.id(), span);
			for (PartnerLine partner : project.partnerLines()) {
				TreeSet<Integer> years = yearsOfPartner.computeIfAbsent(partnerKey(partner), k -> new TreeSet<>());
				for (int y = span[0]; y <= span[1]; y++) {
					years.add(y);
				}
			}
		}
		Set<Long> due = new HashSet<>();
		for (Project project : commissions) {
			int[] span = spanOfProject.get(project.id());
			for (PartnerLine partner : project.partnerLines()) {
				if (longRunAround(yearsOfPartner.get(partnerKey(partner)), span)) {
					due.add(project.id());
				}
			}
		}
		return due;
	}

	/** The start years of the 年度 a project covers: from its first day's to its last day's (or today's). */
	private static int[] span(Project project, FiscalYear current) {
		int first = FiscalYear.of(project.startDate()).startYear();
		int last = project.endDate() != null ? FiscalYear.of(project.endDate()).startYear()
				: Math.max(first, current.startYear());
		return new int[] { first, last };
	}

	/** Whether the run of consecutive years through the span's first year is {@link #REVIEW_YEARS} long or more. */
	private static boolean longRunAround(TreeSet<Integer> years, int[] span) {
		for (int year = span[0]; year <= span[1]; year++) {
			int from = year;
			while (years.contains(from - 1)) {
				from--;
			}
			int to = year;
			while (years.contains(to + 1)) {
				to++;
			}
			if (to - from + 1 >= REVIEW_YEARS) {
				return true;
			}
		}
		return false;
	}

	private static String partnerKey(PartnerLine partner) {
		return JapaneseText.normalize(partner.key());
	}

	private record Checked(ProjectCommand command, Zone zone) {
	}

	/**
	 * The rules of the register; returns the command with the partners' names taken from the directory and the zone
	 * resolved (the form's default when none is given).
	 */
	private Checked check(ProjectCommand command, @Nullable Project before) {
		text(command.title(), "title", 200);
		text(command.summary(), "summary", 4000);
		CollaborationForm form = forms.findById(command.formCode())
			.orElseThrow(() -> new ProjectRuleViolation("formCode", "project.choice.unknown", label("formCode")));
		if (form.retired() && (before == null || !before.formCode().equals(form.code()))) {
			throw new ProjectRuleViolation("formCode", "project.choice.retired", label("formCode"));
		}
		if (command.cityTakesPart()) {
			if (command.departmentCode() == null) {
				throw new ProjectRuleViolation("departmentCode", "project.department.required");
			}
			DepartmentView department = departments.find(command.departmentCode())
				.orElseThrow(() -> new ProjectRuleViolation("departmentCode", "project.choice.unknown", label("departmentCode")));
			if (department.retired() && (before == null || !department.code().equals(before.departmentCode()))) {
				throw new ProjectRuleViolation("departmentCode", "project.choice.retired", label("departmentCode"));
			}
		}
		else if (command.departmentCode() != null) {
			throw new ProjectRuleViolation("departmentCode", "project.department.withoutCity");
		}
		if (command.fieldCodes().isEmpty()) {
			throw new ProjectRuleViolation("fieldCodes", "project.fields.required");
		}
		if (!command.fieldCodes().stream().allMatch(ActivityField::isKnown)) {
			throw new ProjectRuleViolation("fieldCodes", "project.choice.unknown", label("fieldCodes"));
		}
		if (command.areaCode() != null && !areas.unknown(Set.of(command.areaCode())).isEmpty()) {
			throw new ProjectRuleViolation("areaCode", "project.choice.unknown", label("areaCode"));
		}
		if (command.endDate() != null && command.endDate().isBefore(command.startDate())) {
			throw new ProjectRuleViolation("endDate", "project.endDate.beforeStart");
		}
		if (command.partners().isEmpty()) {
			throw new ProjectRuleViolation("partnerRoles", "project.partners.required");
		}
		if (command.partners().size() > MAX_PARTNERS) {
			throw new ProjectRuleViolation("partnerRoles", "project.partners.tooMany", MAX_PARTNERS);
		}
		Map<Long, String> kept = before == null ? Map.of()
				: before.partnerLines()
					.stream()
					.map(PartnerLine::toPartner)
					.filter(p -> p.groupId() != null)
					.collect(Collectors.toMap(ProjectPartner::groupId, ProjectPartner::name, (a, b) -> a));
		List<ProjectPartner> partners = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < command.partners().size(); i++) {
			ProjectPartner partner = partner(command.partners().get(i), i + 1, kept);
			if (!seen.add(JapaneseText.normalize(new PartnerLine(partner).key()))) {
				throw new ProjectRuleViolation("partnerNames", "project.partner.twice", i + 1);
			}
			partners.add(partner);
		}
		ProjectCommand checked = new ProjectCommand(command.title().strip(), command.summary().strip(),
				command.formCode(), command.zone(), command.cityTakesPart(), command.departmentCode(),
				command.fieldCodes(), command.areaCode(), command.startDate(), command.endDate(), command.origin(),
				command.proposalId(), command.status(), partners, milestones(command.milestones()),
				indicators(command.indicators()));
		return new Checked(checked, command.zone() != null ? command.zone() : form.defaultZone());
	}

	/** The plan's schedule checked, each line numbered from 1 as the rows of the form: both halves, within length. */
	private static List<ProjectMilestone> milestones(List<ProjectMilestone> lines) {
		if (lines.size() > MAX_PLAN_LINES) {
			throw new ProjectRuleViolation("milestonePeriods", "project.plan.tooMany", label("milestones"),
					MAX_PLAN_LINES);
		}
		List<ProjectMilestone> checked = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String period = lines.get(i).period() == null ? "" : lines.get(i).period().strip();
			String activity = lines.get(i).activity() == null ? "" : lines.get(i).activity().strip();
			if (period.isEmpty() || activity.isEmpty()) {
				throw new ProjectRuleViolation("milestonePeriods", "project.milestone.incomplete", i + 1);
			}
			if (period.length() > 100) {
				throw new ProjectRuleViolation("milestonePeriods", "project.milestone.periodTooLong", i + 1, 100);
			}
			if (activity.length() > 1000) {
				throw new ProjectRuleViolation("milestoneActivities", "project.milestone.activityTooLong", i + 1, 1000);
			}
			checked.add(new ProjectMilestone(period, activity));
		}
		return checked;
	}

	/** The plan's indicators checked, each line numbered from 1: what and its target, within length. */
	private static List<ProjectIndicator> indicators(List<ProjectIndicator> lines) {
		if (lines.size() > MAX_PLAN_LINES) {
			throw new ProjectRuleViolation("indicatorWhats", "project.plan.tooMany", label("indicators"),
					MAX_PLAN_LINES);
		}
		List<ProjectIndicator> checked = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String what = lines.get(i).what() == null ? "" : lines.get(i).what().strip();
			String target = lines.get(i).target() == null ? "" : lines.get(i).target().strip();
			if (what.isEmpty() || target.isEmpty()) {
				throw new ProjectRuleViolation("indicatorWhats", "project.indicator.incomplete", i + 1);
			}
			if (what.length() > 500) {
				throw new ProjectRuleViolation("indicatorWhats", "project.indicator.whatTooLong", i + 1, 500);
			}
			if (target.length() > 200) {
				throw new ProjectRuleViolation("indicatorTargets", "project.indicator.targetTooLong", i + 1, 200);
			}
			checked.add(new ProjectIndicator(what, target));
		}
		return checked;
	}

	/** One partner checked, numbered from 1 as the lines of the form; a group's name is the directory's. */
	private ProjectPartner partner(ProjectPartner partner, int line, Map<Long, String> kept) {
		String name;
		if (partner.kind() == PartnerKind.GROUP) {
			if (partner.groupId() == null) {
				throw new ProjectRuleViolation("partnerGroupIds", "project.partner.group.required", line);
			}
			name = approvedGroupName(partner.groupId()).or(() -> Optional.ofNullable(kept.get(partner.groupId())))
				.orElseThrow(() -> new ProjectRuleViolation("partnerGroupIds", "project.partner.group.unknown", line));
		}
		else {
			if (partner.groupId() != null) {
				throw new ProjectRuleViolation("partnerGroupIds", "project.partner.groupAndName", line);
			}
			name = partner.name() == null ? "" : partner.name().strip();
			if (name.isEmpty()) {
				throw new ProjectRuleViolation("partnerNames", "project.partner.name.required", line);
			}
			if (name.length() > 200) {
				throw new ProjectRuleViolation("partnerNames", "project.partner.name.tooLong", line, 200);
			}
		}
		String role = partner.role() == null ? "" : partner.role().strip();
		if (role.isEmpty()) {
			throw new ProjectRuleViolation("partnerRoles", "project.partner.role.required", line);
		}
		if (role.length() > 500) {
			throw new ProjectRuleViolation("partnerRoles", "project.partner.role.tooLong", line, 500);
		}
		String reason = partner.reason() == null || partner.reason().isBlank() ? null : partner.reason().strip();
		if (reason == null && partner.kind().reasonRequired()) {
			throw new ProjectRuleViolation("partnerReasons", "project.partner.reason.required", line);
		}
		if (reason != null && reason.length() > 1000) {
			throw new ProjectRuleViolation("partnerReasons", "project.partner.reason.tooLong", line, 1000);
		}
		return new ProjectPartner(partner.groupId(), name, partner.kind(), role, reason);
	}

	private Optional<String> approvedGroupName(long groupId) {
		try {
			return Optional.of(groups.profile(groupId, Viewer.ANONYMOUS).summary().name());
		}
		catch (GroupNotFound notPublic) {
			return Optional.empty();
		}
	}

	private static void text(@Nullable String value, String field, int max) {
		if (value == null || value.isBlank()) {
			throw new ProjectRuleViolation(field, "project.text.required", label(field));
		}
		if (value.strip().length() > max) {
			throw new ProjectRuleViolation(field, "project.text.tooLong", label(field), max);
		}
	}

	private static DefaultMessageSourceResolvable label(String field) {
		return new DefaultMessageSourceResolvable("projectForm." + field);
	}

	private List<ProjectView> views(List<Project> found) {
		if (found.isEmpty()) {
			return List.of();
		}
		Map<String, CollaborationFormView> formViews = forms.findAll()
			.stream()
			.map(CollaborationForm::toView)
			.collect(Collectors.toMap(CollaborationFormView::code, Function.identity()));
		Map<String, String> areaNames = areas.all()
			.stream()
			.collect(Collectors.toMap(AreaView::code, AreaView::name, (a, b) -> a));
		Set<Long> due = found.stream().anyMatch(p -> formViews.get(p.formCode()).commission()) ? dueForReview()
				: Set.of();
		return found.stream()
			.map(p -> new ProjectView(p.id(), p.version(), p.title(), p.summary(), formViews.get(p.formCode()), p.zone(),
					p.cityTakesPart(),
					p.departmentCode() == null ? null : departments.find(p.departmentCode()).orElse(null),
					p.fieldCodes().stream().sorted().toList(), p.areaCode(),
					p.areaCode() == null ? null : areaNames.getOrDefault(p.areaCode(), p.areaCode()), p.startDate(),
					p.endDate(), p.origin(), p.proposalId(), p.status(),
					p.partnerLines().stream().map(PartnerLine::toPartner).toList(), due.contains(p.id()),
					p.milestones(), p.indicators()))
			.toList();
	}

	private Project project(long id) {
		return projects.findById(id)
			.filter(p -> p.municipalityCode().equals(code()))
			.orElseThrow(() -> new ProjectNotFound(id));
	}

	private static Map<String, long[]> grouped(List<Object[]> rows) {
		Map<String, long[]> counts = new HashMap<>();
		for (Object[] row : rows) {
			long[] count = counts.computeIfAbsent((String) row[0], k -> new long[2]);
			long n = (Long) row[2];
			count[0] += n;
			if ((Boolean) row[1]) {
				count[1] += n;
			}
		}
		return counts;
	}

	private static ProjectCounts.Count count(String code, String label, Map<String, long[]> counts) {
		long[] count = counts.getOrDefault(code, new long[2]);
		return new ProjectCounts.Count(code, label, count[0], count[1]);
	}

	private String code() {
		return municipalities.current().code();
	}

	private static @Nullable String blank(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
