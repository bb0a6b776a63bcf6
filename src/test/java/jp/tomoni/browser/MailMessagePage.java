package jp.tomoni.browser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;

import static org.assertj.core.api.Assertions.fail;

/** One mail in the outbox: {@code /admin/mail/{id}}. */
final class MailMessagePage extends TomoniPage {

	private static final Pattern LINK = Pattern.compile("https?://\\S+");

	MailMessagePage(Tab tab) {
		super(tab, "/admin/mail", "page-mail-message");
	}

	Locator recipient() {
		return page.locator("#mail-recipient");
	}

	Locator body() {
		return page.locator("#mail-body");
	}

	/** The first link in the body to {@code path}. */
	String link(String path) {
		String text = body().textContent();
		Matcher matcher = LINK.matcher(text);
		while (matcher.find()) {
			if (matcher.group().contains(path)) {
				return matcher.group();
			}
		}
		return fail("no link to %s in the mail:%n%s", path, text);
	}
}
