package jp.tomoni.browser;

import com.microsoft.playwright.Locator;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The administrators' account list: {@code /admin/accounts}; its search updates the results in place (htmx). */
final class AdminAccountsPage extends TomoniPage {

	AdminAccountsPage(Tab tab) {
		super(tab, "/admin/accounts", "page-admin-accounts");
	}

	/** Searches with the search box and button, waits for the results to list {@code expected}, and scans them. */
	void search(String query, String expected) {
		page.locator("#q").fill(query);
		page.locator("#search").click();
		assertThat(row(expected)).hasCount(1);
		tab.assertAccessible();
	}

	/** The result row that mentions {@code text}. */
	Locator row(String text) {
		return page.locator("#results tbody tr").filter(new Locator.FilterOptions().setHasText(text));
	}

	AdminAccountPage openAccount(String email) {
		row(email).locator("a").click();
		AdminAccountPage account = new AdminAccountPage(tab);
		account.assertCurrent();
		return account;
	}
}
