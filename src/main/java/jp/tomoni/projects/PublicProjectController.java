package jp.tomoni.projects;

import java.time.Clock;
import java.util.Locale;

import jp.tomoni.areas.Areas;
import jp.tomoni.groups.GroupDirectory;
import jp.tomoni.shared.FiscalYear;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public register of collaboration projects: every project that is not cancelled, with its filters and the
 * count by 年度, and a project's page (partners with their roles and reasons, form, zone, period, department, the plan
 * and the submitted reports). No personal data: partners are groups and organisations, reports are the parties'.
 */
@Controller
class PublicProjectController {

	private final Projects projects;

	private final CollaborationVocabulary vocabulary;

	private final Areas areas;

	private final MessageSource messages;

	private final Clock clock;

	private final Agreements agreements;

	private final Evaluations evaluations;

	private final GroupDirectory groups;

	private final Reports reports;

	PublicProjectController(Projects projects, CollaborationVocabulary vocabulary, Areas areas, MessageSource messages,
			Clock clock, Agreements agreements, Evaluations evaluations, GroupDirectory groups, Reports reports) {
		this.groups = groups;
		this.reports = reports;
		this.projects = projects;
		this.agreements = agreements;
		this.evaluations = evaluations;
		this.vocabulary = vocabulary;
		this.areas = areas;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/projects")
	@PreAuthorize("permitAll()")
	String register(@RequestParam(required = false) @Nullable String form,
			@RequestParam(required = false) @Nullable String field, @RequestParam(required = false) @Nullable String area,
			@RequestParam(required = false) @Nullable Integer year, @RequestParam(required = false) @Nullable Boolean city,
			@RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
		ProjectQuery query = new ProjectQuery(form, field, area, year, city, null, null, page);
		model.addAttribute("query", query);
		model.addAttribute("rows", projects.list(query, false));
		model.addAttribute("counts", projects.counts(FiscalYear.current(clock), locale));
		model.addAttribute("forms", vocabulary.forms());
		model.addAttribute("areas", areas.all());
		model.addAttribute("fieldOptions", ProjectController.fieldOptions(messages, locale));
		model.addAttribute("years", projects.years());
		return "projects/register";
	}

	@GetMapping("/projects/{id}")
	@PreAuthorize("permitAll()")
	String project(@PathVariable long id, @Nullable Authentication authentication, Model model) {
		ProjectView project = projects.find(id)
			.filter(p -> p.status() != ProjectStatus.CANCELLED)
			.orElseThrow(() -> new ProjectNotFound(id));
		model.addAttribute("project", project);
		model.addAttribute("agreement", agreements.summary(id).orElse(null));
		model.addAttribute("evaluationPublished", evaluations.isPublished(id));
		EvaluationActor actor = EvaluationController.actorOf(authentication, groups);
		model.addAttribute("evaluationToRecord", evaluations.hasSomethingToRecord(id, actor));
		model.addAttribute("reports", reports.published(id));
		model.addAttribute("reportToFile", reports.mayFile(id, actor));
		return "projects/project";
	}
}
