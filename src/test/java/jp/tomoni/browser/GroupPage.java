package jp.tomoni.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** A group's public page: {@code /groups/{id}}. */
final class GroupPage extends TomoniPage {

	GroupPage(Tab tab) {
		super(tab, "/groups", "page-group");
	}

	/** The contact address, present only when the viewer may see it. */
	Locator contactEmail() {
		return page.locator("#contact-email");
	}

	/** Opens the page of one group and checks it (axe included). */
	void open(long id) {
		page.navigate("/groups/" + id);
		assertCurrent();
	}

	/** The group's logo image, present when it has one. */
	Locator logo() {
		return page.locator("#group-logo");
	}

	/** The contact form, present when the group has a contact address. */
	Locator contactForm() {
		return page.locator("#group-contact");
	}

	/** Fills in and sends the contact form; the page that follows is the caller's to check. */
	void sendContact(String name, String email, String subject, String message) {
		field("senderName").fill(name);
		field("senderEmail").fill(email);
		field("subject").fill(subject);
		field("message").fill(message);
		page.locator("#send-contact").click();
	}

	/** The schema.org description of the group for search engines. */
	Locator jsonLd() {
		return page.locator("script[type='application/ld+json']");
	}

	/** The value shown for one fact of the group, after its term ({@code dt}). */
	Locator fact(String term) {
		return fact(page, term);
	}

	/** The same on any page listing a group's facts (its review too). */
	static Locator fact(Page page, String term) {
		return page.locator("main dl.facts dt")
			.filter(new Locator.FilterOptions().setHasText(term))
			.locator("xpath=following-sibling::dd[1]");
	}
}
