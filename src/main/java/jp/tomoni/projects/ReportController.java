package jp.tomoni.projects;

import jp.tomoni.groups.GroupDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The partners' reports on a project (decision 0072): the list and the drafts for a party's administrator (their own
 * groups only) and for staff (the city and any partner), the form that saves a draft or submits it, a report's page,
 * and the submitted report for everyone at {@code /projects/{id}/reports/{n}}.
 */
@Controller
class ReportController {

	private static final String FILERS = "hasAnyRole('GROUP_ADMIN','COORDINATOR','CITY_STAFF','ADMIN')";

	private final Projects projects;

	private final Reports reports;

	private final GroupDirectory groups;

	ReportController(Projects projects, Reports reports, GroupDirectory groups) {
		this.projects = projects;
		this.reports = reports;
		this.groups = groups;
	}

	@GetMapping("/account/projects/{id}/reports")
	@PreAuthorize(FILERS)
	String overview(@PathVariable long id, Authentication authentication, Model model) {
		ReportsOverview overview = reports.overview(id, actor(authentication));
		model.addAttribute("project", project(id));
		model.addAttribute("overview", overview);
		return "projects/reports";
	}

	@GetMapping("/account/projects/{id}/reports/new")
	@PreAuthorize(FILERS)
	String start(@PathVariable long id, @RequestParam(defaultValue = "PROGRESS") ReportKind kind,
			Authentication authentication, Model model) {
		EvaluationActor actor = actor(authentication);
		ReportsOverview overview = reports.overview(id, actor);
		String party = overview.parties().isEmpty() ? null : overview.parties().getFirst().key();
		model.addAttribute("reportForm", ReportForm.empty(kind, party));
		return formPage(model, id, reports.blank(id, kind, actor), overview);
	}

	@PostMapping("/account/projects/{id}/reports/new")
	@PreAuthorize(FILERS)
	String start(@PathVariable long id, @ModelAttribute("reportForm") ReportForm form, BindingResult result,
			@RequestParam(defaultValue = "save") String action, Authentication authentication, Model model,
			RedirectAttributes redirect) {
		EvaluationActor actor = actor(authentication);
		ReportsOverview overview = reports.overview(id, actor);
		ReportKind kind = form.kindValue();
		ReportView blank = reports.blank(id, kind == null ? ReportKind.PROGRESS : kind, actor);
		form.checkIn(result, true, blank.milestones().size());
		if (result.hasErrors() || kind == null) {
			return formPage(model, id, blank, overview);
		}
		long reportId;
		try {
			reportId = reports.create(id, kind, form.party() == null ? "" : form.party().strip(),
					form.toContent(blank.milestones().size(), blank.indicators().size(), kind), submit(action), actor);
		}
		catch (ProjectRuleViolation violation) {
			reject(violation, result);
			return formPage(model, id, blank, overview);
		}
		redirect.addFlashAttribute("done", submit(action) ? "submitted" : "saved");
		return "redirect:/account/projects/" + id + "/reports/" + reportId;
	}

	@GetMapping("/account/projects/{id}/reports/{reportId}")
	@PreAuthorize(FILERS)
	String show(@PathVariable long id, @PathVariable long reportId, Authentication authentication, Model model) {
		model.addAttribute("report", reports.view(id, reportId, actor(authentication)));
		model.addAttribute("project", project(id));
		return "projects/report-record";
	}

	@GetMapping("/account/projects/{id}/reports/{reportId}/edit")
	@PreAuthorize(FILERS)
	String edit(@PathVariable long id, @PathVariable long reportId, Authentication authentication, Model model) {
		ReportView report = reports.view(id, reportId, actor(authentication));
		if (!report.editable()) {
			return "redirect:/account/projects/" + id + "/reports/" + reportId;
		}
		model.addAttribute("reportForm", ReportForm.of(report));
		return formPage(model, id, report, null);
	}

	@PostMapping("/account/projects/{id}/reports/{reportId}/edit")
	@PreAuthorize(FILERS)
	String edit(@PathVariable long id, @PathVariable long reportId, @ModelAttribute("reportForm") ReportForm form,
			BindingResult result, @RequestParam(defaultValue = "save") String action, Authentication authentication,
			Model model, RedirectAttributes redirect) {
		EvaluationActor actor = actor(authentication);
		ReportView report = reports.view(id, reportId, actor);
		form.checkIn(result, false, report.milestones().size());
		if (result.hasErrors()) {
			return formPage(model, id, report, null);
		}
		try {
			reports.change(id, reportId,
					form.toContent(report.milestones().size(), report.indicators().size(), report.kind()),
					submit(action), actor);
		}
		catch (ProjectRuleViolation violation) {
			reject(violation, result);
			return formPage(model, id, report, null);
		}
		redirect.addFlashAttribute("done", submit(action) ? "submitted" : "saved");
		return "redirect:/account/projects/" + id + "/reports/" + reportId;
	}

	@PostMapping("/account/projects/{id}/reports/{reportId}/discard")
	@PreAuthorize(FILERS)
	String discard(@PathVariable long id, @PathVariable long reportId, Authentication authentication,
			RedirectAttributes redirect) {
		try {
			reports.discard(id, reportId, actor(authentication));
			redirect.addFlashAttribute("done", "discarded");
			return "redirect:/account/projects/" + id + "/reports";
		}
		catch (ProjectRuleViolation violation) {
			redirect.addFlashAttribute("done", "notDiscarded");
			return "redirect:/account/projects/" + id + "/reports/" + reportId;
		}
	}

	@GetMapping("/projects/{id}/reports/{number}")
	@PreAuthorize("permitAll()")
	String published(@PathVariable long id, @PathVariable int number, Model model) {
		ProjectView project = projects.find(id)
			.filter(p -> p.status() != ProjectStatus.CANCELLED)
			.orElseThrow(() -> new ProjectNotFound(id));
		model.addAttribute("project", project);
		model.addAttribute("report", reports.published(id, number).orElseThrow(() -> new ProjectNotFound(id)));
		return "projects/report";
	}

	private static boolean submit(String action) {
		return "submit".equals(action);
	}

	private static void reject(ProjectRuleViolation violation, BindingResult result) {
		if (violation instanceof ReportIncomplete incomplete) {
			incomplete.problems().forEach(problem -> problem.rejectIn(result));
		}
		else {
			violation.rejectIn(result);
		}
	}

	/** The form: new (with the parties to choose from) when {@code overview} is given, else a draft's. */
	private String formPage(Model model, long id, ReportView report, @Nullable ReportsOverview overview) {
		model.addAttribute("project", project(id));
		model.addAttribute("report", report);
		model.addAttribute("parties", overview == null ? java.util.List.of() : overview.parties());
		model.addAttribute("starting", overview != null);
		model.addAttribute("milestoneStatuses", MilestoneStatus.values());
		return "projects/report-form";
	}

	private ProjectView project(long id) {
		return projects.find(id).orElseThrow(() -> new ProjectNotFound(id));
	}

	private EvaluationActor actor(Authentication authentication) {
		EvaluationActor actor = EvaluationController.actorOf(authentication, groups);
		if (actor == null) {
			throw new IllegalStateException("a signed-in page without a signed-in person");
		}
		return actor;
	}
}
