package jp.tomoni.talent;

import java.time.DayOfWeek;
import java.util.Locale;

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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's own talent-bank entry (any signed-in person: register, change, withdraw consent, see the introductions
 * recorded for them), and the public list of those who chose to be listed (anyone; no contact details).
 */
@Controller
class TalentController {

	private final TalentBank bank;

	TalentController(TalentBank bank) {
		this.bank = bank;
	}

	@GetMapping("/talent")
	@PreAuthorize("permitAll()")
	String publicList(@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") int page,
			Locale locale, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("result", bank.publicList(q, page, locale));
		return "talent/public";
	}

	@GetMapping("/account/talent")
	@PreAuthorize("isAuthenticated()")
	String mine(@AuthenticationPrincipal SignedInPerson person, Locale locale, Model model) {
		TalentEntry entry = bank.mine(person.accountId()).orElse(null);
		if (!model.containsAttribute("talentForm")) {
			model.addAttribute("talentForm",
					entry == null ? TalentForm.empty(person.displayName()) : TalentForm.of(entry.toCommand()));
		}
		model.addAttribute("entry", entry == null ? null : new Mine(entry.id(), entry.isListed(),
				entry.visibility(), entry.withdrawnAt() != null));
		model.addAttribute("introductions", entry == null ? java.util.List.of() : bank.introductionsOf(entry.id()));
		return form(locale, model);
	}

	@PostMapping("/account/talent")
	@PreAuthorize("isAuthenticated()")
	String save(@AuthenticationPrincipal SignedInPerson person, @Valid @ModelAttribute("talentForm") TalentForm form,
			BindingResult result, Locale locale, Model model, RedirectAttributes redirect) {
		form.checkIn(result);
		if (!result.hasErrors()) {
			try {
				bank.save(person.accountId(), form.toCommand());
				redirect.addFlashAttribute("done", "talent.saved");
				return "redirect:/account/talent";
			}
			catch (TalentRuleViolation violation) {
				violation.rejectIn(result);
			}
		}
		TalentEntry entry = bank.mine(person.accountId()).orElse(null);
		model.addAttribute("entry", entry == null ? null : new Mine(entry.id(), entry.isListed(),
				entry.visibility(), entry.withdrawnAt() != null));
		model.addAttribute("introductions", entry == null ? java.util.List.of() : bank.introductionsOf(entry.id()));
		return form(locale, model);
	}

	@PostMapping("/account/talent/withdraw")
	@PreAuthorize("isAuthenticated()")
	String withdraw(@AuthenticationPrincipal SignedInPerson person, RedirectAttributes redirect) {
		bank.withdraw(person.accountId());
		redirect.addFlashAttribute("done", "talent.withdrawnDone");
		return "redirect:/account/talent";
	}

	private String form(Locale locale, Model model) {
		model.addAttribute("skills", bank.skillNames(locale));
		model.addAttribute("fieldOptions", TalentBank.fieldNames());
		model.addAttribute("areaOptions", bank.areaNames());
		model.addAttribute("modes", TalentMode.values());
		model.addAttribute("fees", TalentFee.values());
		model.addAttribute("visibilities", TalentVisibility.values());
		model.addAttribute("days", DayOfWeek.values());
		return "talent/mine";
	}

	/** The state of the person's entry, for the page. */
	record Mine(long id, boolean listed, TalentVisibility visibility, boolean withdrawn) {
	}
}
