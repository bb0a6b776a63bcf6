package jp.tomoni.projects;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jp.tomoni.areas.Areas;
import jp.tomoni.shared.ActivityField;
import jp.tomoni.shared.FiscalYear;
import jp.tomoni.shared.SignedInPerson;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
 * The register of collaboration projects in the back office, for coordinators, city staff and administrators: the
 * list with its filters (and the commissions due for review), registering and changing a project and its plan, a
 * project's page (with its reports, drafts included),
 * the counts by 年度, form and field and their CSV.
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR','CITY_STAFF','ADMIN')")
class ProjectController {

	private final Projects projects;

	private final CollaborationVocabulary vocabulary;

	private final Departments departments;

	private final Areas areas;

	private final MessageSource messages;

	private final Clock clock;

	private final Reports reports;

	private final ProjectCaseStories caseStories;

	ProjectController(Projects projects, CollaborationVocabulary vocabulary, Departments departments, Areas areas,
			MessageSource messages, Clock clock, Reports reports, ProjectCaseStories caseStories) {
		this.projects = projects;
		this.reports = reports;
		this.vocabulary = vocabulary;
		this.departments = departments;
		this.areas = areas;
		this.messages = messages;
		this.clock = clock;
		this.caseStories = caseStories;
	}

	@GetMapping("/backoffice/projects")
	String list(@RequestParam(required = false) @Nullable String form,
			@RequestParam(required = false) @Nullable String field, @RequestParam(required = false) @Nullable String area,
			@RequestParam(required = false) @Nullable Integer year, @RequestParam(required = false) @Nullable Boolean city,
			@RequestParam(required = false) @Nullable ProjectStatus status,
			@RequestParam(required = false) @Nullable String review, @RequestParam(defaultValue = "0") int page,
			Locale locale, Model model) {
		ProjectQuery query = new ProjectQuery(form, field, area, year, city, status, review, page);
		model.addAttribute("query", query);
		model.addAttribute("rows", projects.list(query, true));
		model.addAttribute("statuses", ProjectStatus.values());
		model.addAttribute("reviewYears", Projects.REVIEW_YEARS);
		filters(model, locale);
		return "projects/list";
	}

	@GetMapping("/backoffice/projects/new")
	String create(Locale locale, Model model) {
		model.addAttribute("projectForm", ProjectForm.empty(LocalDate.now(clock.withZone(FiscalYear.JAPAN))));
		return form(model, null, locale);
	}

	@PostMapping("/backoffice/projects/new")
	String create(@Valid @ModelAttribute("projectForm") ProjectForm form, BindingResult result, Locale locale,
			Model model, RedirectAttributes redirect) {
		form.checkIn(result);
		if (result.hasErrors()) {
			return form(model, null, locale);
		}
		long id;
		try {
			id = projects.register(form.toCommand());
		}
		catch (ProjectRuleViolation violation) {
			violation.rejectIn(result);
			return form(model, null, locale);
		}
		redirect.addFlashAttribute("done", "registered");
		return "redirect:/backoffice/projects/" + id;
	}

	@GetMapping("/backoffice/projects/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal SignedInPerson person, Authentication authentication,
			Model model) {
		ProjectView project = project(id);
		model.addAttribute("project", project);
		model.addAttribute("caseStory",
				caseStories.view(project, person.accountId(), ProjectCaseStoryController.mayStart(authentication)));
		model.addAttribute("reviewYears", Projects.REVIEW_YEARS);
		model.addAttribute("reports", reports.all(id));
		return "projects/detail";
	}

	@GetMapping("/backoffice/projects/{id}/edit")
	String edit(@PathVariable long id, Locale locale, Model model) {
		ProjectView project = project(id);
		model.addAttribute("projectForm", ProjectForm.of(project));
		return form(model, project, locale);
	}

	@PostMapping("/backoffice/projects/{id}/edit")
	String edit(@PathVariable long id, @RequestParam(defaultValue = "-1") long version,
			@Valid @ModelAttribute("projectForm") ProjectForm form, BindingResult result, Locale locale, Model model,
			RedirectAttributes redirect) {
		ProjectView project = project(id);
		form.checkIn(result);
		if (result.hasErrors()) {
			return form(model, project, version, locale);
		}
		try {
			projects.change(id, version, form.toCommand());
		}
		catch (ProjectRuleViolation violation) {
			violation.rejectIn(result);
			return form(model, project, version, locale);
		}
		redirect.addFlashAttribute("done", "changed");
		return "redirect:/backoffice/projects/" + id;
	}

	@GetMapping("/backoffice/projects/counts")
	String counts(@RequestParam(required = false) @Nullable Integer year, Locale locale, Model model) {
		model.addAttribute("counts", projects.counts(year(year), locale));
		return "projects/counts";
	}

	/**
	 * The counts as CSV (UTF-8 with BOM): 年度, 集計, 項目, 件数, 市が参加, 市が参加しない — one line per 年度, then per form
	 * and per field of the chosen 年度. Counts only.
	 */
	@GetMapping("/backoffice/projects/counts.csv")
	void csv(@RequestParam(required = false) @Nullable Integer year, Locale locale, HttpServletResponse response)
			throws IOException {
		ProjectCounts counts = projects.counts(year(year), locale);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("projects-" + counts.year().startYear() + ".csv", StandardCharsets.UTF_8)
					.build()
					.toString());
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		String label = counts.year().label(locale);
		try (CSVPrinter printer = CSVFormat.EXCEL.builder()
			.setHeader(text("project.csv.year", locale), text("project.csv.breakdown", locale),
					text("project.csv.item", locale), text("project.csv.count", locale),
					text("project.csv.withCity", locale), text("project.csv.withoutCity", locale))
			.get()
			.print(writer)) {
			for (ProjectCounts.YearCount y : counts.years()) {
				printer.printRecord(y.year().label(locale), text("project.counts.byYear", locale), "", y.total(),
						y.withCity(), y.withoutCity());
			}
			for (ProjectCounts.Count c : counts.forms()) {
				printer.printRecord(label, text("project.counts.byForm", locale), c.label(), c.total(), c.withCity(),
						c.withoutCity());
			}
			for (ProjectCounts.Count c : counts.fields()) {
				printer.printRecord(label, text("project.counts.byField", locale), c.label(), c.total(), c.withCity(),
						c.withoutCity());
			}
		}
	}

	private ProjectView project(long id) {
		return projects.find(id).orElseThrow(() -> new ProjectNotFound(id));
	}

	private FiscalYear year(@Nullable Integer year) {
		return year == null ? FiscalYear.current(clock) : new FiscalYear(year);
	}

	private String text(String code, Locale locale) {
		return messages.getMessage(code, null, locale);
	}

	private void filters(Model model, Locale locale) {
		model.addAttribute("forms", vocabulary.forms());
		model.addAttribute("areas", areas.all());
		model.addAttribute("fieldOptions", fieldOptions(messages, locale));
		model.addAttribute("years", projects.years());
	}

	static Map<String, String> fieldOptions(MessageSource messages, Locale locale) {
		Map<String, String> options = new LinkedHashMap<>();
		ActivityField.ALL.forEach(f -> options.put(f.code(), messages.getMessage(f.messageKey(), null, locale)));
		return options;
	}

	private String form(Model model, @Nullable ProjectView project, Locale locale) {
		return form(model, project, project == null ? null : project.version(), locale);
	}

	private String form(Model model, @Nullable ProjectView project, @Nullable Long version, Locale locale) {
		model.addAttribute("project", project);
		model.addAttribute("version", version);
		model.addAttribute("forms", vocabulary.forms());
		model.addAttribute("departments", departments.all());
		model.addAttribute("areas", areas.all());
		model.addAttribute("fieldOptions", fieldOptions(messages, locale));
		model.addAttribute("zones", Zone.values());
		model.addAttribute("statuses", project == null
				? java.util.List.of(ProjectStatus.PLANNED, ProjectStatus.RUNNING, ProjectStatus.FINISHED)
				: java.util.List.copyOf(project.status().next()));
		model.addAttribute("partnerKinds", PartnerKind.values());
		model.addAttribute("groups", projects.groupChoices());
		return "projects/form";
	}
}
