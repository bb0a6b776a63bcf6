package jp.tomoni.browser;

import java.util.Locale;
import java.util.UUID;

import com.microsoft.playwright.Response;
import jp.tomoni.browser.PersonalDataPage.Export;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The foundation as people meet it in a browser: a resident signs up, confirms the address from the mail, edits
 * their profile, downloads their data; an administrator makes them a coordinator, and they reach the back office;
 * a citizen is refused it; English and the error pages. Every page on the way is scanned with axe-core
 * (WCAG 2.1 A and AA), including the pages showing errors.
 */
class FoundationBrowserTests extends BrowserTest {

	@Test
	void residentSignsUpConfirmsManagesTheirDataAndIsMadeCoordinator() {
		String email = "browser-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
		String password = "kawasemi-hikari-" + UUID.randomUUID().toString().substring(0, 6);
		Tab resident = chromium.newTab(baseUrl, "ja-JP");
		Tab admin = chromium.newTab(baseUrl, "ja-JP");

		// Sign-up, first with the reading in rōmaji and no display name: the form comes back with the errors.
		SignUpPage signUp = new SignUpPage(resident);
		signUp.open();
		signUp.signUp(email, password, "閲覧 試験", "etsuran shiken", "");
		assertThat(signUp.fieldError("fullNameKana")).isVisible();
		assertThat(signUp.fieldError("displayName")).isVisible();
		assertThat(signUp.field("fullNameKana")).hasAttribute("aria-invalid", "true");
		assertThat(signUp.field("email")).hasValue(email);
		assertThat(signUp.field("password")).hasValue("");
		signUp.assertCurrent();
		signUp.signUp(email, password, "閲覧 試験", "エツラン シケン", "えつらん");
		new SignUpSentPage(resident).assertCurrent();

		// An administrator finds the confirmation mail in the outbox (signing in on the way) and reads its link.
		MailOutboxPage outbox = new MailOutboxPage(admin, email);
		outbox.navigate();
		SignInPage adminSignIn = new SignInPage(admin);
		adminSignIn.assertCurrent();
		adminSignIn.signIn(ADMIN, DEMO_PASSWORD);
		outbox.assertCurrent();
		assertThat(outbox.mails()).hasCount(1);
		assertThat(outbox.mails()).hasText(message("mail.confirm.subject"));
		MailMessagePage mail = outbox.openOnlyMail();
		assertThat(mail.recipient()).hasText(email);
		String link = mail.link("/signup/confirm?token=");
		mail.signOut();

		// The resident opens the link, confirms, mistypes the password once, then signs in.
		ConfirmPage confirm = new ConfirmPage(resident);
		confirm.openLink(link);
		confirm.confirm();
		resident.page().waitForURL("**/login?confirmed");
		SignInPage signIn = new SignInPage(resident);
		assertThat(signIn.notice()).hasText(message("signIn.confirmed"));
		signIn.assertCurrent();
		signIn.signIn(email, password + "x");
		resident.page().waitForURL("**/login?error");
		assertThat(signIn.error()).hasText(message("signIn.failed"));
		signIn.assertCurrent();
		signIn.signIn(email, password);
		HomePage home = new HomePage(resident);
		home.assertCurrent();
		assertThat(home.signedInAs()).containsText("えつらん");

		// Profile: the form holds what was given at sign-up; saving shows a notice.
		ProfilePage profile = new ProfilePage(resident);
		profile.open();
		assertThat(profile.field("fullName")).hasValue("閲覧 試験");
		assertThat(profile.field("fullNameKana")).hasValue("エツラン シケン");
		profile.save("閲覧 花子", "エツラン ハナコ", "はなこ");
		assertThat(profile.notice()).hasText(message("profile.saved"));
		profile.assertCurrent();
		assertThat(profile.field("fullName")).hasValue("閲覧 花子");
		assertThat(profile.field("displayName")).hasValue("はなこ");
		assertThat(profile.signedInAs()).containsText("はなこ");

		// Their data, downloaded as the browser saves it.
		PersonalDataPage data = new PersonalDataPage(resident);
		data.open();
		Export export = data.export();
		Assertions.assertThat(export.fileName()).endsWith(".json");
		Assertions.assertThat(export.json()).startsWith("{").contains("\"" + email + "\"").contains("閲覧 花子");
		data.signOut();

		// The administrator signs in again, finds the account and grants the coordinator role.
		AdminAccountsPage accounts = new AdminAccountsPage(admin);
		accounts.navigate();
		adminSignIn.assertCurrent();
		adminSignIn.signIn(ADMIN, DEMO_PASSWORD);
		accounts.assertCurrent();
		accounts.search(email, email);
		AdminAccountPage account = accounts.openAccount(email);
		assertThat(account.heading()).hasText("閲覧 花子");
		assertThat(account.role("COORDINATOR")).not().isChecked();
		account.grant("COORDINATOR");
		account.saveRoles();
		assertThat(account.notice()).hasText(message("admin.accounts.rolesSaved"));
		account.assertCurrent();
		assertThat(account.role("COORDINATOR")).isChecked();

		// The new coordinator signs in again and reaches the back office.
		BackOfficePage backOffice = new BackOfficePage(resident);
		backOffice.navigate();
		signIn.assertCurrent();
		signIn.signIn(email, password);
		backOffice.assertCurrent();
		assertThat(backOffice.heading()).hasText(message("backoffice.title"));
	}

	@Test
	void citizenIsRefusedTheBackOfficeInJapanese() {
		Tab citizen = chromium.newTab(baseUrl, "ja-JP");
		SignInPage signIn = new SignInPage(citizen);
		signIn.open();
		signIn.signIn(CITIZEN, DEMO_PASSWORD);
		new HomePage(citizen).assertCurrent();

		ErrorPage refused = new ErrorPage(citizen, "/backoffice", 403);
		Response response = refused.navigate();
		Assertions.assertThat(response.status()).isEqualTo(403);
		refused.assertCurrent();
		assertThat(refused.heading()).containsText("権限");
		assertThat(refused.heading()).hasText(message("error.403.title"));
		assertThat(citizen.page().locator("html")).hasAttribute("lang", "ja");
	}

	@Test
	void homeInEnglishAndAnUnknownPage() {
		Tab visitor = chromium.newTab(baseUrl, "en-GB");
		HomePage home = new HomePage(visitor);
		home.openIn("en");
		assertThat(visitor.page().locator("html")).hasAttribute("lang", "en");
		assertThat(home.heading()).hasText(message("home.heading", Locale.ENGLISH));

		// The language chosen is remembered, on the error page too.
		ErrorPage notFound = new ErrorPage(visitor, "/no-such-page", 404);
		Response response = notFound.navigate();
		Assertions.assertThat(response.status()).isEqualTo(404);
		notFound.assertCurrent();
		assertThat(notFound.heading()).hasText(message("error.404.title", Locale.ENGLISH));
	}

	/** The scan every page above passes must be able to fail: a page with three violations fails it, naming each. */
	@Test
	void theAccessibilityScanReportsEveryViolation() {
		Tab tab = chromium.newTab(baseUrl, "ja-JP");
		tab.page()
			.setContent("<!DOCTYPE html><html><head><title>x</title></head><body><main>"
					+ "<img src=\"data:,\"><input type=\"text\" name=\"q\"></main></body></html>");
		Assertions.assertThatThrownBy(tab::assertAccessible)
			.hasMessageContaining("3 accessibility violation(s)")
			.hasMessageContaining("html-has-lang")
			.hasMessageContaining("image-alt")
			.hasMessageContaining("label")
			.hasMessageContaining("<input type=\"text\" name=\"q\">");
	}

	/** So must the check that every page visited was scanned. */
	@Test
	void aPageLeftUnscannedFailsTheNextScan() {
		Tab tab = chromium.newTab(baseUrl, "ja-JP");
		tab.page().navigate("/privacy");
		Assertions.assertThatThrownBy(() -> new HomePage(tab).open())
			.hasMessageContaining("never scanned")
			.hasMessageContaining(baseUrl + "/privacy");
	}

	private String message(String key) {
		return message(key, Locale.JAPANESE);
	}

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}
