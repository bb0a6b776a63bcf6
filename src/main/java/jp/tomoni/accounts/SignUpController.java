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

/** Sign-up and e-mail confirmation; open to everyone. */
@Controller
@PreAuthorize("permitAll()")
class SignUpController {

	private final AccountManagement accounts;

	SignUpController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/signup")
	String form(Model model) {
		model.addAttribute("form", SignUpForm.empty());
		model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
		return "accounts/signup";
	}

	@PostMapping("/signup")
	String signUp(@Valid @ModelAttribute("form") SignUpForm form, BindingResult result, Model model) {
		model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
		if (result.hasErrors()) {
			return "accounts/signup";
		}
		try {
			accounts.signUp(form.toCommand());
		}
		catch (AccountRuleViolation violation) {
			violation.rejectIn(result);
			return "accounts/signup";
		}
		return "redirect:/signup/sent";
	}

	@GetMapping("/signup/sent")
	String sent() {
		return "accounts/signup-sent";
	}

	/** Shows a button rather than confirming on GET, so that mail scanners opening the link change nothing. */
	@GetMapping("/signup/confirm")
	String confirmPage(@RequestParam(defaultValue = "") String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("usable", !token.isBlank() && accounts.isUsable(token, "CONFIRM_EMAIL"));
		return "accounts/confirm";
	}

	@PostMapping("/signup/confirm")
	String confirm(@RequestParam(defaultValue = "") String token, Model model) {
		try {
			accounts.confirmEmail(token);
		}
		catch (AccountRuleViolation violation) {
			model.addAttribute("token", token);
			model.addAttribute("usable", false);
			return "accounts/confirm";
		}
		return "redirect:/login?confirmed";
	}
}
