package jp.tomoni.groups;

import jakarta.validation.Valid;
import jp.tomoni.shared.SignedInPerson;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
 * A group's administrators (and staff) manage its members, invitations and umbrella relations; a member leaves. The
 * object-level check is the facade's: a group the person may not manage answers 404.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class GroupMembersController {

	private static final String PAGE = "redirect:/account/groups/{id}/members";

	private final GroupMembers members;

	private final GroupAffiliations affiliations;

	GroupMembersController(GroupMembers members, GroupAffiliations affiliations) {
		this.members = members;
		this.affiliations = affiliations;
	}

	@GetMapping("/account/groups/{id}/members")
	String page(@PathVariable long id, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", InvitationForm.empty());
		}
		model.addAttribute("overview", members.overview(Viewers.current(), id));
		model.addAttribute("roles", MemberRole.values());
		return "groups/members";
	}

	@PostMapping("/account/groups/{id}/members/invite")
	String invite(@PathVariable long id, @Valid @ModelAttribute("form") InvitationForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				members.invite(Viewers.current(), id, form.email(), form.role());
				redirect.addFlashAttribute("invited", form.email());
				return PAGE;
			}
			catch (GroupRuleViolation violation) {
				violation.rejectIn(result);
			}
		}
		return page(id, model);
	}

	@PostMapping("/account/groups/{id}/invitations/{invitationId}/revoke")
	String revoke(@PathVariable long id, @PathVariable long invitationId, RedirectAttributes redirect) {
		return refusing(redirect, "groupMembers.revoked", () -> members.revoke(Viewers.current(), id, invitationId));
	}

	@PostMapping("/account/groups/{id}/members/{accountId}/role")
	String changeRole(@PathVariable long id, @PathVariable long accountId, @RequestParam @Nullable MemberRole role,
			RedirectAttributes redirect) {
		return refusing(redirect, "groupMembers.roleChanged",
				() -> members.changeRole(Viewers.current(), id, accountId, role == null ? MemberRole.MEMBER : role));
	}

	@PostMapping("/account/groups/{id}/members/{accountId}/remove")
	String remove(@PathVariable long id, @PathVariable long accountId, RedirectAttributes redirect) {
		return refusing(redirect, "groupMembers.removed", () -> members.remove(Viewers.current(), id, accountId));
	}

	@PostMapping("/account/groups/{id}/leave")
	String leave(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, RedirectAttributes redirect) {
		try {
			members.leave(person.accountId(), id);
			redirect.addFlashAttribute("membershipNotice", "groupMembers.left");
		}
		catch (GroupRuleViolation violation) {
			redirect.addFlashAttribute("refusal", violation.code());
		}
		return "redirect:/account/groups";
	}

	@PostMapping("/account/groups/{id}/affiliations")
	String requestAffiliation(@PathVariable long id, @RequestParam(defaultValue = "") String umbrellaId,
			RedirectAttributes redirect) {
		return refusing(redirect, "groupMembers.affiliation.saved", () -> {
			long umbrella;
			try {
				umbrella = Long.parseLong(umbrellaId.strip());
			}
			catch (NumberFormatException notANumber) {
				throw new GroupRuleViolation("umbrellaId", "groupMembers.affiliation.unknownGroup");
			}
			affiliations.request(Viewers.current(), id, umbrella);
		});
	}

	@PostMapping("/account/groups/{id}/affiliations/{affiliationId}/confirm")
	String confirmAffiliation(@PathVariable long id, @PathVariable long affiliationId, RedirectAttributes redirect) {
		return refusing(redirect, "groupMembers.affiliation.confirmed",
				() -> affiliations.confirm(Viewers.current(), id, affiliationId));
	}

	@PostMapping("/account/groups/{id}/affiliations/{affiliationId}/end")
	String endAffiliation(@PathVariable long id, @PathVariable long affiliationId, RedirectAttributes redirect) {
		return refusing(redirect, "groupMembers.affiliation.ended",
				() -> affiliations.end(Viewers.current(), id, affiliationId));
	}

	/** Runs the change and comes back to the members page with its notice, or with the rule that refused it. */
	private static String refusing(RedirectAttributes redirect, String notice, Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (GroupRuleViolation violation) {
			redirect.addFlashAttribute("refusal", violation.code());
		}
		return PAGE;
	}
}
