package jp.tomoni.browser;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * What every browser test class shares: the application on a random port (one Spring context for all of them),
 * one Chromium per class, a tab per person closed after each test, and the evidence of a failure (screenshot
 * and HTML of every tab) kept under target/browser-failures.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserTest {

	static final String DEMO_PASSWORD = "tomoni-demo-2026";

	static final String ADMIN = "admin@example.jp";

	static final String COORDINATOR = "coordinator@example.jp";

	static final String CITIZEN = "citizen@example.jp";

	static Chromium chromium;

	@LocalServerPort
	int port;

	@Autowired
	MessageSource messages;

	String baseUrl;

	/** Runs before @AfterEach closes the tabs: keeps what every tab showed when a test failed. */
	@RegisterExtension
	final AfterTestExecutionCallback evidenceOnFailure = context -> context.getExecutionException()
		.ifPresent(failure -> chromium.saveEvidence(Path.of("target", "browser-failures"),
				context.getRequiredTestMethod().getName()));

	@BeforeAll
	static void launchBrowser() {
		chromium = Chromium.launch();
	}

	@AfterAll
	static void closeBrowser() {
		if (chromium != null) {
			chromium.close();
			chromium = null;
		}
	}

	@BeforeEach
	void setUpBaseUrl() {
		baseUrl = "http://localhost:" + port;
	}

	@AfterEach
	void closeTabs() {
		chromium.closeTabs();
	}

	/** A new tab where this person has signed in and arrived on the home page. */
	Tab signedIn(String email, String password) {
		Tab tab = chromium.newTab(baseUrl, "ja-JP");
		SignInPage signIn = new SignInPage(tab);
		tab.page().navigate("/login");
		signIn.assertCurrent();
		signIn.signIn(email, password);
		new HomePage(tab).assertCurrent();
		return tab;
	}
}
