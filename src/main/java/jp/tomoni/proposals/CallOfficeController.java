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

	private final Reviews reviews;

	private final Decisions decisions;

	private final MessageSource messages;

	private final Opinions opinions;

	CallOfficeController(Calls calls, Proposals proposals, Reviews reviews, Decisions decisions,
			MessageSource messages, Opinions opinions) {
		this.opinions = opinions;
		this.calls = calls;
		this.proposals = proposals;
		this.reviews = reviews;
		this.decisions = decisions;
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
		model.addAttribute("reviewPhase", reviews.phase(id));
		model.addAttribute("progress", reviews.progress(id));
		model.addAttribute("results", reviews.results(id));
		model.addAttribute("consultations", proposals.consultationsOf(id, locale));
		model.addAttribute("groups", proposals.partnerCandidates(-1));
		model.addAttribute("departments", calls.departments());
		Opinions.Period period = opinions.period(id);
		model.addAttribute("period", period);
		model.addAttribute("periodForm", OpinionForms.PeriodForm.of(period));
		if (!model.containsAttribute("recordForm")) {
			model.addAttribute("recordForm", ConsultationRecordForm.empty());
		}
		refusalText(model, locale);
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
		Actor viewer = Actors.signedIn();
		Proposals.ProposalView proposal = proposals.view(id, viewer, locale);
		model.addAttribute("proposal", proposal);
		model.addAttribute("office", true);
		boolean decidable = viewer.callStaff() && decisions.decidable(id);
		model.addAttribute("decidable", decidable);
		if (decidable) {
			if (!model.containsAttribute("proposalDecision")) {
				model.addAttribute("proposalDecision", decisions.freshForm(id));
			}
			model.addAttribute("forms", decisions.forms(locale));
			model.addAttribute("fields", jp.tomoni.shared.ActivityField.ALL);
			model.addAttribute("departments", calls.departments());
			DecisionForm form = (DecisionForm) model.getAttribute("proposalDecision");
			model.addAttribute("chosenOutcome", form == null || form.outcome() == null ? "" : form.outcome());
			model.addAttribute("chosenFields", form == null ? java.util.List.of() : form.fields());
		}
		model.addAttribute("results", reviews.results(proposal.call().id())
			.stream()
			.filter(r -> r.proposalId() == id)
			.toList());
		// Residents' opinions and the meetings held on it (decision 0071).
		model.addAttribute("digest", opinions.digest(id, true));
		model.addAttribute("meetings", opinions.meetings(id));
		model.addAttribute("meetingRecordable", proposal.status() == ProposalStatus.UNDER_REVIEW);
		model.addAttribute("meetingKinds", MeetingKind.values());
		if (!model.containsAttribute("meetingForm")) {
			model.addAttribute("meetingForm", OpinionForms.MeetingForm.empty());
		}
		OpinionForms.MeetingForm meetingForm = (OpinionForms.MeetingForm) model.getAttribute("meetingForm");
		model.addAttribute("chosenKind", meetingForm == null || meetingForm.kind() == null ? "" : meetingForm.kind().name());
		refusalText(model, locale);
		return "proposals/proposal";
	}

	/** The decision, by city staff, once the review is closed; an adoption registers the project. */
	@PostMapping("/backoffice/proposals/proposals/{id}/decision")
	@PreAuthorize("hasAnyRole('CITY_STAFF','ADMIN')")
	String decide(@PathVariable long id, @Valid @ModelAttribute("proposalDecision") DecisionForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
		form.checkIn(result);
		if (!result.hasErrors()) {
			try {
				decisions.decide(id, Actors.signedIn(), form);
				redirect.addFlashAttribute("done", "decided");
				return "redirect:/backoffice/proposals/proposals/" + id;
			}
			catch (ProposalRuleViolation violation) {
				violation.rejectIn(result);
			}
		}
		return proposal(id, model, locale);
	}

	/** 結果公表: once the review is closed and every proposal decided. */
	@PostMapping("/backoffice/proposals/calls/{id}/results/publish")
	@PreAuthorize("hasAnyRole('CITY_STAFF','ADMIN')")
	String publishResults(@PathVariable long id, RedirectAttributes redirect) {
		try {
			decisions.publishResults(id, Actors.signedIn());
			redirect.addFlashAttribute("done", "resultsPublished");
		}
		catch (ProposalRuleViolation violation) {
			ReviewOfficeController.refuse(violation, redirect);
		}
		return "redirect:/backoffice/proposals/calls/" + id + "#review";
	}

	private void refusalText(Model model, Locale locale) {
		Object refusal = model.getAttribute("refusal");
		if (refusal instanceof String code) {
			model.addAttribute("refusalText",
					messages.getMessage(code, (Object[]) model.getAttribute("refusalArguments"), locale));
		}
	}

	@GetMapping("/backoffice/proposals/consultations")
	String counts(Model model) {
		model.addAttribute("counts", proposals.consultationCounts());
		return "proposals/consultation-counts";
	}
}
