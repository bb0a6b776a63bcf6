package jp.tomoni.browser;

/** "Check your mail", after signing up. */
final class SignUpSentPage extends TomoniPage {

	SignUpSentPage(Tab tab) {
		super(tab, "/signup/sent", "page-signup-sent");
	}
}
