package jp.tomoni.talent;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import jp.tomoni.shared.FiscalYear;
import jp.tomoni.shared.SignedInPerson;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The talent bank in the back office, for coordinators, city staff and administrators: the search with facets, an
 * entry's page with its contact (each view audited), and the introductions with their outcome.
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR','CITY_STAFF','ADMIN')")
class TalentBackOfficeController {

	private final TalentBank bank;

	private final Clock clock;

	TalentBackOfficeController(TalentBank bank, Clock clock) {
		this.bank = bank;
		this.clock = clock;
	}

	@GetMapping("/backoffice/talent")
	String search(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String skill,
			@RequestParam(required = false) @Nullable String field,
			@RequestParam(required = false) @Nullable String area,
			@RequestParam(required = false) @Nullable TalentMode mode, @RequestParam(defaultValue = "0") int page,
			Locale locale, Model model) {
		TalentBank.BankQuery query = new TalentBank.BankQuery(q, skill, field, area, mode, page);
		model.addAttribute("query", query);
		model.addAttribute("result", bank.search(query, locale));
		model.addAttribute("modes", TalentMode.values());
		return "talent/search";
	}

	@GetMapping("/backoffice/talent/{id}")
	String detail(@PathVariable long id, Locale locale, Model model) {
		try {
			model.addAttribute("detail", bank.detail(id, locale));
		}
		catch (TalentRuleViolation violation) {
			throw new org.springframework.web.server.ResponseStatusException(
					org.springframework.http.HttpStatus.NOT_FOUND);
		}
		model.addAttribute("kinds", IntroductionKind.values());
		model.addAttribute("outcomes", IntroductionOutcome.values());
		model.addAttribute("today", LocalDate.now(clock.withZone(FiscalYear.JAPAN)));
		model.addAttribute("fieldNames", TalentBank.fieldNames());
		return "talent/detail";
	}

	@PostMapping("/backoffice/talent/{id}/introductions")
	String introduce(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id,
			@RequestParam(defaultValue = "INTRODUCTION") IntroductionKind kind,
			@RequestParam(defaultValue = "") String recipient, @RequestParam(defaultValue = "") String purpose,
			@RequestParam(defaultValue = "") String introducedOn, RedirectAttributes redirect) {
		LocalDate day;
		try {
			day = LocalDate.parse(introducedOn.trim());
		}
		catch (DateTimeParseException ex) {
			redirect.addFlashAttribute("refusal", "talent.introduction.date.invalid");
			return "redirect:/backoffice/talent/" + id;
		}
		try {
			bank.recordIntroduction(id,
					new IntroductionCommand(kind, recipient.trim(), purpose.trim(), day, null), person.accountId());
			redirect.addFlashAttribute("done", "talent.introduction.recorded");
		}
		catch (TalentRuleViolation violation) {
			redirect.addFlashAttribute("refusal", violation.code());
		}
		return "redirect:/backoffice/talent/" + id;
	}

	@PostMapping("/backoffice/talent/introductions/{id}")
	String conclude(@PathVariable long id, @RequestParam IntroductionOutcome outcome,
			@RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
		try {
			long entryId = bank.conclude(id, outcome, note == null || note.isBlank() ? null : note.trim());
			redirect.addFlashAttribute("done", "talent.introduction.concluded");
			return "redirect:/backoffice/talent/" + entryId;
		}
		catch (TalentRuleViolation violation) {
			redirect.addFlashAttribute("refusal", violation.code());
			return "redirect:/backoffice/talent";
		}
	}
}
