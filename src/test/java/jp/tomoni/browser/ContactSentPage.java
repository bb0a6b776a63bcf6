package jp.tomoni.browser;

/** The confirmation that a message to a group was sent: {@code /groups/{id}/contact/sent}. */
final class ContactSentPage extends TomoniPage {

	ContactSentPage(Tab tab) {
		super(tab, "/groups", "page-group-contact-sent");
	}
}
