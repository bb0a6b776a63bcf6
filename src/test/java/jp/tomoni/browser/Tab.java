package jp.tomoni.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.stream.IntStream;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One person's browser: a context of its own and its page. It notes every document the page loads, so that a test
 * which forgets to scan a page it visited fails, at the next scan or at the end ({@link #assertEveryPageScanned()}).
 */
final class Tab {

	private final BrowserContext context;

	private final Page page;

	/** The address of every document the page loaded, in order. */
	private final List<String> loads = new ArrayList<>();

	/** The indexes in {@link #loads} of the documents scanned. */
	private final BitSet scanned = new BitSet();

	Tab(BrowserContext context, Page page) {
		this.context = context;
		this.page = page;
		// The page's load event arrives with the main frame's load state, so once waitForLoadState() returns in
		// assertAccessible() this listener has run for the document being scanned.
		page.onLoad(loaded -> loads.add(loaded.url()));
	}

	Page page() {
		return page;
	}

	/**
	 * Scans the document now shown with axe-core and fails on any WCAG 2.1 A/AA violation, or if an earlier
	 * document was left unscanned (each is reported once).
	 */
	void assertAccessible() {
		page.waitForLoadState(LoadState.LOAD);
		List<String> skipped = unscanned(Math.max(loads.size() - 1, 0));
		scanned.set(0, loads.size());
		assertThat(skipped).as("pages loaded but never scanned with axe").isEmpty();
		Accessibility.assertNoViolations(page);
	}

	void assertEveryPageScanned() {
		List<String> skipped = unscanned(loads.size());
		scanned.set(0, loads.size());
		assertThat(skipped).as("pages loaded but never scanned with axe").isEmpty();
	}

	private List<String> unscanned(int before) {
		return IntStream.range(0, before).filter(i -> !scanned.get(i)).mapToObj(loads::get).toList();
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
