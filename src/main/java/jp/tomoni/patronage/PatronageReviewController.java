package jp.tomoni.patronage;

import java.util.Locale;

import jakarta.validation.Valid;
import jp.tomoni.shared.SignedInPerson;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
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

/** City staff review applications for patronage and co-hosting and decide them, with reasons. */
@Controller
@PreAuthorize("hasAnyRole('CITY_STAFF','ADMIN')")
class PatronageReviewController {

	private final Patronages patronages;

	private final MessageSource messages;

	PatronageReviewController(Patronages patronages, MessageSource messages) {
		this.patronages = patronages;
		this.messages = messages;
	}

	@GetMapping("/backoffice/patronage")
	String queue(@RequestParam(required = false) @Nullable PatronageStatus status, Model model) {
		model.addAttribute("status", status);
		model.addAttribute("statuses", PatronageStatus.values());
		model.addAttribute("rows", patronages.queue(status));
		return "patronage/queue";
	}

	@GetMapping("/backoffice/patronage/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("decisionForm", DecisionForm.empty());
		return page(id, model);
	}

	@PostMapping("/backoffice/patronage/{id}/decision")
	String decide(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id,
			@Valid @ModelAttribute("decisionForm") DecisionForm form, BindingResult result, Locale locale,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(id, model);
		}
		try {
			patronages.decide(person.accountId(), id, Boolean.TRUE.equals(form.approve()), form.reasons());
		}
		catch (PatronageRuleViolation violation) {
			if ("status".equals(violation.field())) {
				// Decided or withdrawn meanwhile: the page no longer offers a decision; say why above it.
				redirect.addFlashAttribute("refusal",
						messages.getMessage(violation.code(), violation.arguments(), locale));
				return "redirect:/backoffice/patronage/" + id;
			}
			violation.rejectIn(result);
			return page(id, model);
		}
		redirect.addFlashAttribute("done", "decided");
		return "redirect:/backoffice/patronage/" + id;
	}

	private String page(long id, Model model) {
		model.addAttribute("patronage", patronages.find(id));
		return "patronage/review";
	}
}
