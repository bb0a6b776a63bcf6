package jp.tomoni.accounts;

import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Forgotten passwords: request a link, then set a new password with it. Open to everyone. */
@Controller
@PreAuthorize("permitAll()")
class PasswordResetController {

	private final AccountManagement accounts;

	PasswordResetController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/password-reset")
	String requestForm(Model model) {
		model.addAttribute("form", new ResetRequestForm(""));
		return "accounts/reset-request";
	}

	/** Always answers the same way, whether or not the address is registered. */
	@PostMapping("/password-reset")
	String request(@Valid @ModelAttribute("form") ResetRequestForm form, BindingResult result) {
		if (result.hasErrors()) {
			return "accounts/reset-request";
		}
		accounts.requestPasswordReset(form.email());
		return "redirect:/password-reset/sent";
	}

	@GetMapping("/password-reset/sent")
	String sent() {
		return "accounts/reset-sent";
	}

	@GetMapping("/password-reset/new")
	String newPasswordForm(@RequestParam(defaultValue = "") String token, Model model) {
		boolean usable = !token.isBlank()
				&& (accounts.isUsable(token, "RESET_PASSWORD") || accounts.isUsable(token, "SET_PASSWORD"));
		model.addAttribute("usable", usable);
		model.addAttribute("form", new PasswordForm(token, ""));
		model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
		return "accounts/reset-new";
	}

	@PostMapping("/password-reset/new")
	String setPassword(@Valid @ModelAttribute("form") PasswordForm form, BindingResult result, Model model) {
		model.addAttribute("usable", true);
		model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
		if (result.hasErrors()) {
			return "accounts/reset-new";
		}
		try {
			accounts.resetPassword(form.token(), form.password());
		}
		catch (AccountRuleViolation violation) {
			if ("token".equals(violation.field())) {
				model.addAttribute("usable", false);
			}
			violation.rejectIn(result);
			return "accounts/reset-new";
		}
		return "redirect:/login?passwordChanged";
	}
}
