package jp.tomoni.news;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jp.tomoni.shared.FiscalYear;
import jp.tomoni.shared.SignedInPerson;
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

/** Editors write, publish and unpublish collaboration news. */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR','CITY_STAFF','ADMIN')")
class NewsEditorController {

	private final NewsDesk desk;

	private final PostFormSupport support;

	private final Clock clock;

	NewsEditorController(NewsDesk desk, PostFormSupport support, Clock clock) {
		this.desk = desk;
		this.support = support;
		this.clock = clock;
	}

	@GetMapping("/backoffice/news")
	String list(Model model) {
		model.addAttribute("posts", desk.all());
		return "news/editor-list";
	}

	@GetMapping("/backoffice/news/new")
	String newForm(Model model) {
		NewsForm form = NewsForm.empty(LocalDate.now(clock.withZone(FiscalYear.JAPAN)));
		model.addAttribute("form", form);
		support.addChoices(model, form.chosenGroups(), null, false);
		return "news/editor-form";
	}

	@PostMapping("/backoffice/news/new")
	String create(@AuthenticationPrincipal SignedInPerson person, @Valid @ModelAttribute("form") NewsForm form,
			BindingResult result, @RequestParam(defaultValue = "save") String action, Model model,
			RedirectAttributes redirect) {
		if (!"findGroups".equals(action) && !result.hasErrors()) {
			try {
				long id = desk.create(Actors.of(person), form.toContent());
				redirect.addFlashAttribute("saved", true);
				return "redirect:/backoffice/news/" + id + "/edit";
			}
			catch (NewsRuleViolation violation) {
				violation.rejectIn(result);
			}
		}
		support.addChoices(model, form.chosenGroups(), form.groupQuery(), "findGroups".equals(action));
		return "news/editor-form";
	}

	@GetMapping("/backoffice/news/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		NewsView post = desk.forEditor(id);
		NewsForm form = NewsForm.of(post);
		model.addAttribute("form", form);
		model.addAttribute("post", post);
		support.addChoices(model, form.chosenGroups(), null, false);
		return "news/editor-form";
	}

	@PostMapping("/backoffice/news/{id}/edit")
	String change(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id,
			@Valid @ModelAttribute("form") NewsForm form, BindingResult result,
			@RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
		NewsView post = desk.forEditor(id);
		if (!"findGroups".equals(action) && !result.hasErrors()) {
			try {
				desk.change(Actors.of(person), id, form.toContent());
				redirect.addFlashAttribute("saved", true);
				return "redirect:/backoffice/news/" + id + "/edit";
			}
			catch (NewsRuleViolation violation) {
				violation.rejectIn(result);
			}
		}
		model.addAttribute("post", post);
		support.addChoices(model, form.chosenGroups(), form.groupQuery(), "findGroups".equals(action));
		return "news/editor-form";
	}

	@PostMapping("/backoffice/news/{id}/publish")
	String publish(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, RedirectAttributes redirect) {
		return decide(() -> desk.publish(Actors.of(person), id), "published", id, redirect);
	}

	@PostMapping("/backoffice/news/{id}/unpublish")
	String unpublish(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id,
			RedirectAttributes redirect) {
		return decide(() -> desk.unpublish(Actors.of(person), id), "unpublished", id, redirect);
	}

	private static String decide(Runnable decision, String done, long id, RedirectAttributes redirect) {
		try {
			decision.run();
			redirect.addFlashAttribute("done", done);
		}
		catch (NewsRuleViolation violation) {
			redirect.addFlashAttribute("refused", violation.code());
		}
		return "redirect:/backoffice/news/" + id + "/edit";
	}
}
