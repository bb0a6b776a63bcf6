package jp.tomoni.accounts;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jp.tomoni.shared.SignedInPerson;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A signed-in person's own account: profile, their data, deletion. */
@Controller
@PreAuthorize("isAuthenticated()")
class AccountController {

	private final AccountManagement accounts;

	private final AccountUserDetailsService userDetailsService;

	private final SecurityContextRepository securityContextRepository = new HttpSessionSecurityContextRepository();

	AccountController(AccountManagement accounts, AccountUserDetailsService userDetailsService) {
		this.accounts = accounts;
		this.userDetailsService = userDetailsService;
	}

	@GetMapping("/account/profile")
	String profile(@AuthenticationPrincipal SignedInPerson person, Model model) {
		AccountView account = accounts.find(person.accountId()).orElseThrow(() -> new AccountNotFound(person.accountId()));
		model.addAttribute("account", account);
		model.addAttribute("form", ProfileForm.of(account));
		return "accounts/profile";
	}

	@PostMapping("/account/profile")
	String updateProfile(@AuthenticationPrincipal SignedInPerson person, @Valid @ModelAttribute("form") ProfileForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletRequest request,
			HttpServletResponse response) {
		if (!result.hasErrors()) {
			try {
				accounts.updateProfile(person.accountId(), form.toCommand());
				refreshSignedInPerson(person, request, response);
				redirect.addFlashAttribute("saved", true);
				return "redirect:/account/profile";
			}
			catch (AccountRuleViolation violation) {
				violation.rejectIn(result);
			}
		}
		model.addAttribute("account", accounts.find(person.accountId()).orElseThrow());
		return "accounts/profile";
	}

	/** The header shows the display name kept in the session: replace it with the one just saved. */
	private void refreshSignedInPerson(SignedInPerson person, HttpServletRequest request, HttpServletResponse response) {
		UserDetails updated = userDetailsService.loadUserByUsername(person.email());
		if (updated instanceof CredentialsContainer credentials) {
			credentials.eraseCredentials();
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities()));
		SecurityContextHolder.setContext(context);
		securityContextRepository.saveContext(context, request, response);
	}

	@GetMapping("/account/data")
	String data() {
		return "accounts/data";
	}

	@GetMapping(path = "/account/data/export", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> export(@AuthenticationPrincipal SignedInPerson person) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("tomoni-my-data.json").build().toString())
			.contentType(MediaType.APPLICATION_JSON)
			.body(accounts.exportPersonalData(person.accountId()));
	}

	@GetMapping("/account/delete")
	String deletePage(Model model) {
		model.addAttribute("form", new DeleteForm(""));
		return "accounts/delete";
	}

	@PostMapping("/account/delete")
	String delete(@AuthenticationPrincipal SignedInPerson person, @Valid @ModelAttribute("form") DeleteForm form,
			BindingResult result, HttpServletRequest request, HttpServletResponse response) {
		if (result.hasErrors()) {
			return "accounts/delete";
		}
		try {
			accounts.deleteAccount(person.accountId(), form.password());
		}
		catch (AccountRuleViolation violation) {
			violation.rejectIn(result);
			return "accounts/delete";
		}
		new SecurityContextLogoutHandler().logout(request, response,
				SecurityContextHolder.getContext().getAuthentication());
		return "redirect:/?accountDeleted";
	}
}
