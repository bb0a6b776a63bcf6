package jp.tomoni.accounts;

import java.util.List;

import jakarta.validation.Valid;
import jp.tomoni.shared.Role;
import jp.tomoni.shared.SignedInPerson;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators: search accounts, create staff accounts, grant and withdraw roles. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminAccountController {

	private static final int PAGE_SIZE = 20;

	private final AccountManagement accounts;

	AdminAccountController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@ModelAttribute("allRoles")
	List<Role> allRoles() {
		return List.of(Role.values());
	}

	/** The list; an htmx request (the search box as one types) gets only the results fragment. */
	@GetMapping("/admin/accounts")
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) @Nullable Role role,
			@RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		Page<AccountView> results = accounts.search(q, role, page, PAGE_SIZE);
		model.addAttribute("q", q);
		model.addAttribute("role", role);
		model.addAttribute("results", results);
		return htmx != null ? "admin/accounts :: results" : "admin/accounts";
	}

	@GetMapping("/admin/accounts/new")
	String newForm(Model model) {
		model.addAttribute("form", StaffAccountForm.empty());
		return "admin/account-new";
	}

	@PostMapping("/admin/accounts/new")
	String create(@Valid @ModelAttribute("form") StaffAccountForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "admin/account-new";
		}
		try {
			long id = accounts.createStaffAccount(form.toCommand());
			redirect.addFlashAttribute("created", true);
			return "redirect:/admin/accounts/" + id;
		}
		catch (AccountRuleViolation violation) {
			violation.rejectIn(result);
			return "admin/account-new";
		}
	}

	@GetMapping("/admin/accounts/{id}")
	String show(@PathVariable long id, Model model) {
		AccountView account = accounts.find(id).orElseThrow(() -> new AccountNotFound(id));
		model.addAttribute("account", account);
		model.addAttribute("form", new RolesForm(account.roles()));
		return "admin/account";
	}

	@PostMapping("/admin/accounts/{id}/roles")
	String assignRoles(@PathVariable long id, @ModelAttribute("form") RolesForm form, BindingResult result,
			@AuthenticationPrincipal SignedInPerson admin, Model model, RedirectAttributes redirect) {
		try {
			accounts.assignRoles(id, form.roleSet(), admin.accountId());
		}
		catch (AccountRuleViolation violation) {
			violation.rejectIn(result);
			model.addAttribute("account", accounts.find(id).orElseThrow(() -> new AccountNotFound(id)));
			return "admin/account";
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/admin/accounts/" + id;
	}
}
