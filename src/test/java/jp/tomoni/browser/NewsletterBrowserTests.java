package jp.tomoni.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import com.microsoft.playwright.Locator;
import jp.tomoni.newsletter.DigestItem;
import jp.tomoni.newsletter.Newsletter;
import jp.tomoni.newsletter.TestDigestSource;
import jp.tomoni.pageviews.PageViews;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The information hub's newsletter, open data and page views in a browser: a visitor subscribes, confirms with the
 * mailed link, receives the digest a coordinator sends at once, and unsubscribes with the mail's link without
 * signing in; the visitor's page views show in the back office. axe-core scans every page on the way.
 */
class NewsletterBrowserTests extends BrowserTest {

	@Autowired
	TestDigestSource digestSource;

	@Autowired
	Newsletter newsletter;

	@Autowired
	PageViews pageViews;

	@Test
	void aVisitorSubscribesReceivesTheDigestAndUnsubscribesWithoutSigningIn() {
		String email = "reader-" + System.nanoTime() + "@example.jp";
		String title = "子育てひろば交流会 " + System.nanoTime();
		Tab visitor = chromium.newTab(baseUrl, "ja-JP");
		Tab admin = chromium.newTab(baseUrl, "ja-JP");
		Tab coordinator = chromium.newTab(baseUrl, "ja-JP");

		// The footer leads to the subscribe page.
		new HomePage(visitor).open();
		visitor.page().locator("#footer-newsletter").click();
		InformationPage subscribe = InformationPage.subscribe(visitor);
		subscribe.assertCurrent();
		subscribe.field("email").fill(email);
		visitor.page().locator("#fieldCodes13").check();
		subscribe.press("subscribe");
		InformationPage sent = InformationPage.current(visitor, "page-newsletter-sent");
		sent.assertCurrent();
		assertThat(sent.notice()).isVisible();

		// The confirmation mail, read in the outbox by an administrator.
		new SignInPage(admin).open();
		new SignInPage(admin).signIn(ADMIN, DEMO_PASSWORD);
		new HomePage(admin).assertCurrent();
		MailOutboxPage outbox = new MailOutboxPage(admin, email);
		outbox.open();
		String confirmLink = outbox.openOnlyMail().link("/newsletter/confirm?token=");

		visitor.page().navigate(confirmLink);
		InformationPage confirm = InformationPage.current(visitor, "page-newsletter-confirm");
		confirm.assertCurrent();
		confirm.press("confirm-subscription");
		InformationPage confirmed = InformationPage.current(visitor, "page-newsletter-confirmed");
		confirmed.assertCurrent();
		assertThat(confirmed.notice()).isVisible();

		// Something new in 子どもの健全育成 this week; a coordinator previews the digest and sends it now.
		digestSource.addForDigestAt(new DigestItem("nav.groups", title, "/groups", LocalDate.now(), Set.of("13"),
				Set.of(), "親子で参加できます。"), Instant.now());
		new SignInPage(coordinator).open();
		new SignInPage(coordinator).signIn(COORDINATOR, DEMO_PASSWORD);
		new HomePage(coordinator).assertCurrent();
		InformationPage backOffice = new InformationPage(coordinator, "/backoffice/newsletter", "page-newsletter-admin");
		backOffice.open();
		backOffice.press("preview-link");
		InformationPage preview = InformationPage.current(coordinator, "page-newsletter-preview");
		preview.assertCurrent();
		assertThat(coordinator.page().locator("#preview-items")).containsText(title);
		backOffice.open();
		backOffice.press("send-digest");
		backOffice.assertCurrent();
		assertThat(coordinator.page().locator("#digest-sent")).isVisible();
		assertThat(coordinator.page().locator("body")).not().containsText(email);

		// The digest reaches the subscriber, with the unsubscribe link and the RFC 8058 headers.
		outbox.open();
		outbox.mails().filter(new Locator.FilterOptions().setHasText("週間ダイジェスト")).click();
		MailMessagePage digest = new MailMessagePage(admin);
		digest.assertCurrent();
		assertThat(digest.body()).containsText(title);
		assertThat(admin.page().locator("dd[data-header='List-Unsubscribe-Post']")).hasText("List-Unsubscribe=One-Click");
		String unsubscribeLink = digest.link("/newsletter/unsubscribe?token=");
		assertThat(admin.page().locator("dd[data-header='List-Unsubscribe']")).hasText("<" + unsubscribeLink + ">");

		// The visitor, not signed in, unsubscribes with the mail's link.
		visitor.page().navigate(unsubscribeLink);
		InformationPage unsubscribe = InformationPage.current(visitor, "page-newsletter-unsubscribe");
		unsubscribe.assertCurrent();
		unsubscribe.press("unsubscribe");
		InformationPage unsubscribed = InformationPage.current(visitor, "page-newsletter-unsubscribed");
		unsubscribed.assertCurrent();
		assertThat(unsubscribed.notice()).isVisible();
		String token = unsubscribeLink.substring(unsubscribeLink.indexOf("token=") + "token=".length());
		Assertions.assertThat(newsletter.preferences(token)).isEmpty();
	}

	@Test
	void aVisitorFindsOpenDataAndStaffSeeThePageViews() {
		Tab visitor = chromium.newTab(baseUrl, "ja-JP");
		Tab coordinator = chromium.newTab(baseUrl, "ja-JP");

		new HomePage(visitor).open();
		visitor.page().locator("#footer-opendata").click();
		InformationPage openData = InformationPage.current(visitor, "page-opendata");
		openData.assertCurrent();
		assertThat(visitor.page().locator("#dataset-groups a.licence")).hasText("CC BY 4.0");
		visitor.page().locator("#dataset-groups a.columns").click();
		InformationPage columns = InformationPage.current(visitor, "page-opendata-dataset");
		columns.assertCurrent();
		assertThat(visitor.page().locator("#dataset-columns tbody tr")).hasCount(22);
		pageViews.flush();

		new SignInPage(coordinator).open();
		new SignInPage(coordinator).signIn(COORDINATOR, DEMO_PASSWORD);
		new HomePage(coordinator).assertCurrent();
		InformationPage views = new InformationPage(coordinator, "/backoffice/page-views", "page-page-views");
		views.open();
		assertThat(coordinator.page().locator("#page-views-pages")).containsText("/opendata/groups");
		assertThat(coordinator.page().locator("#year-total")).isVisible();
	}
}
