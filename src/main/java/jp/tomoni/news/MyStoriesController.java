package jp.tomoni.news;

import jakarta.validation.Valid;
import jp.tomoni.shared.SignedInPerson;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
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
 * A reporter (協働リポーター) writes case stories: saves drafts, submits them, revises them when an editor asks for
 * changes, and may withdraw them. An author sees only their own stories; another's is a 404. City staff and
 * administrators who started a story from a finished project (decision 0073) write it here too, but only reporters
 * start one from a blank form.
 */
@Controller
@PreAuthorize("hasAnyRole('REPORTER','CITY_STAFF','ADMIN')")
class MyStoriesController {

	private final CaseStories stories;

	private final PostFormSupport support;

	private final Tags tags;

	MyStoriesController(CaseStories stories, PostFormSupport support, Tags tags) {
		this.stories = stories;
		this.support = support;
		this.tags = tags;
	}

	@GetMapping("/account/stories")
	String mine(@AuthenticationPrincipal SignedInPerson person, Model model) {
		Actor author = Actors.of(person);
		model.addAttribute("stories", stories.mine(author));
		model.addAttribute("mayStartNew", author.isReporter());
		return "news/my-stories";
	}

	@PreAuthorize("hasRole('REPORTER')")
	@GetMapping("/account/stories/new")
	String newForm(Model model) {
		StoryForm form = StoryForm.empty();
		model.addAttribute("form", form);
		support.addChoices(model, form.chosenGroups(), null, false);
		return "news/story-form";
	}

	@PreAuthorize("hasRole('REPORTER')")
	@PostMapping("/account/stories/new")
	String create(@AuthenticationPrincipal SignedInPerson person, @Valid @ModelAttribute("form") StoryForm form,
			BindingResult result, @RequestParam(defaultValue = "save") String action, Model model,
			RedirectAttributes redirect) {
		Actor author = Actors.of(person);
		if (!"findGroups".equals(action) && checked(form, result, action)) {
			try {
				long id = stories.draft(author, form.toContent());
				if ("submit".equals(action)) {
					stories.submit(author, id);
				}
				redirect.addFlashAttribute("done", "submit".equals(action) ? "submitted" : "saved");
				return "redirect:/account/stories";
			}
			catch (NewsRuleViolation violation) {
				violation.rejectIn(result);
			}
		}
		support.addChoices(model, form.chosenGroups(), form.groupQuery(), "findGroups".equals(action));
		return "news/story-form";
	}

	@GetMapping("/account/stories/{id}")
	String show(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, Model model) {
		StoryView story = stories.ownView(Actors.of(person), id);
		model.addAttribute("story", story);
		model.addAttribute("sections", StorySections.of(story));
		model.addAttribute("groupNames", tags.groupNames(story.groupIds()));
		model.addAttribute("areaNames", tags.areaNames());
		return "news/my-story";
	}

	@GetMapping("/account/stories/{id}/edit")
	String editForm(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, Model model) {
		StoryView story = stories.ownView(Actors.of(person), id);
		if (!story.isEditable()) {
			return "redirect:/account/stories/" + id;
		}
		StoryForm form = StoryForm.of(story);
		model.addAttribute("form", form);
		model.addAttribute("story", story);
		support.addChoices(model, form.chosenGroups(), null, false);
		return "news/story-form";
	}

	@PostMapping("/account/stories/{id}/edit")
	String revise(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id,
			@Valid @ModelAttribute("form") StoryForm form, BindingResult result,
			@RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
		Actor author = Actors.of(person);
		StoryView story = stories.ownView(author, id);
		if (!"findGroups".equals(action) && checked(form, result, action)) {
			try {
				stories.revise(author, id, form.toContent());
				if ("submit".equals(action)) {
					stories.submit(author, id);
				}
				redirect.addFlashAttribute("done", "submit".equals(action) ? "submitted" : "saved");
				return "redirect:/account/stories";
			}
			catch (NewsRuleViolation violation) {
				violation.rejectIn(result);
			}
		}
		model.addAttribute("story", story);
		support.addChoices(model, form.chosenGroups(), form.groupQuery(), "findGroups".equals(action));
		return "news/story-form";
	}

	@PostMapping("/account/stories/{id}/withdraw")
	String withdraw(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id,
			RedirectAttributes redirect) {
		try {
			stories.withdraw(Actors.of(person), id);
			redirect.addFlashAttribute("done", "withdrawn");
		}
		catch (NewsRuleViolation violation) {
			redirect.addFlashAttribute("refused", violation.code());
		}
		return "redirect:/account/stories";
	}

	/** The form's own checks; to submit, every section must be written (each empty one is named). */
	private static boolean checked(StoryForm form, BindingResult result, @Nullable String action) {
		if ("submit".equals(action)) {
			for (String field : form.toContent().missingSections()) {
				if (!result.hasFieldErrors(field)) {
					result.rejectValue(field, "story.section.required", new Object[] { CaseStory.label(field) },
							"story.section.required");
				}
			}
		}
		return !result.hasErrors();
	}
}
