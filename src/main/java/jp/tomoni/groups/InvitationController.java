package jp.tomoni.groups;

import jp.tomoni.shared.SignedInPerson;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The recipient of an invitation opens its link (signing in or signing up on the way) and accepts or declines it.
 * The token travels as a query parameter and a form field, never in the path, so request logs do not keep it.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class InvitationController {

	private final GroupMembers members;

	InvitationController(GroupMembers members) {
		this.members = members;
	}

	@GetMapping("/account/invitations")
	String show(@AuthenticationPrincipal SignedInPerson person, @RequestParam(defaultValue = "") String token,
			Model model) {
		model.addAttribute("token", token);
		try {
			model.addAttribute("invitation", members.invitation(token, person.accountId()));
		}
		catch (GroupRuleViolation violation) {
			model.addAttribute("refusal", violation.code());
		}
		model.addAttribute("signedInEmail", person.email());
		return "groups/invitation";
	}

	@PostMapping("/account/invitations/accept")
	String accept(@AuthenticationPrincipal SignedInPerson person, @RequestParam(defaultValue = "") String token,
			Model model, RedirectAttributes redirect) {
		try {
			members.accept(token, person.accountId());
		}
		catch (GroupRuleViolation violation) {
			return show(person, token, model);
		}
		redirect.addFlashAttribute("membershipNotice", "groupMembers.joined");
		return "redirect:/account/groups";
	}

	@PostMapping("/account/invitations/decline")
	String decline(@AuthenticationPrincipal SignedInPerson person, @RequestParam(defaultValue = "") String token,
			Model model, RedirectAttributes redirect) {
		try {
			members.decline(token, person.accountId());
		}
		catch (GroupRuleViolation violation) {
			return show(person, token, model);
		}
		redirect.addFlashAttribute("membershipNotice", "groupMembers.declined");
		return "redirect:/account/groups";
	}
}
