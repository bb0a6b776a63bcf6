package jp.tomoni.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import jp.tomoni.browser.EventPages.CalendarPage;
import jp.tomoni.browser.EventPages.EventFormPage;
import jp.tomoni.browser.EventPages.EventListPage;
import jp.tomoni.browser.EventPages.EventPage;
import jp.tomoni.browser.EventPages.EventReviewPage;
import jp.tomoni.browser.EventPages.EventReviewQueuePage;
import jp.tomoni.browser.EventPages.MyEventsPage;
import org.junit.jupiter.api.Test;

/**
 * Events in a browser: a group administrator publishes a weekly event (a refusal first, shown next to its field),
 * a coordinator checks and publishes it, and a visitor finds it by a かな query, opens its page and sees it in the
 * month calendar. Every page on the way is scanned with axe-core.
 */
class EventBrowserTests extends BrowserTest {

	private static final String KATAKANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワ";

	@Test
	void aGroupPublishesARecurringEventThatIsReviewedAndFoundByKana() {
		String name = "花火の夕べ" + randomKatakana(5);
		LocalDate first = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(7);
		Tab groupAdmin = chromium.newTab(baseUrl, "ja-JP");
		Tab coordinator = chromium.newTab(baseUrl, "ja-JP");
		Tab visitor = chromium.newTab(baseUrl, "ja-JP");

		SignInPage signIn = new SignInPage(groupAdmin);
		signIn.open();
		signIn.signIn("group-admin@example.jp", DEMO_PASSWORD);
		new HomePage(groupAdmin).assertCurrent();
		MyEventsPage mine = new MyEventsPage(groupAdmin);
		mine.open();
		EventFormPage form = mine.newEvent();
		form.fill("name", name);
		form.fill("nameKana", "はなびのゆうべ");
		form.choose("categoryCode", "community");
		form.fill("summary", "河川敷で手持ち花火を楽しみます。");
		form.weekly(first, first.plusWeeks(3));
		form.fill("startTime", "19:00");
		form.fill("endTime", "20:30");
		form.fill("placeName", "相模川河川敷");
		form.fill("address", "相模原市緑区小倉");
		form.fill("capacity", "0");
		form.chooseAnOrganiser();
		form.submit();
		form.assertCurrent();
		assertThat(form.fieldError("capacity")).hasText(message("event.capacity.positive"));
		form.fill("capacity", "30");
		form.submit();
		mine.assertCurrent();
		assertThat(mine.row(name)).containsText(message("events.status.PENDING_REVIEW"));

		SignInPage coordinatorSignIn = new SignInPage(coordinator);
		coordinatorSignIn.open();
		coordinatorSignIn.signIn(COORDINATOR, DEMO_PASSWORD);
		new HomePage(coordinator).assertCurrent();
		EventReviewQueuePage queue = new EventReviewQueuePage(coordinator);
		queue.open();
		EventReviewPage review = queue.openEvent(name);
		review.approve();
		assertThat(queue.notice()).hasText(message("events.review.approved"));
		queue.assertCurrent();

		EventListPage list = new EventListPage(visitor);
		list.open();
		list.search("はなびのゆうべ");
		assertThat(list.result(name)).hasCount(4);
		list.result(name).first().click();
		EventPage event = new EventPage(visitor);
		event.assertCurrent();
		assertThat(event.heading()).hasText(name);
		assertThat(event.dates()).hasCount(4);

		CalendarPage calendar = new CalendarPage(visitor, first.toString().substring(0, 7));
		calendar.open();
		assertThat(calendar.event(name).first()).isVisible();
	}

	private String message(String key) {
		return messages.getMessage(key, null, Locale.JAPANESE);
	}

	private static String randomKatakana(int length) {
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append(KATAKANA.charAt(ThreadLocalRandom.current().nextInt(KATAKANA.length())));
		}
		return text.toString();
	}
}
