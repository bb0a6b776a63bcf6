package jp.tomoni.accounts;

import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security handles the form's POST. */
@Controller
@PreAuthorize("permitAll()")
class SignInController {

	@GetMapping("/login")
	String login(@Nullable HttpSession session, Model model) {
		Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
		String reason = switch (failure) {
			case LockedException locked -> "signIn.locked";
			case DisabledException disabled -> "signIn.disabled";
			case null -> "signIn.failed";
			default -> "signIn.failed";
		};
		model.addAttribute("failureKey", reason);
		return "accounts/login";
	}
}
