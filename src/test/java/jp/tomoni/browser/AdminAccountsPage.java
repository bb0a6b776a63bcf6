package jp.tomoni.browser;

import java.util.function.Predicate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The administrators' account list: {@code /admin/accounts}; its search updates the results in place (htmx). */
final class AdminAccountsPage extends TomoniPage {

	private static final Predicate<Response> RESULTS_FRAGMENT = response -> response.url().contains("/admin/accounts?")
			&& "true".equals(response.request().headers().get("hx-request"));

	AdminAccountsPage(Tab tab) {
		super(tab, "/admin/accounts", "page-admin-accounts");
	}

	/**
	 * Types into the search box, which searches as one types, then presses the search button; waits for both
	 * answers, so that no late one replaces the results while they are scanned, and for the results to list
	 * {@code expected}.
	 */
	void search(String query, String expected) {
		page.waitForResponse(RESULTS_FRAGMENT, () -> page.locator("#q").fill(query));
		page.waitForResponse(RESULTS_FRAGMENT, () -> page.locator("#search").click());
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
