package jp.tomoni.browser;

import com.microsoft.playwright.Locator;

/** One account seen by an administrator, with its roles: {@code /admin/accounts/{id}}. */
final class AdminAccountPage extends TomoniPage {

	AdminAccountPage(Tab tab) {
		super(tab, "/admin/accounts", "page-admin-account");
	}

	/** The checkbox of a role, by its value ({@code COORDINATOR}, {@code ADMIN}, …). */
	Locator role(String role) {
		return page.locator("main input[type=checkbox][name=roles][value='" + role + "']");
	}

	void grant(String role) {
		role(role).check();
	}

	void saveRoles() {
		page.locator("#save-roles").click();
	}
}
