package jp.tomoni.browser;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.Locator;

/** The administrators' outbox: {@code /admin/mail}, filtered by recipient with {@code ?to=}. */
final class MailOutboxPage extends TomoniPage {

	private final String recipient;

	MailOutboxPage(Tab tab, String recipient) {
		super(tab, "/admin/mail?to=" + URLEncoder.encode(recipient, StandardCharsets.UTF_8), "page-mail-outbox");
		this.recipient = recipient;
	}

	/** The links to the mails listed (their subjects). */
	Locator mails() {
		return page.locator("main table tbody tr").filter(new Locator.FilterOptions().setHasText(recipient)).locator("a");
	}

	MailMessagePage openOnlyMail() {
		mails().click();
		MailMessagePage message = new MailMessagePage(tab);
		message.assertCurrent();
		return message;
	}
}
