package jp.tomoni.news;

import jp.tomoni.shared.SignedInPerson;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Editors review submitted case stories: publish them, or ask the author for changes with a comment. */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR','CITY_STAFF','ADMIN')")
class StoryReviewController {

	private final CaseStories stories;

	private final Tags tags;

	StoryReviewController(CaseStories stories, Tags tags) {
		this.stories = stories;
		this.tags = tags;
	}

	@GetMapping("/backoffice/stories")
	String queue(Model model) {
		model.addAttribute("stories", stories.inReview());
		return "news/review-queue";
	}

	@GetMapping("/backoffice/stories/{id}")
	String review(@PathVariable long id, Model model) {
		StoryView story = stories.forEditor(id);
		model.addAttribute("story", story);
		model.addAttribute("sections", StorySections.of(story));
		model.addAttribute("groupNames", tags.groupNames(story.groupIds()));
		model.addAttribute("areaNames", tags.areaNames());
		if (!model.containsAttribute("comment")) {
			model.addAttribute("comment", "");
		}
		return "news/review";
	}

	@PostMapping("/backoffice/stories/{id}/publish")
	String publish(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, Model model,
			RedirectAttributes redirect) {
		try {
			stories.publish(Actors.of(person), id);
		}
		catch (NewsRuleViolation violation) {
			model.addAttribute("refused", violation.code());
			return review(id, model);
		}
		redirect.addFlashAttribute("done", "published");
		return "redirect:/backoffice/stories";
	}

	@PostMapping("/backoffice/stories/{id}/request-changes")
	String requestChanges(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id,
			@RequestParam(defaultValue = "") String comment, Model model, RedirectAttributes redirect) {
		try {
			stories.requestChanges(Actors.of(person), id, comment);
		}
		catch (NewsRuleViolation violation) {
			if ("comment".equals(violation.field())) {
				model.addAttribute("commentError", violation.code());
			}
			else {
				model.addAttribute("refused", violation.code());
			}
			model.addAttribute("comment", comment);
			return review(id, model);
		}
		redirect.addFlashAttribute("done", "changesRequested");
		return "redirect:/backoffice/stories";
	}
}
