package jp.tomoni.proposals;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * City staff run the review of a call from its back-office page (decision 0068): start it once the deadline has
 * passed, and close it.
 */
@Controller
@PreAuthorize("hasAnyRole('CITY_STAFF','ADMIN')")
class ReviewOfficeController {

	private final Reviews reviews;

	ReviewOfficeController(Reviews reviews) {
		this.reviews = reviews;
	}

	@PostMapping("/backoffice/proposals/calls/{id}/review/start")
	String start(@PathVariable long id, RedirectAttributes redirect) {
		try {
			reviews.start(id, Actors.signedIn());
			redirect.addFlashAttribute("done", "reviewStarted");
		}
		catch (ProposalRuleViolation violation) {
			refuse(violation, redirect);
		}
		return "redirect:/backoffice/proposals/calls/" + id + "#review";
	}

	@PostMapping("/backoffice/proposals/calls/{id}/review/close")
	String close(@PathVariable long id, RedirectAttributes redirect) {
		try {
			reviews.close(id, Actors.signedIn());
			redirect.addFlashAttribute("done", "reviewClosed");
		}
		catch (ProposalRuleViolation violation) {
			refuse(violation, redirect);
		}
		return "redirect:/backoffice/proposals/calls/" + id + "#review";
	}

	static void refuse(ProposalRuleViolation violation, RedirectAttributes redirect) {
		redirect.addFlashAttribute("refusal", violation.code());
		redirect.addFlashAttribute("refusalArguments", violation.arguments());
	}
}
