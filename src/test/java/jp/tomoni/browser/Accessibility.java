package jp.tomoni.browser;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

import static org.assertj.core.api.Assertions.fail;

/** axe-core's WCAG 2.0 and 2.1, level A and AA rules, run on the page as it is shown. */
final class Accessibility {

	static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private Accessibility() {
	}

	/** Fails listing every violation: the rule, what it asks for, and each offending element. */
	static void assertNoViolations(Page page) {
		// Legacy mode runs axe.run() in the page itself; the default mode finishes every scan in a new browser page,
		// which costs about a second a page and buys only the testing of cross-origin frames, which Tomoni has none of.
		AxeResults results = new AxeBuilder(page).withTags(TAGS).setLegacyMode(true).analyze();
		if (results.getErrorMessage() != null) {
			fail("axe-core could not scan %s: %s", page.url(), results.getErrorMessage());
		}
		List<Rule> violations = results.getViolations();
		if (!violations.isEmpty()) {
			fail("%d accessibility violation(s) on %s:%n%s", violations.size(), page.url(),
					violations.stream().map(Accessibility::describe).collect(Collectors.joining("\n")));
		}
	}

	private static String describe(Rule rule) {
		return "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " " + rule.getHelpUrl()
				+ rule.getNodes().stream().map(Accessibility::describe).collect(Collectors.joining());
	}

	private static String describe(CheckedNode node) {
		String html = node.getHtml().length() > 300 ? node.getHtml().substring(0, 300) + "…" : node.getHtml();
		return "\n    at " + node.getTarget() + " " + html
				+ (node.getFailureSummary() == null ? "" : "\n      " + node.getFailureSummary().replace("\n", "\n      "));
	}
}
