package jp.tomoni.projects;

import java.util.Locale;

import jp.tomoni.news.CaseStoryAuthor;
import jp.tomoni.shared.SignedInPerson;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * City staff and administrators turn a finished project into a case story (協働事例, decision 0073): the draft is
 * theirs, and they go on writing it in the news pages; once started, the project page opens it instead.
 */
@Controller
@PreAuthorize("hasAnyRole('CITY_STAFF','ADMIN')")
class ProjectCaseStoryController {

	private final ProjectCaseStories caseStories;

	private final MessageSource messages;

	ProjectCaseStoryController(ProjectCaseStories caseStories, MessageSource messages) {
		this.caseStories = caseStories;
		this.messages = messages;
	}

	@PostMapping("/backoffice/projects/{id}/case-story")
	String start(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, Locale locale,
			RedirectAttributes redirect) {
		long storyId;
		try {
			storyId = caseStories.start(id, new CaseStoryAuthor(person.accountId(), person.displayName()));
		}
		catch (ProjectRuleViolation violation) {
			redirect.addFlashAttribute("refusal", messages.getMessage(violation.code(), violation.arguments(), locale));
			return "redirect:/backoffice/projects/" + id;
		}
		return "redirect:/account/stories/" + storyId + "/edit";
	}

	/** Whether this person may start a case story (the roles of {@link #start}; coordinators only read the page). */
	static boolean mayStart(Authentication authentication) {
		return authentication.getAuthorities()
			.stream()
			.anyMatch(a -> "ROLE_CITY_STAFF".equals(a.getAuthority()) || "ROLE_ADMIN".equals(a.getAuthority()));
	}
}
