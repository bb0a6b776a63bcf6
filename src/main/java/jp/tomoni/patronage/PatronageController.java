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

/**
 * Patronage and co-hosting as the public and groups see them: the published conditions and the approved events
 * ({@code /patronage}), and a group administrator's applications ({@code /account/patronage}).
 */
@Controller
class PatronageController {

	private final Patronages patronages;

	private final MessageSource messages;

	PatronageController(Patronages patronages, MessageSource messages) {
		this.patronages = patronages;
		this.messages = messages;
	}

	@GetMapping("/patronage")
	@PreAuthorize("permitAll()")
	String published(Locale locale, Model model) {
		model.addAttribute("conditions", patronages.conditions(locale));
		model.addAttribute("rows", patronages.approved());
		return "patronage/public";
	}

	@GetMapping("/account/patronage")
	@PreAuthorize("hasRole('GROUP_ADMIN')")
	String mine(@AuthenticationPrincipal SignedInPerson person, Model model) {
		model.addAttribute("rows", patronages.ofMyGroups(person.accountId()));
		return "patronage/mine";
	}

	@GetMapping("/account/patronage/new")
	@PreAuthorize("hasRole('GROUP_ADMIN')")
	String create(@AuthenticationPrincipal SignedInPerson person, @RequestParam(required = false) @Nullable Long event,
			Locale locale, Model model) {
		PatronageForm form = PatronageForm.empty();
		if (event != null) {
			form = new PatronageForm(null, event, PatronageKind.PATRONAGE, null, null, null, form.confirmed());
		}
		model.addAttribute("patronageForm", form);
		model.addAttribute("confirmed", form.confirmed());
		return form(person, locale, model);
	}

	@PostMapping("/account/patronage/new")
	@PreAuthorize("hasRole('GROUP_ADMIN')")
	String create(@AuthenticationPrincipal SignedInPerson person,
			@Valid @ModelAttribute("patronageForm") PatronageForm form, BindingResult result, Locale locale,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("confirmed", form.confirmed());
		if (result.hasErrors()) {
			return form(person, locale, model);
		}
		try {
			patronages.apply(person.accountId(), form.toCommand());
		}
		catch (PatronageRuleViolation violation) {
			violation.rejectIn(result);
			return form(person, locale, model);
		}
		redirect.addFlashAttribute("done", "applied");
		return "redirect:/account/patronage";
	}

	@PostMapping("/account/patronage/{id}/withdraw")
	@PreAuthorize("hasRole('GROUP_ADMIN')")
	String withdraw(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, Locale locale,
			RedirectAttributes redirect) {
		try {
			patronages.withdraw(person.accountId(), id);
			redirect.addFlashAttribute("done", "withdrawn");
		}
		catch (PatronageRuleViolation violation) {
			redirect.addFlashAttribute("refusal", messages.getMessage(violation.code(), violation.arguments(), locale));
		}
		return "redirect:/account/patronage";
	}

	private String form(SignedInPerson person, Locale locale, Model model) {
		model.addAttribute("groups", patronages.groupsOf(person.accountId()));
		model.addAttribute("events", patronages.eventsOf(person.accountId()));
		model.addAttribute("departments", patronages.departments());
		model.addAttribute("conditions", patronages.conditions(locale));
		model.addAttribute("kinds", PatronageKind.values());
		return "patronage/form";
	}
}
