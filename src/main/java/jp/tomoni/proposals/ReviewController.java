package jp.tomoni.proposals;

import java.util.Locale;

import jakarta.validation.Valid;
import jp.tomoni.proposals.ReviewForms.DeclarationForm;
import jp.tomoni.proposals.ReviewForms.ScoreForm;
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
 * The reviewers' pages (decision 0068), under /review: the calls assigned to this reviewer once closed, a call's
 * proposals, and a proposal with the declaration of conflicts of interest and the scores; the scores of all reviewers
 * once staff have closed the review. Anything not assigned to this reviewer is not found.
 */
@Controller
@PreAuthorize("hasRole('REVIEWER')")
class ReviewController {

	private final Reviews reviews;

	private final Opinions opinions;

	ReviewController(Reviews reviews, Opinions opinions) {
		this.reviews = reviews;
		this.opinions = opinions;
	}

	@GetMapping("/review")
	String calls(Model model) {
		model.addAttribute("rows", reviews.assigned(Actors.signedIn()));
		return "proposals/review-calls";
	}

	@GetMapping("/review/calls/{id}")
	String call(@PathVariable long id, Model model, Locale locale) {
		Actor reviewer = Actors.signedIn();
		model.addAttribute("call", reviews.call(id, reviewer, locale));
		model.addAttribute("phase", reviews.phase(id));
		model.addAttribute("proposals", reviews.proposalsFor(id, reviewer));
		model.addAttribute("results", reviews.results(id));
		return "proposals/review-call";
	}

	@GetMapping("/review/proposals/{id}")
	String proposal(@PathVariable long id, Model model, Locale locale) {
		Actor reviewer = Actors.signedIn();
		Proposals.ProposalView proposal = reviews.proposal(id, reviewer, locale);
		Reviews.MyReview mine = reviews.mine(id, reviewer);
		model.addAttribute("proposal", proposal);
		model.addAttribute("mine", mine);
		model.addAttribute("phase", reviews.phase(proposal.call().id()));
		model.addAttribute("digest", opinions.digest(id, false));
		model.addAttribute("meetings", opinions.meetings(id));
		model.addAttribute("results", reviews.results(proposal.call().id())
			.stream()
			.filter(r -> r.proposalId() == id)
			.toList());
		model.addAttribute("scale", java.util.stream.IntStream.rangeClosed(ProposalReview.MIN, ProposalReview.MAX)
			.boxed()
			.toList());
		if (!model.containsAttribute("declarationForm")) {
			model.addAttribute("declarationForm", DeclarationForm.empty());
		}
		if (!model.containsAttribute("scoreForm")) {
			model.addAttribute("scoreForm", ScoreForm.of(mine));
		}
		// The scores as typed (or saved), one per criterion, for the selects.
		java.util.List<@Nullable Integer> typed = new java.util.ArrayList<>(((ScoreForm) model.getAttribute("scoreForm")).given());
		while (typed.size() < mine.scores().size()) {
			typed.add(null);
		}
		model.addAttribute("typedScores", typed);
		return "proposals/review-proposal";
	}

	@PostMapping("/review/proposals/{id}/declaration")
	String declare(@PathVariable long id, @Valid @ModelAttribute("declarationForm") DeclarationForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
		if (form.conflict() == null) {
			result.rejectValue("conflict", "review.conflict.required");
		}
		if (!result.hasErrors()) {
			try {
				reviews.declare(id, Actors.signedIn(), Boolean.TRUE.equals(form.conflict()), form.conflictNote());
				redirect.addFlashAttribute("done", Boolean.TRUE.equals(form.conflict()) ? "conflictDeclared"
						: "noConflictDeclared");
				return "redirect:/review/proposals/" + id;
			}
			catch (ProposalRuleViolation violation) {
				violation.rejectIn(result);
			}
		}
		model.addAttribute("declarationRefused", true);
		return proposal(id, model, locale);
	}

	@PostMapping("/review/proposals/{id}/scores")
	String score(@PathVariable long id, @Valid @ModelAttribute("scoreForm") ScoreForm form, BindingResult result,
			Model model, Locale locale, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				reviews.score(id, Actors.signedIn(), form.given(), form.comment());
				redirect.addFlashAttribute("done", "scored");
				return "redirect:/review/proposals/" + id;
			}
			catch (ProposalRuleViolation violation) {
				violation.rejectIn(result);
			}
		}
		model.addAttribute("scoresRefused", true);
		return proposal(id, model, locale);
	}
}
