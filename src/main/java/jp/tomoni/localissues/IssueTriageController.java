package jp.tomoni.localissues;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The back-office queue of local issues for coordinators, city staff and administrators, and each issue's page with
 * the actions its status allows: accept, mark as a duplicate, out of scope; open a call; close it early; record the
 * chosen partners.
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR','CITY_STAFF','ADMIN')")
class IssueTriageController {

	/** One action of the page: what it does with the form. */
	@FunctionalInterface
	private interface Action {

		void run(Actor actor, TriageForm form);
	}

	private final LocalIssues issues;

	IssueTriageController(LocalIssues issues) {
		this.issues = issues;
	}

	@GetMapping("/backoffice/issues")
	String queue(@RequestParam(required = false) @Nullable IssueStatus status,
			@RequestParam(required = false) @Nullable String area, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("status", status);
		model.addAttribute("area", area);
		model.addAttribute("areas", issues.areas());
		model.addAttribute("statuses", IssueStatus.values());
		model.addAttribute("rows", issues.queue(status, area, page));
		return "localissues/queue";
	}

	@GetMapping("/backoffice/issues/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("triageForm", TriageForm.empty());
		return page(id, model);
	}

	@PostMapping("/backoffice/issues/{id}/accept")
	String accept(@PathVariable long id, @Valid @ModelAttribute("triageForm") TriageForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return act(id, form, result, model, redirect, (actor, f) -> issues.accept(id, actor, f.note()));
	}

	@PostMapping("/backoffice/issues/{id}/duplicate")
	String duplicate(@PathVariable long id, @Valid @ModelAttribute("triageForm") TriageForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return act(id, form, result, model, redirect,
				(actor, f) -> issues.markDuplicate(id, actor, f.duplicateOfId(), f.note()));
	}

	@PostMapping("/backoffice/issues/{id}/out-of-scope")
	String outOfScope(@PathVariable long id, @Valid @ModelAttribute("triageForm") TriageForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return act(id, form, result, model, redirect, (actor, f) -> issues.outOfScope(id, actor, f.reason()));
	}

	@PostMapping("/backoffice/issues/{id}/call")
	String openCall(@PathVariable long id, @Valid @ModelAttribute("triageForm") TriageForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return act(id, form, result, model, redirect,
				(actor, f) -> issues.openCall(id, actor, f.callText(), f.deadlineDate()));
	}

	@PostMapping("/backoffice/issues/{id}/close-call")
	String closeCall(@PathVariable long id, @Valid @ModelAttribute("triageForm") TriageForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return act(id, form, result, model, redirect, (actor, f) -> issues.closeCall(id, actor, f.note()));
	}

	@PostMapping("/backoffice/issues/{id}/partners")
	String partners(@PathVariable long id, @Valid @ModelAttribute("triageForm") TriageForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return act(id, form, result, model, redirect,
				(actor, f) -> issues.choosePartners(id, actor, f.chosenReasons(), f.note()));
	}

	private String act(long id, TriageForm form, BindingResult result, Model model, RedirectAttributes redirect,
			Action action) {
		form.checkIn(result);
		if (result.hasErrors()) {
			return page(id, model);
		}
		try {
			action.run(Actors.signedIn(), form);
		}
		catch (LocalIssueRuleViolation violation) {
			violation.rejectIn(result);
			return page(id, model);
		}
		redirect.addFlashAttribute("done", "changed");
		return "redirect:/backoffice/issues/" + id;
	}

	private String page(long id, Model model) {
		model.addAttribute("issue", issues.detail(id, Actors.signedIn()));
		return "localissues/triage";
	}
}
