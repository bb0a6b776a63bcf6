package jp.tomoni.proposals;

import java.util.Locale;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Calls for proposals: the public list and page, and the staff's pages to open, edit, publish and cancel a call.
 * The back-office page of a call (its proposals and consultations) is {@link CallOfficeController}.
 */
@Controller
class CallController {

	private final Calls calls;

	private final Proposals proposals;

	private final SuitabilityItems items;

	private final Reviews reviews;

	private final Opinions opinions;

	CallController(Calls calls, Proposals proposals, SuitabilityItems items, Reviews reviews, Opinions opinions) {
		this.opinions = opinions;
		this.calls = calls;
		this.proposals = proposals;
		this.items = items;
		this.reviews = reviews;
	}

	@GetMapping("/proposals")
	@PreAuthorize("permitAll()")
	String list(Model model, Locale locale) {
		model.addAttribute("rows", calls.published(locale));
		return "proposals/calls";
	}

	@GetMapping("/proposals/calls/{id}")
	@PreAuthorize("permitAll()")
	String show(@PathVariable long id, Model model, Locale locale) {
		Actor viewer = Actors.current();
		Calls.CallView call = calls.view(id, viewer, locale);
		model.addAttribute("call", call);
		boolean proposer = viewer != null && viewer.groupAdministrator() && call.open();
		model.addAttribute("proposingGroups",
				proposer ? proposals.proposingGroups(viewer.accountId()) : java.util.List.of());
		if (!model.containsAttribute("requestForm")) {
			model.addAttribute("requestForm", ConsultationRequestForm.empty());
		}
		// The results, once staff have published them: decided proposals only, with averages and totals.
		model.addAttribute("publishedResults", reviews.publishedResults(id));
		// The proposals, once residents' opinions are asked or the results published (decision 0071).
		model.addAttribute("publicProposals", proposals.publicOf(id));
		model.addAttribute("period", opinions.period(id));
		return "proposals/call";
	}

	@GetMapping("/backoffice/proposals/calls/new")
	@PreAuthorize("hasAnyRole('CITY_STAFF','ADMIN')")
	String create(Model model, Locale locale) {
		model.addAttribute("callForm", calls.freshForm(locale));
		return form(null, model, locale);
	}

	@PostMapping("/backoffice/proposals/calls/new")
	@PreAuthorize("hasAnyRole('CITY_STAFF','ADMIN')")
	String create(@Valid @ModelAttribute("callForm") CallForm form, BindingResult result, Model model, Locale locale,
			RedirectAttributes redirect) {
		form.checkIn(result);
		if (result.hasErrors()) {
			return form(null, model, locale);
		}
		long id;
		try {
			id = calls.open(Actors.signedIn(), form.toDetails());
		}
		catch (ProposalRuleViolation violation) {
			violation.rejectIn(result);
			return form(null, model, locale);
		}
		redirect.addFlashAttribute("done", "opened");
		return "redirect:/backoffice/proposals/calls/" + id;
	}

	@GetMapping("/backoffice/proposals/calls/{id}/edit")
	@PreAuthorize("hasAnyRole('CITY_STAFF','ADMIN')")
	String edit(@PathVariable long id, Model model, Locale locale) {
		model.addAttribute("callForm", calls.form(id));
		return form(id, model, locale);
	}

	@PostMapping("/backoffice/proposals/calls/{id}/edit")
	@PreAuthorize("hasAnyRole('CITY_STAFF','ADMIN')")
	String edit(@PathVariable long id, @Valid @ModelAttribute("callForm") CallForm form, BindingResult result,
			Model model, Locale locale, RedirectAttributes redirect) {
		calls.find(id);
		form.checkIn(result);
		if (result.hasErrors()) {
			return form(id, model, locale);
		}
		try {
			calls.edit(id, Actors.signedIn(), form.toDetails());
		}
		catch (ProposalRuleViolation violation) {
			violation.rejectIn(result);
			return form(id, model, locale);
		}
		redirect.addFlashAttribute("done", "edited");
		return "redirect:/backoffice/proposals/calls/" + id;
	}

	@PostMapping("/backoffice/proposals/calls/{id}/publish")
	@PreAuthorize("hasAnyRole('CITY_STAFF','ADMIN')")
	String publish(@PathVariable long id, RedirectAttributes redirect) {
		try {
			calls.publish(id, Actors.signedIn());
			redirect.addFlashAttribute("done", "published");
		}
		catch (ProposalRuleViolation violation) {
			redirect.addFlashAttribute("refusal", violation.code());
			redirect.addFlashAttribute("refusalArguments", violation.arguments());
		}
		return "redirect:/backoffice/proposals/calls/" + id;
	}

	@PostMapping("/backoffice/proposals/calls/{id}/cancel")
	@PreAuthorize("hasAnyRole('CITY_STAFF','ADMIN')")
	String cancel(@PathVariable long id, RedirectAttributes redirect) {
		try {
			calls.cancel(id, Actors.signedIn());
			redirect.addFlashAttribute("done", "cancelled");
		}
		catch (ProposalRuleViolation violation) {
			redirect.addFlashAttribute("refusal", violation.code());
			redirect.addFlashAttribute("refusalArguments", violation.arguments());
		}
		return "redirect:/backoffice/proposals/calls/" + id;
	}

	private String form(@Nullable Long id, Model model, Locale locale) {
		CallForm form = (CallForm) model.getAttribute("callForm");
		model.addAttribute("callId", id);
		model.addAttribute("kinds", CallKind.values());
		model.addAttribute("departments", calls.departments());
		// Items still offered, and retired ones the call already asks.
		model.addAttribute("suitabilityItems",
				items.all(locale).stream().filter(i -> !i.retired() || (form != null && form.asks(i.code()))).toList());
		model.addAttribute("reviewers", calls.reviewers());
		return "proposals/call-form";
	}
}
