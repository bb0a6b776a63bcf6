package jp.tomoni.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One person's browser: a context of its own and its page. It notes every document the page loads, so that a test
 * which forgets to scan a page it visited fails ({@link #assertEveryPageScanned()}).
 */
final class Tab {

	private final BrowserContext context;

	private final Page page;

	private final List<String> unscanned = new ArrayList<>();

	Tab(BrowserContext context, Page page) {
		this.context = context;
		this.page = page;
		// The page's load event arrives with the main frame's load state, so once waitForLoadState() returns in
		// assertAccessible() this listener has run for the document being scanned.
		page.onLoad(loaded -> unscanned.add(loaded.url()));
	}

	Page page() {
		return page;
	}

	/** Scans the document now shown with axe-core and fails on any WCAG 2.1 A/AA violation. */
	void assertAccessible() {
		page.waitForLoadState(LoadState.LOAD);
		unscanned.clear();
		Accessibility.assertNoViolations(page);
	}

	void assertEveryPageScanned() {
		assertThat(unscanned).as("pages loaded but never scanned with axe").isEmpty();
	}

	/** Writes {@code base}.png and {@code base}.html; a failure here must not hide the test's own. */
	void saveEvidence(Path base) {
		try {
			Files.createDirectories(base.getParent());
			page.screenshot(new Page.ScreenshotOptions().setPath(base.resolveSibling(base.getFileName() + ".png"))
				.setFullPage(true));
			Files.writeString(base.resolveSibling(base.getFileName() + ".html"), page.content());
		}
		catch (IOException | RuntimeException ex) {
			System.err.println("Could not save " + base + ": " + ex);
		}
	}

	void close() {
		context.close();
	}
}
