package jp.tomoni.projects;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.tomoni.audit.AuditLog;
import jp.tomoni.audit.AuditRecord;
import jp.tomoni.municipality.Municipalities;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partners' reports on a project against its plan (decision 0072): progress reports (中間報告) and one final report
 * (完了報告), drafted and changed as often as needed, then submitted, after which they are public and never change (a
 * correction is a new report). A group's administrator files only for their own groups (refused otherwise, 403, as
 * for evaluations); staff file for the city and for any partner. Refusals name the field; submissions are audited.
 */
@Service
class Reports {

	static final int MAX_TEXT = 4000;

	static final int MAX_NOTE = 1000;

	static final int MAX_ACHIEVED = 200;

	private final ProjectRepository projects;

	private final ProjectReportRepository reports;

	private final Municipalities municipalities;

	private final AuditLog auditLog;

	private final Clock clock;

	Reports(ProjectRepository projects, ProjectReportRepository reports, Municipalities municipalities,
			AuditLog auditLog, Clock clock) {
		this.projects = projects;
		this.reports = reports;
		this.municipalities = municipalities;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** The partners of the project, then the city when it takes part: those that report. */
	private List<ReportParty> partiesOf(Project project) {
		List<ReportParty> list = new ArrayList<>();
		for (PartnerLine line : project.partnerLines()) {
			ProjectPartner partner = line.toPartner();
			list.add(new ReportParty(line.key(), partner.name(), partner.groupId()));
		}
		if (project.cityTakesPart()) {
			list.add(new ReportParty(Evaluations.CITY, municipalities.current().name(), null));
		}
		return list;
	}

	/** Staff file for any party; a group's administrator for their own groups (by the party's key, as stored). */
	private static boolean mayFile(String partyKey, EvaluationActor actor) {
		if (actor.staff()) {
			return true;
		}
		if (!partyKey.startsWith("group:")) {
			return false;
		}
		try {
			return actor.groupIds().contains(Long.valueOf(partyKey.substring("group:".length())));
		}
		catch (NumberFormatException notAGroup) {
			return false;
		}
	}

	/** The parties this person may file for; refused (403) when there is none and they are not staff. */
	private List<ReportParty> filedBy(Project project, EvaluationActor actor) {
		List<ReportParty> parties = partiesOf(project).stream().filter(p -> mayFile(p.key(), actor)).toList();
		if (parties.isEmpty() && !actor.staff()) {
			throw new AccessDeniedException("not a party of project " + project.id());
		}
		return parties;
	}

	/** The reports of a project for a party's administrator or staff (refused, 403, to anyone else). */
	@Transactional(readOnly = true)
	ReportsOverview overview(long projectId, EvaluationActor actor) {
		Project project = project(projectId);
		List<ReportParty> parties = filedBy(project, actor);
		List<ReportView> list = reports.ofProject(projectId)
			.stream()
			.filter(r -> r.status() == ReportStatus.SUBMITTED || mayFile(r.partyKey(), actor))
			.map(r -> view(r, actor))
			.toList();
		return new ReportsOverview(project.status() == ProjectStatus.CANCELLED ? List.of() : parties, list,
				reports.hasFinal(projectId));
	}

	/** The lines of the plan a new report is written against: the project's plan as it is now. */
	@Transactional(readOnly = true)
	ReportView blank(long projectId, ReportKind kind, EvaluationActor actor) {
		Project project = project(projectId);
		filedBy(project, actor);
		return new ReportView(0, projectId, null, kind, ReportStatus.DRAFT, "", null, null,
				project.milestones().stream().map(m -> new ReportView.Milestone(m.period(), m.activity(), null, "")).toList(),
				project.indicators().stream().map(i -> new ReportView.Indicator(i.what(), i.target(), "", "")).toList(),
				"", "", "", "", clock.instant(), null, true);
	}

	/** Whether this person files reports for the project (for the link on its public page). */
	@Transactional(readOnly = true)
	boolean mayFile(long projectId, @Nullable EvaluationActor actor) {
		if (actor == null) {
			return false;
		}
		return projects.findById(projectId)
			.filter(p -> p.municipalityCode().equals(municipalities.current().code()))
			.filter(p -> p.status() != ProjectStatus.CANCELLED)
			.map(p -> actor.staff() || partiesOf(p).stream().anyMatch(x -> mayFile(x.key(), actor)))
			.orElse(false);
	}

	/**
	 * Starts a report for a party, saved as a draft or submitted at once. Audited.
	 *
	 * @return the report's id
	 * @throws AccessDeniedException when the person may not file for this party
	 * @throws ProjectRuleViolation when a rule refuses it (a {@link ReportIncomplete} when several do); nothing is
	 * saved
	 */
	@Transactional
	long create(long projectId, ReportKind kind, String partyKey, ReportContent content, boolean submit,
			EvaluationActor actor) {
		Project project = project(projectId);
		filedBy(project, actor);
		if (project.status() == ProjectStatus.CANCELLED) {
			throw new ProjectRuleViolation("kind", "report.project.cancelled");
		}
		ReportParty party = partiesOf(project).stream()
			.filter(p -> p.key().equals(partyKey))
			.findFirst()
			.orElseThrow(() -> new ProjectRuleViolation("party", "project.choice.unknown", label("party")));
		if (!mayFile(party.key(), actor)) {
			throw new AccessDeniedException("not this party's administrator");
		}
		if (kind == ReportKind.FINAL && reports.hasFinal(projectId)) {
			throw new ProjectRuleViolation("kind", "report.final.exists");
		}
		if (content.milestones().size() != project.milestones().size()
				|| content.indicators().size() != project.indicators().size()) {
			throw new ProjectRuleViolation("milestoneStatuses", "report.plan.changed");
		}
		refuseProblems(check(content, project, kind, submit,
				project.milestones().stream().map(ProjectMilestone::activity).toList(),
				project.indicators().stream().map(ProjectIndicator::what).toList()));
		ProjectReport report = new ProjectReport(projectId, kind, party.key(), party.name(), project.milestones(),
				project.indicators(), actor.accountId(), clock.instant());
		report.write(content, actor.accountId(), clock.instant());
		reports.saveAndFlush(report);
		auditLog.record(new AuditRecord("project.report.drafted:" + kind, "project",
				projectId + "/reports/" + report.id()));
		if (submit) {
			submit(report);
		}
		return report.id();
	}

	/**
	 * Saves a draft again, and submits it if asked. Audited when submitted.
	 *
	 * @throws AccessDeniedException when the person may not file for the report's party
	 * @throws ProjectRuleViolation when it is already submitted, or a rule refuses it; nothing is saved
	 */
	@Transactional
	void change(long projectId, long reportId, ReportContent content, boolean submit, EvaluationActor actor) {
		Project project = project(projectId);
		ProjectReport report = report(projectId, reportId);
		if (!mayFile(report.partyKey(), actor)) {
			throw new AccessDeniedException("not this party's administrator");
		}
		if (report.status() != ReportStatus.DRAFT) {
			throw new ProjectRuleViolation("report", "report.submitted");
		}
		if (content.milestones().size() != report.milestones().size()
				|| content.indicators().size() != report.indicators().size()) {
			throw new ProjectRuleViolation("milestoneStatuses", "report.plan.changed");
		}
		refuseProblems(check(content, project, report.kind(), submit,
				report.milestones().stream().map(PlanLines.ReportedMilestone::activity).toList(),
				report.indicators().stream().map(PlanLines.ReportedIndicator::what).toList()));
		report.write(content, actor.accountId(), clock.instant());
		if (submit) {
			submit(report);
		}
	}

	/**
	 * Discards a draft: by whoever may file for its party. A submitted report is a public record and stays; an abandoned
	 * final draft would otherwise keep every party from filing the project's final report.
	 *
	 * @throws AccessDeniedException when the person may not file for the report's party
	 * @throws ProjectRuleViolation when it is already submitted
	 */
	@Transactional
	void discard(long projectId, long reportId, EvaluationActor actor) {
		ProjectReport report = report(projectId, reportId);
		if (!mayFile(report.partyKey(), actor)) {
			throw new AccessDeniedException("not this party's administrator");
		}
		if (report.status() != ReportStatus.DRAFT) {
			throw new ProjectRuleViolation("report", "report.submitted");
		}
		reports.delete(report);
		auditLog.record(new AuditRecord("project.report.discarded:" + report.kind(), "project",
				projectId + "/reports/" + reportId));
	}

	private void submit(ProjectReport report) {
		report.submit(reports.lastNumber(report.projectId()) + 1, clock.instant());
		reports.flush();
		auditLog.record(new AuditRecord("project.report.submitted:" + report.kind() + ":" + report.number(), "project",
				report.projectId() + "/reports/" + report.id()));
	}

	/**
	 * A report for the people who file them: a draft only for its party's administrator and staff, a submitted report
	 * for every party's administrator and staff.
	 */
	@Transactional(readOnly = true)
	ReportView view(long projectId, long reportId, EvaluationActor actor) {
		Project project = project(projectId);
		ProjectReport report = report(projectId, reportId);
		if (report.status() == ReportStatus.DRAFT ? !mayFile(report.partyKey(), actor)
				: !actor.staff() && partiesOf(project).stream().noneMatch(p -> mayFile(p.key(), actor))) {
			throw new AccessDeniedException("not a party of project " + projectId);
		}
		return view(report, actor);
	}

	/** Every report of a project, drafts included, for the back office. */
	@Transactional(readOnly = true)
	public List<ReportView> all(long projectId) {
		project(projectId);
		return reports.ofProject(projectId).stream().map(r -> view(r, null)).toList();
	}

	/** The submitted reports of a project, by number: public. */
	@Transactional(readOnly = true)
	public List<ReportView> published(long projectId) {
		return reports.submitted(projectId).stream().map(r -> view(r, null)).toList();
	}

	/** A submitted report by its number: public; empty for a draft or no such report. */
	@Transactional(readOnly = true)
	public Optional<ReportView> published(long projectId, int number) {
		return reports.submitted(projectId, number).map(r -> view(r, null));
	}

	/**
	 * The rules of a report: the period in order and within the project's; texts and notes within length; when
	 * submitted, the period, what was done, each milestone's status and each indicator's value (and, for the final
	 * report, its outcome and what comes next) given, and the final report only for a project running or finished.
	 */
	private static List<ProjectRuleViolation> check(ReportContent content, Project project, ReportKind kind,
			boolean submit, List<String> activities, List<String> whats) {
		List<ProjectRuleViolation> problems = new ArrayList<>();
		LocalDate from = content.periodFrom();
		LocalDate to = content.periodTo();
		if (submit && from == null) {
			problems.add(new ProjectRuleViolation("periodFrom", "report.required", label("periodFrom")));
		}
		if (submit && to == null) {
			problems.add(new ProjectRuleViolation("periodTo", "report.required", label("periodTo")));
		}
		if (from != null && to != null && to.isBefore(from)) {
			problems.add(new ProjectRuleViolation("periodTo", "report.period.order"));
		}
		within(problems, "periodFrom", from, project);
		within(problems, "periodTo", to, project);
		for (int i = 0; i < content.milestones().size(); i++) {
			ReportContent.MilestoneEntry entry = content.milestones().get(i);
			if (submit && entry.status() == null) {
				problems.add(new ProjectRuleViolation("milestoneStatuses", "report.milestone.statusRequired", i + 1,
						activities.get(i)));
			}
			if (entry.note().length() > MAX_NOTE) {
				problems.add(new ProjectRuleViolation("milestoneStatuses", "report.milestone.noteTooLong", i + 1,
						MAX_NOTE));
			}
		}
		for (int i = 0; i < content.indicators().size(); i++) {
			ReportContent.IndicatorEntry entry = content.indicators().get(i);
			if (submit && entry.achieved().isBlank()) {
				problems.add(new ProjectRuleViolation("indicatorValues", "report.indicator.valueRequired", i + 1,
						whats.get(i)));
			}
			if (entry.achieved().length() > MAX_ACHIEVED) {
				problems.add(new ProjectRuleViolation("indicatorValues", "report.indicator.valueTooLong", i + 1,
						MAX_ACHIEVED));
			}
			if (entry.note().length() > MAX_NOTE) {
				problems.add(new ProjectRuleViolation("indicatorValues", "report.indicator.noteTooLong", i + 1,
						MAX_NOTE));
			}
		}
		text(problems, "done", content.done(), submit);
		text(problems, "issues", content.issues(), false);
		if (kind == ReportKind.FINAL) {
			text(problems, "outcome", content.outcome(), submit);
			text(problems, "nextSteps", content.nextSteps(), submit);
			if (submit && project.status() != ProjectStatus.RUNNING && project.status() != ProjectStatus.FINISHED) {
				problems.add(new ProjectRuleViolation("kind", "report.final.notRunning",
						new DefaultMessageSourceResolvable(project.status().messageKey())));
			}
		}
		return problems;
	}

	private static void within(List<ProjectRuleViolation> problems, String field, @Nullable LocalDate date,
			Project project) {
		if (date == null) {
			return;
		}
		if (date.isBefore(project.startDate())) {
			problems.add(new ProjectRuleViolation(field, "report.period.beforeProject", label(field),
					project.startDate().toString()));
		}
		else if (project.endDate() != null && date.isAfter(project.endDate())) {
			problems.add(new ProjectRuleViolation(field, "report.period.afterProject", label(field),
					project.endDate().toString()));
		}
	}

	private static void text(List<ProjectRuleViolation> problems, String field, String value, boolean required) {
		if (required && value.isBlank()) {
			problems.add(new ProjectRuleViolation(field, "report.required", label(field)));
		}
		if (value.length() > MAX_TEXT) {
			problems.add(new ProjectRuleViolation(field, "project.text.tooLong", label(field), MAX_TEXT));
		}
	}

	private static void refuseProblems(List<ProjectRuleViolation> problems) {
		if (problems.size() == 1) {
			throw problems.getFirst();
		}
		if (!problems.isEmpty()) {
			throw new ReportIncomplete(problems);
		}
	}

	private static DefaultMessageSourceResolvable label(String field) {
		return new DefaultMessageSourceResolvable("reportForm." + field);
	}

	private static ReportView view(ProjectReport r, @Nullable EvaluationActor actor) {
		return new ReportView(r.id(), r.projectId(), r.number(), r.kind(), r.status(), r.partyName(), r.periodFrom(),
				r.periodTo(),
				r.milestones()
					.stream()
					.map(m -> new ReportView.Milestone(m.period(), m.activity(), m.status(), m.note()))
					.toList(),
				r.indicators()
					.stream()
					.map(i -> new ReportView.Indicator(i.what(), i.target(), i.achieved(), i.note()))
					.toList(),
				r.done(), r.issues(), r.outcome(), r.nextSteps(), r.updatedAt(), r.submittedAt(),
				actor != null && r.status() == ReportStatus.DRAFT && mayFile(r.partyKey(), actor));
	}

	private ProjectReport report(long projectId, long reportId) {
		return reports.findById(reportId)
			.filter(r -> r.projectId() == projectId)
			.orElseThrow(() -> new ProjectNotFound(projectId));
	}

	private Project project(long id) {
		return projects.findById(id)
			.filter(p -> p.municipalityCode().equals(municipalities.current().code()))
			.orElseThrow(() -> new ProjectNotFound(id));
	}
}
