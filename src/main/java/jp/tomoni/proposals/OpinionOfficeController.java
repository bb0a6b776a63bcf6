package jp.tomoni.proposals;

import java.util.Locale;

import jakarta.validation.Valid;
import jp.tomoni.proposals.OpinionForms.HideForm;
import jp.tomoni.proposals.OpinionForms.MeetingForm;
import jp.tomoni.proposals.OpinionForms.PeriodForm;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The back office of residents' opinions and of the meetings on proposals (decision 0071): city staff open a call's
 * opinion period; coordinators and staff hide an opinion that breaks the rules and record presentations and
 * roundtables on a proposal's back-office page.
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR','CITY_STAFF','ADMIN')")
class OpinionOfficeController {

	private final Opinions opinions;

	private final CallOfficeController office;

	OpinionOfficeController(Opinions opinions, CallOfficeController office) {
		this.opinions = opinions;
		this.office = office;
	}

	@PostMapping("/backoffice/proposals/calls/{id}/opinions")
	@PreAuthorize("hasAnyRole('CITY_STAFF','ADMIN')")
	String openPeriod(@PathVariable long id, @ModelAttribute("periodForm") PeriodForm form,
			RedirectAttributes redirect) {
		try {
			if (!jp.tomoni.shared.FormValues.blank(form.until()) && form.day() == null) {
				throw new ProposalRuleViolation("until", "opinion.period.untilInvalid");
			}
			opinions.openPeriod(id, Actors.signedIn(), form.day());
			redirect.addFlashAttribute("done", "opinionsOpened");
		}
		catch (ProposalRuleViolation violation) {
			ReviewOfficeController.refuse(violation, redirect);
		}
		return "redirect:/backoffice/proposals/calls/" + id + "#opinions";
	}

	@PostMapping("/backoffice/proposals/opinions/{id}/hide")
	String hide(@PathVariable long id, @ModelAttribute("hideForm") HideForm form, RedirectAttributes redirect) {
		long proposalId;
		try {
			proposalId = opinions.hide(id, Actors.signedIn(), form.reason());
			redirect.addFlashAttribute("done", "opinionHidden");
		}
		catch (ProposalRuleViolation violation) {
			ReviewOfficeController.refuse(violation, redirect);
			proposalId = opinions.proposalOf(id);
		}
		return "redirect:/backoffice/proposals/proposals/" + proposalId + "#opinions";
	}

	@PostMapping("/backoffice/proposals/proposals/{id}/meetings")
	String record(@PathVariable long id, @Valid @ModelAttribute("meetingForm") MeetingForm form, BindingResult result,
			Model model, Locale locale, RedirectAttributes redirect) {
		form.checkIn(result);
		if (!result.hasErrors()) {
			try {
				opinions.recordMeeting(id, Actors.signedIn(), form.toRecord());
				redirect.addFlashAttribute("done", "meetingRecorded");
				return "redirect:/backoffice/proposals/proposals/" + id + "#meetings";
			}
			catch (ProposalRuleViolation violation) {
				violation.rejectIn(result);
			}
		}
		model.addAttribute("meetingRefused", true);
		return office.proposal(id, model, locale);
	}

	@PostMapping("/backoffice/proposals/proposals/{id}/meetings/{meetingId}/delete")
	String delete(@PathVariable long id, @PathVariable long meetingId, RedirectAttributes redirect) {
		try {
			opinions.deleteMeeting(id, meetingId, Actors.signedIn());
			redirect.addFlashAttribute("done", "meetingDeleted");
		}
		catch (ProposalRuleViolation violation) {
			ReviewOfficeController.refuse(violation, redirect);
		}
		return "redirect:/backoffice/proposals/proposals/" + id + "#meetings";
	}
}
