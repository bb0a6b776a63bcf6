package jp.tomoni.groups;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Coordinators suspend, remove and reinstate public groups: the same roles as the review of registrations. */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR','CITY_STAFF','ADMIN')")
class GroupModerationController {

	private final GroupModeration moderation;

	private final GroupDirectory directory;

	private final GroupFormSupport support;

	GroupModerationController(GroupModeration moderation, GroupDirectory directory, GroupFormSupport support) {
		this.moderation = moderation;
		this.directory = directory;
		this.support = support;
	}

	@GetMapping("/backoffice/groups/moderated")
	String moderated(Model model) {
		model.addAttribute("groups", moderation.moderated());
		return "groups/moderated";
	}

	@GetMapping("/backoffice/groups/{id}/moderation")
	String page(@PathVariable long id, Model model) {
		model.addAttribute("profile", directory.profile(id, Viewers.current()));
		support.addChoices(model);
		if (!model.containsAttribute("reason")) {
			model.addAttribute("reason", "");
		}
		return "groups/moderation";
	}

	@PostMapping("/backoffice/groups/{id}/suspend")
	String suspend(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Model model,
			RedirectAttributes redirect) {
		try {
			moderation.suspend(id, reason);
		}
		catch (GroupRuleViolation violation) {
			return refused(id, "suspend", violation, reason, model);
		}
		redirect.addFlashAttribute("done", "suspended");
		return "redirect:/backoffice/groups/" + id + "/moderation";
	}

	@PostMapping("/backoffice/groups/{id}/remove")
	String remove(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Model model,
			RedirectAttributes redirect) {
		try {
			moderation.remove(id, reason);
		}
		catch (GroupRuleViolation violation) {
			return refused(id, "remove", violation, reason, model);
		}
		redirect.addFlashAttribute("done", "removed");
		return "redirect:/backoffice/groups/" + id + "/moderation";
	}

	@PostMapping("/backoffice/groups/{id}/reinstate")
	String reinstate(@PathVariable long id, Model model, RedirectAttributes redirect) {
		try {
			moderation.reinstate(id);
		}
		catch (GroupRuleViolation violation) {
			return refused(id, "reinstate", violation, "", model);
		}
		redirect.addFlashAttribute("done", "reinstated");
		return "redirect:/backoffice/groups/" + id + "/moderation";
	}

	private String refused(long id, String action, GroupRuleViolation violation, String reason, Model model) {
		model.addAttribute("errorAction", action);
		model.addAttribute("error", violation.code());
		model.addAttribute("reason", reason);
		return page(id, model);
	}
}
