package jp.tomoni.proposals;

import java.util.Locale;

import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
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
 * The back office of the proposal scheme, for coordinators, city staff and administrators: the calls, each call's
 * submitted proposals and prior consultations (recorded here), a submitted proposal, and the consultations counted by
 * 年度.
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR','CITY_STAFF','ADMIN')")
class CallOfficeController {

	private final Calls calls;

	private final Proposals proposals;

	private final MessageSource messages;

	CallOfficeController(Calls calls, Proposals proposals, MessageSource messages) {
		this.calls = calls;
		this.proposals = proposals;
		this.messages = messages;
	}

	@GetMapping("/backoffice/proposals")
	String calls(Model model, Locale locale) {
		model.addAttribute("rows", calls.all(locale));
		model.addAttribute("callStaff", Actors.signedIn().callStaff());
		return "proposals/office-calls";
	}

	@GetMapping("/backoffice/proposals/calls/{id}")
	String call(@PathVariable long id, Model model, Locale locale) {
		Actor viewer = Actors.signedIn();
		model.addAttribute("call", calls.view(id, viewer, locale));
		model.addAttribute("callStaff", viewer.callStaff());
		model.addAttribute("proposals", proposals.ofCall(id));
		model.addAttribute("consultations", proposals.consultationsOf(id, locale));
		model.addAttribute("groups", proposals.partnerCandidates(-1));
		model.addAttribute("departments", calls.departments());
		if (!model.containsAttribute("recordForm")) {
			model.addAttribute("recordForm", ConsultationRecordForm.empty());
		}
		Object refusal = model.getAttribute("refusal");
		if (refusal instanceof String code) {
			model.addAttribute("refusalText",
					messages.getMessage(code, (Object[]) model.getAttribute("refusalArguments"), locale));
		}
		return "proposals/office-call";
	}

	@PostMapping("/backoffice/proposals/calls/{id}/consultations")
	String record(@PathVariable long id, @Valid @ModelAttribute("recordForm") ConsultationRecordForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
		calls.find(id);
		form.checkIn(result);
		if (!result.hasErrors()) {
			try {
				proposals.recordConsultation(id, Actors.signedIn(), form.requestId(), form.groupId(), form.toRecord());
				redirect.addFlashAttribute("done", "consultationRecorded");
				return "redirect:/backoffice/proposals/calls/" + id + "#consultations";
			}
			catch (ProposalRuleViolation violation) {
				violation.rejectIn(result);
			}
		}
		return call(id, model, locale);
	}

	@GetMapping("/backoffice/proposals/proposals/{id}")
	String proposal(@PathVariable long id, Model model, Locale locale) {
		model.addAttribute("proposal", proposals.view(id, Actors.signedIn(), locale));
		model.addAttribute("office", true);
		return "proposals/proposal";
	}

	@GetMapping("/backoffice/proposals/consultations")
	String counts(Model model) {
		model.addAttribute("counts", proposals.consultationCounts());
		return "proposals/consultation-counts";
	}
}
