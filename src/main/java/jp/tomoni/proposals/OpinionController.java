package jp.tomoni.proposals;

import java.util.Locale;
import java.util.Optional;

import jakarta.validation.Valid;
import jp.tomoni.proposals.OpinionForms.OpinionForm;
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
 * The public page of a proposal under review or decided (decision 0071), once its call's proposals are public: what
 * the groups propose, the presentations and roundtables held, how many opinions residents gave; and, for a signed-in
 * person during the opinion period, their own opinion to give, change or withdraw.
 */
@Controller
class OpinionController {

	private final Proposals proposals;

	private final Opinions opinions;

	private final MessageSource messages;

	OpinionController(Proposals proposals, Opinions opinions, MessageSource messages) {
		this.proposals = proposals;
		this.opinions = opinions;
		this.messages = messages;
	}

	@GetMapping("/proposals/calls/{callId}/proposals/{id}")
	@PreAuthorize("permitAll()")
	String proposal(@PathVariable long callId, @PathVariable long id, Model model, Locale locale) {
		Proposals.ProposalView proposal = proposals.publicView(callId, id, locale);
		model.addAttribute("proposal", proposal);
		model.addAttribute("publicPage", true);
		model.addAttribute("office", false);
		model.addAttribute("period", opinions.period(callId));
		model.addAttribute("meetings", opinions.meetings(id));
		model.addAttribute("opinionCount", opinions.count(id));
		model.addAttribute("stances", OpinionStance.values());
		Actor viewer = Actors.current();
		Optional<Opinions.Mine> mine = viewer == null ? Optional.empty() : opinions.mine(callId, id, viewer.accountId());
		model.addAttribute("mine", mine.orElse(null));
		String refusal = viewer == null ? null : opinions.refusal(callId, id, viewer).orElse(null);
		model.addAttribute("opinionRefusal", refusal == null ? null : messages.getMessage(refusal, null, locale));
		if (!model.containsAttribute("opinionForm")) {
			model.addAttribute("opinionForm", mine.map(OpinionForm::of).orElse(OpinionForm.empty()));
		}
		OpinionForm form = (OpinionForm) model.getAttribute("opinionForm");
		model.addAttribute("chosenStance", form == null || form.stance() == null ? "" : form.stance().name());
		return "proposals/public-proposal";
	}

	@PostMapping("/proposals/calls/{callId}/proposals/{id}/opinion")
	@PreAuthorize("isAuthenticated()")
	String give(@PathVariable long callId, @PathVariable long id, @Valid @ModelAttribute("opinionForm") OpinionForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				opinions.give(callId, id, Actors.signedIn(), form.stance(), form.body());
				redirect.addFlashAttribute("done", "opinionGiven");
				return "redirect:/proposals/calls/" + callId + "/proposals/" + id + "#opinion";
			}
			catch (ProposalRuleViolation violation) {
				violation.rejectIn(result);
			}
		}
		return proposal(callId, id, model, locale);
	}

	@PostMapping("/proposals/calls/{callId}/proposals/{id}/opinion/withdraw")
	@PreAuthorize("isAuthenticated()")
	String withdraw(@PathVariable long callId, @PathVariable long id, RedirectAttributes redirect, Locale locale) {
		try {
			opinions.withdraw(callId, id, Actors.signedIn());
			redirect.addFlashAttribute("done", "opinionWithdrawn");
		}
		catch (ProposalRuleViolation violation) {
			redirect.addFlashAttribute("refusal", messages.getMessage(violation.code(), violation.arguments(), locale));
		}
		return "redirect:/proposals/calls/" + callId + "/proposals/" + id + "#opinion";
	}
}
