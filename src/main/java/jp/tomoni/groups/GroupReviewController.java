package jp.tomoni.groups;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Coordinators review registrations: approve (本登録) or return with a reason. */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR','CITY_STAFF','ADMIN')")
class GroupReviewController {

	private final GroupDirectory directory;

	GroupReviewController(GroupDirectory directory) {
		this.directory = directory;
	}

	@GetMapping("/backoffice/groups")
	String queue(Model model) {
		model.addAttribute("groups", directory.pending());
		model.addAttribute("kinds", directory.kinds());
		return "groups/review-queue";
	}

	@GetMapping("/backoffice/groups/{id}")
	String review(@PathVariable long id, Model model) {
		model.addAttribute("profile", directory.profile(id, Viewers.current()));
		model.addAttribute("kinds", directory.kinds());
		if (!model.containsAttribute("reason")) {
			model.addAttribute("reason", "");
		}
		return "groups/review";
	}

	@PostMapping("/backoffice/groups/{id}/approve")
	String approve(@PathVariable long id, RedirectAttributes redirect) {
		directory.approve(id);
		redirect.addFlashAttribute("approved", true);
		return "redirect:/backoffice/groups";
	}

	@PostMapping("/backoffice/groups/{id}/return")
	String returnToApplicant(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Model model,
			RedirectAttributes redirect) {
		try {
			directory.returnToApplicant(id, reason);
		}
		catch (GroupRuleViolation violation) {
			model.addAttribute("reasonError", violation.code());
			model.addAttribute("reason", reason);
			return review(id, model);
		}
		redirect.addFlashAttribute("returned", true);
		return "redirect:/backoffice/groups";
	}
}
