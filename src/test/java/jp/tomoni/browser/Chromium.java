package jp.tomoni.browser;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

/**
 * Debian's Chromium ({@code /usr/bin/chromium}) driven by Playwright, headless and kept off the network: Playwright
 * downloads no browser of its own, and every host name but localhost resolves to nothing. One per test class;
 * every person in a test gets a {@link Tab} of their own (a separate browser context, so separate cookies).
 */
final class Chromium implements AutoCloseable {

	static final String EXECUTABLE = "/usr/bin/chromium";

	private static final List<String> ARGUMENTS = List.of("--no-sandbox", "--disable-gpu",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
			"--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost");

	/**
	 * Playwright waits 30 s for an action and 5 s for an assertion by default: one limit for both, long enough for a
	 * busy CI machine hashing passwords, short enough that a broken walk reports quickly.
	 */
	private static final double TIMEOUT_MILLIS = 10_000;

	private final Playwright playwright;

	private final Browser browser;

	private final List<Tab> tabs = new ArrayList<>();

	private Chromium(Playwright playwright, Browser browser) {
		this.playwright = playwright;
		this.browser = browser;
	}

	static Chromium launch() {
		PlaywrightAssertions.setDefaultAssertionTimeout(TIMEOUT_MILLIS);
		Playwright playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		try {
			Browser browser = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(Paths.get(EXECUTABLE))
					.setHeadless(true)
					.setArgs(ARGUMENTS));
			return new Chromium(playwright, browser);
		}
		catch (RuntimeException ex) {
			playwright.close();
			throw ex;
		}
	}

	/** A fresh browser context with one page, for one person; {@code locale} is what the browser asks for. */
	Tab newTab(String baseUrl, String locale) {
		BrowserContext context = browser.newContext(new Browser.NewContextOptions().setBaseURL(baseUrl)
			.setLocale(locale)
			.setAcceptDownloads(true)
			.setViewportSize(1280, 900));
		context.setDefaultTimeout(TIMEOUT_MILLIS);
		Tab tab = new Tab(context, context.newPage());
		tabs.add(tab);
		return tab;
	}

	/** Saves a screenshot and the HTML of every open tab, to see what a failed test saw. */
	void saveEvidence(Path directory, String name) {
		for (int i = 0; i < tabs.size(); i++) {
			tabs.get(i).saveEvidence(directory.resolve(name + "-tab" + (i + 1)));
		}
	}

	/** Closes the tabs opened since the last call, after checking that every page they loaded was scanned. */
	void closeTabs() {
		try {
			for (Tab tab : tabs) {
				tab.assertEveryPageScanned();
			}
		}
		finally {
			tabs.forEach(Tab::close);
			tabs.clear();
		}
	}

	@Override
	public void close() {
		try {
			tabs.forEach(Tab::close);
			browser.close();
		}
		finally {
			playwright.close();
		}
	}
}
