package jp.tomoni.groups;

import jakarta.validation.Valid;
import jp.tomoni.shared.SignedInPerson;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A signed-in person registers groups and keeps the profiles of the groups they administer. */
@Controller
@PreAuthorize("isAuthenticated()")
class MyGroupsController {

	private final GroupDirectory directory;

	private final GroupFormSupport support;

	private final GroupMembers members;

	MyGroupsController(GroupDirectory directory, GroupFormSupport support, GroupMembers members) {
		this.directory = directory;
		this.support = support;
		this.members = members;
	}

	@GetMapping("/account/groups")
	String mine(@AuthenticationPrincipal SignedInPerson person, Model model) {
		model.addAttribute("groups", directory.groupsOf(person.accountId()));
		model.addAttribute("memberships", members.membershipsOf(person.accountId()));
		model.addAttribute("kinds", directory.kinds());
		return "groups/mine";
	}

	@GetMapping("/account/groups/new")
	String newForm(Model model) {
		model.addAttribute("form", GroupForm.empty());
		support.addChoices(model);
		return "groups/form";
	}

	@PostMapping("/account/groups/new")
	String register(@AuthenticationPrincipal SignedInPerson person, @Valid @ModelAttribute("form") GroupForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				directory.register(person.accountId(), form.toCommand());
				redirect.addFlashAttribute("registered", true);
				return "redirect:/account/groups";
			}
			catch (GroupRuleViolation violation) {
				violation.rejectIn(result);
			}
		}
		support.addChoices(model);
		return "groups/form";
	}

	@GetMapping("/account/groups/{id}/edit")
	String editForm(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, Model model) {
		model.addAttribute("form", GroupForm.of(directory.editableBy(person.accountId(), id)));
		model.addAttribute("groupId", id);
		model.addAttribute("profile", directory.profile(id, Viewers.current()));
		support.addChoices(model);
		return "groups/form";
	}

	@PostMapping("/account/groups/{id}/edit")
	String change(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id,
			@Valid @ModelAttribute("form") GroupForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		directory.editableBy(person.accountId(), id);
		if (!result.hasErrors()) {
			try {
				directory.change(person.accountId(), id, form.toCommand());
				redirect.addFlashAttribute("saved", true);
				return "redirect:/account/groups";
			}
			catch (GroupRuleViolation violation) {
				violation.rejectIn(result);
			}
		}
		model.addAttribute("groupId", id);
		model.addAttribute("profile", directory.profile(id, Viewers.current()));
		support.addChoices(model);
		return "groups/form";
	}
}
