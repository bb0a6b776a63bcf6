package jp.tomoni.browser;

import java.util.function.Predicate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The public group directory: {@code /groups}. Its form updates the results in place (htmx) when a filter changes
 * and when it is submitted.
 */
final class DirectoryPage extends TomoniPage {

	private static final Predicate<Response> RESULTS_FRAGMENT = response -> response.url().contains("/groups?")
			&& "true".equals(response.request().headers().get("hx-request"));

	/** True once htmx has no request in flight or queued, and has swapped and settled what came back. */
	private static final String HTMX_IDLE = "() => document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling') === null";

	DirectoryPage(Tab tab) {
		super(tab, "/groups", "page-directory");
	}

	/**
	 * Types the words into the search box and presses the search button, then waits until the results shown are
	 * the answer (leaving the box sends a change too: htmx queues that second request, and this waits for it as
	 * well) and scans the page with them. The answer replaces what #results holds, not #results itself: there is
	 * still one element of that id.
	 */
	void search(String query) {
		page.locator("#q").fill(query);
		page.waitForResponse(RESULTS_FRAGMENT, () -> page.locator("#search").click());
		page.waitForFunction(HTMX_IDLE);
		assertThat(page.locator("[id='results']")).hasCount(1);
		tab.assertAccessible();
	}

	/** Chooses an area in the filter, which updates the results at once. */
	void filterByArea(String code) {
		page.waitForResponse(RESULTS_FRAGMENT, () -> page.locator("#area").selectOption(code));
		page.waitForFunction(HTMX_IDLE);
	}

	/** The link to a group among the results, by its name. */
	Locator result(String name) {
		return page.locator("#results a[href^='/groups/']").filter(new Locator.FilterOptions().setHasText(name));
	}

	Locator results() {
		return page.locator("#results a[href^='/groups/']");
	}

	Locator resultCount() {
		return page.locator("#result-count");
	}

	GroupPage openGroup(String name) {
		result(name).click();
		page.waitForURL("**/groups/*");
		GroupPage group = new GroupPage(tab);
		group.assertCurrent();
		return group;
	}
}
