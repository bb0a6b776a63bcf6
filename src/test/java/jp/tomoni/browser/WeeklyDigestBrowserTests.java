package jp.tomoni.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.Locator;
import jp.tomoni.browser.EventPages.EventFormPage;
import jp.tomoni.browser.EventPages.EventPage;
import jp.tomoni.browser.EventPages.MyEventsPage;
import jp.tomoni.newsletter.Newsletter;
import jp.tomoni.places.PlaceSummary;
import jp.tomoni.places.Places;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The weekly digest with the real sources: a resident subscribes and confirms with the mailed link; a coordinator
 * publishes an event at a registered place (chosen with the form's place picker, as you type) and a news post; the
 * weekly job runs; the digest mail lists both, and its unsubscribe link works without signing in. axe-core scans
 * every page on the way.
 */
class WeeklyDigestBrowserTests extends BrowserTest {

	private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

	private static final String KATAKANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモ";

	@Autowired
	Newsletter newsletter;

	@Autowired
	Places places;

	@Autowired
	Clock clock;

	@Test
	void theDigestListsANewEventAndNewsPostAndItsUnsubscribeLinkWorksWithoutSigningIn() {
		String word = randomKatakana(5);
		String email = "digest-reader-" + System.nanoTime() + "@example.jp";
		String eventName = "まちの防災交流会" + word;
		String newsTitle = "協働ニュース 防災訓練の報告" + word;
		Tab resident = chromium.newTab(baseUrl, "ja-JP");
		Tab admin = chromium.newTab(baseUrl, "ja-JP");
		Tab coordinator = chromium.newTab(baseUrl, "ja-JP");

		// A resident subscribes (every field and area) and confirms with the mailed link.
		InformationPage subscribe = InformationPage.subscribe(resident);
		subscribe.open();
		subscribe.field("email").fill(email);
		subscribe.press("subscribe");
		InformationPage.current(resident, "page-newsletter-sent").assertCurrent();
		signIn(admin, ADMIN);
		MailOutboxPage outbox = new MailOutboxPage(admin, email);
		outbox.open();
		resident.page().navigate(outbox.openOnlyMail().link("/newsletter/confirm?token="));
		InformationPage confirm = InformationPage.current(resident, "page-newsletter-confirm");
		confirm.assertCurrent();
		confirm.press("confirm-subscription");
		InformationPage.current(resident, "page-newsletter-confirmed").assertCurrent();

		// A coordinator publishes an event at a registered place, found as they type its reading.
		PlaceSummary place = places.published()
			.stream()
			.filter(p -> p.name().equals("橋本地域交流センター"))
			.findFirst()
			.orElseThrow();
		signIn(coordinator, COORDINATOR);
		MyEventsPage mine = new MyEventsPage(coordinator);
		mine.open();
		EventFormPage form = mine.newEvent();
		form.fill("name", eventName);
		form.choose("categoryCode", "exchange");
		form.fill("summary", "地域の防災について話し合います。");
		form.fill("startDate", LocalDate.now(JAPAN).plusDays(10).toString());
		form.fill("startTime", "14:00");
		form.fill("endTime", "16:00");
		form.fill("organiserName", "相模原市協働推進課");
		form.field("placeQuery").pressSequentially("はしもと");
		Locator choice = coordinator.page().locator("#placeId-" + place.id());
		assertThat(choice).isVisible();
		assertThat(coordinator.page().locator("#places-found")).isVisible();
		coordinator.assertAccessible();
		choice.check();
		form.submit();
		mine.assertCurrent();
		mine.row(eventName).locator("a").first().click();
		EventPage event = new EventPage(coordinator);
		event.assertCurrent();
		assertThat(coordinator.page().locator("#event-place")).containsText(place.address());
		coordinator.page().locator("#event-place-link").click();
		TomoniPage placePage = new PlacePage(coordinator);
		placePage.assertCurrent();
		assertThat(coordinator.page().locator("main .place-section")).containsText(eventName);

		// … and a news post.
		TomoniPage newsForm = NewsPages.newsForm(coordinator);
		newsForm.open();
		newsForm.field("title").fill(newsTitle);
		newsForm.field("body").fill("自治会と市が合同で防災訓練を行いました。");
		coordinator.page().locator("#save").click();
		TomoniPage editor = new TomoniPage(coordinator, "/backoffice/news", "page-news-editor-form") {
		};
		editor.assertCurrent();
		coordinator.page().locator("#publish").click();
		editor.assertCurrent();
		assertThat(coordinator.page().locator("#view-post")).isVisible();

		// The weekly job runs as the schedule calls it, next Monday at 07:00: that digest reports this week.
		Instant nextMonday = ZonedDateTime.now(clock.withZone(JAPAN))
			.with(TemporalAdjusters.next(DayOfWeek.MONDAY))
			.with(LocalTime.of(7, 0))
			.toInstant();
		newsletter.sendDigest(nextMonday, "SCHEDULE");

		outbox.open();
		outbox.mails().filter(new Locator.FilterOptions().setHasText("週間ダイジェスト")).click();
		MailMessagePage digest = new MailMessagePage(admin);
		digest.assertCurrent();
		assertThat(digest.body()).containsText(eventName);
		assertThat(digest.body()).containsText(newsTitle);
		String eventLink = here(digest.link("/events/"));
		String unsubscribeLink = here(digest.link("/newsletter/unsubscribe?token="));

		// The mail's links work for the resident, who never signed in.
		resident.page().navigate(eventLink);
		new EventPage(resident).assertCurrent();
		resident.page().navigate(unsubscribeLink);
		InformationPage unsubscribe = InformationPage.current(resident, "page-newsletter-unsubscribe");
		unsubscribe.assertCurrent();
		unsubscribe.press("unsubscribe");
		InformationPage unsubscribed = InformationPage.current(resident, "page-newsletter-unsubscribed");
		unsubscribed.assertCurrent();
		assertThat(unsubscribed.notice()).isVisible();
		String token = unsubscribeLink.substring(unsubscribeLink.indexOf("token=") + "token=".length());
		Assertions.assertThat(newsletter.preferences(token)).isEmpty();

		resident.assertEveryPageScanned();
		admin.assertEveryPageScanned();
		coordinator.assertEveryPageScanned();
	}

	/**
	 * The mail's link on this test's server: a job's mail is written outside any request, so without
	 * {@code tomoni.base-url} (set in production) its links name the default address, not the random test port.
	 */
	private String here(String link) {
		return link.replaceFirst("^https?://[^/]+", baseUrl);
	}

	private void signIn(Tab tab, String email) {
		SignInPage signIn = new SignInPage(tab);
		signIn.open();
		signIn.signIn(email, DEMO_PASSWORD);
		new HomePage(tab).assertCurrent();
	}

	private static String randomKatakana(int length) {
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append(KATAKANA.charAt(ThreadLocalRandom.current().nextInt(KATAKANA.length())));
		}
		return text.toString();
	}
}
