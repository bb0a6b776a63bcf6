package jp.tomoni.projects;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jp.tomoni.groups.GroupDirectory;
import jp.tomoni.groups.GroupSummary;
import jp.tomoni.shared.SignedInPerson;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Recording a project's evaluation (decision 0070): each party's self- and mutual evaluation (a group's
 * administrator for their group, staff for any party), the committee's third-party evaluation (a reviewer, or staff
 * for the committee), the publication by staff, and the published evaluation for everyone.
 */
@Controller
class EvaluationController {

	private static final Set<String> STAFF = Set.of("ROLE_COORDINATOR", "ROLE_CITY_STAFF", "ROLE_ADMIN");

	private final Projects projects;

	private final Evaluations evaluations;

	private final GroupDirectory groups;

	private final MessageSource messages;

	EvaluationController(Projects projects, Evaluations evaluations, GroupDirectory groups, MessageSource messages) {
		this.projects = projects;
		this.evaluations = evaluations;
		this.groups = groups;
		this.messages = messages;
	}

	@GetMapping("/account/projects/{id}/evaluation")
	@PreAuthorize("hasAnyRole('GROUP_ADMIN','REVIEWER','COORDINATOR','CITY_STAFF','ADMIN')")
	String overview(@PathVariable long id, Authentication authentication, Model model) {
		model.addAttribute("project", project(id));
		model.addAttribute("evaluation", evaluations.view(id, actor(authentication)));
		return "projects/evaluation-record";
	}

	@GetMapping("/account/projects/{id}/evaluation/parties/{index}")
	@PreAuthorize("hasAnyRole('GROUP_ADMIN','COORDINATOR','CITY_STAFF','ADMIN')")
	String party(@PathVariable long id, @PathVariable int index, Authentication authentication, Model model) {
		EvaluationActor actor = actor(authentication);
		String name = evaluations.partyName(id, index, actor);
		EvaluationView view = evaluations.view(id, actor);
		EvaluationView.PartyEvaluation recorded = view.parties().get(index).evaluation();
		model.addAttribute("partyEvaluationForm", recorded == null ? PartyEvaluationForm.empty()
				: PartyEvaluationForm.of(recorded, evaluations.principles()));
		return partyPage(model, id, index, name);
	}

	@PostMapping("/account/projects/{id}/evaluation/parties/{index}")
	@PreAuthorize("hasAnyRole('GROUP_ADMIN','COORDINATOR','CITY_STAFF','ADMIN')")
	String recordParty(@PathVariable long id, @PathVariable int index,
			@Valid @ModelAttribute("partyEvaluationForm") PartyEvaluationForm form, BindingResult result,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		EvaluationActor actor = actor(authentication);
		String name = evaluations.partyName(id, index, actor);
		List<CollaborationPrincipleView> principles = evaluations.principles();
		form.checkIn(result, principles);
		if (result.hasErrors()) {
			return partyPage(model, id, index, name);
		}
		try {
			evaluations.recordParty(id, index, form.toCommand(principles), actor);
		}
		catch (ProjectRuleViolation violation) {
			violation.rejectIn(result);
			return partyPage(model, id, index, name);
		}
		redirect.addFlashAttribute("done", "partyRecorded");
		redirect.addFlashAttribute("doneParty", name);
		return "redirect:/account/projects/" + id + "/evaluation";
	}

	@GetMapping("/account/projects/{id}/evaluation/committee")
	@PreAuthorize("hasAnyRole('REVIEWER','COORDINATOR','CITY_STAFF','ADMIN')")
	String committee(@PathVariable long id, Authentication authentication, Model model) {
		EvaluationView view = evaluations.view(id, actor(authentication));
		model.addAttribute("committeeEvaluationForm", view.committee() == null ? CommitteeEvaluationForm.empty()
				: CommitteeEvaluationForm.of(view.committee()));
		return committeePage(model, id);
	}

	@PostMapping("/account/projects/{id}/evaluation/committee")
	@PreAuthorize("hasAnyRole('REVIEWER','COORDINATOR','CITY_STAFF','ADMIN')")
	String recordCommittee(@PathVariable long id,
			@Valid @ModelAttribute("committeeEvaluationForm") CommitteeEvaluationForm form, BindingResult result,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		form.checkIn(result);
		EvaluationConclusion conclusion = form.conclusionValue();
		if (result.hasErrors() || conclusion == null) {
			return committeePage(model, id);
		}
		try {
			evaluations.recordCommittee(id, form.assessment().strip(), form.residentsOpinions().strip(), conclusion,
					form.reasons().strip(), actor(authentication));
		}
		catch (ProjectRuleViolation violation) {
			violation.rejectIn(result);
			return committeePage(model, id);
		}
		redirect.addFlashAttribute("done", "committeeRecorded");
		return "redirect:/account/projects/" + id + "/evaluation";
	}

	@PostMapping("/backoffice/projects/{id}/evaluation/publish")
	@PreAuthorize("hasAnyRole('COORDINATOR','CITY_STAFF','ADMIN')")
	String publish(@PathVariable long id, Authentication authentication, Locale locale, RedirectAttributes redirect) {
		try {
			evaluations.publish(id, actor(authentication));
			redirect.addFlashAttribute("done", "evaluationPublished");
		}
		catch (ProjectRuleViolation violation) {
			redirect.addFlashAttribute("refusal", messages.getMessage(violation.code(), violation.arguments(), locale));
		}
		return "redirect:/account/projects/" + id + "/evaluation";
	}

	@GetMapping("/projects/{id}/evaluation")
	@PreAuthorize("permitAll()")
	String published(@PathVariable long id, Model model) {
		ProjectView project = projects.find(id)
			.filter(p -> p.status() != ProjectStatus.CANCELLED)
			.orElseThrow(() -> new ProjectNotFound(id));
		model.addAttribute("project", project);
		model.addAttribute("evaluation", evaluations.published(id).orElseThrow(() -> new ProjectNotFound(id)));
		return "projects/evaluation";
	}

	private String partyPage(Model model, long id, int index, String name) {
		model.addAttribute("project", project(id));
		model.addAttribute("index", index);
		model.addAttribute("partyName", name);
		model.addAttribute("principles", evaluations.principles());
		model.addAttribute("ratings", SelfRating.values());
		return "projects/evaluation-party";
	}

	private String committeePage(Model model, long id) {
		model.addAttribute("project", project(id));
		model.addAttribute("conclusions", EvaluationConclusion.values());
		return "projects/evaluation-committee";
	}

	private ProjectView project(long id) {
		return projects.find(id).orElseThrow(() -> new ProjectNotFound(id));
	}

	private EvaluationActor actor(Authentication authentication) {
		EvaluationActor actor = actorOf(authentication, groups);
		if (actor == null) {
			throw new IllegalStateException("a signed-in page without a signed-in person");
		}
		return actor;
	}

	/** The person of the request as an {@link EvaluationActor}, or {@code null} for a visitor. */
	static @org.jspecify.annotations.Nullable EvaluationActor actorOf(
			@org.jspecify.annotations.Nullable Authentication authentication, GroupDirectory groups) {
		if (authentication == null || !(authentication.getPrincipal() instanceof SignedInPerson person)) {
			return null;
		}
		Set<String> roles = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toSet());
		boolean staff = roles.stream().anyMatch(STAFF::contains);
		Set<Long> groupIds = roles.contains("ROLE_GROUP_ADMIN")
				? groups.groupsOf(person.accountId()).stream().map(GroupSummary::id).collect(Collectors.toSet())
				: Set.of();
		return new EvaluationActor(person.accountId(), groupIds, staff, roles.contains("ROLE_REVIEWER"));
	}
}
