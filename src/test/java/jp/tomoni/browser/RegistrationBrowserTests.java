package jp.tomoni.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.Locator;
import jp.tomoni.browser.EventPages.EventFormPage;
import jp.tomoni.browser.EventPages.EventListPage;
import jp.tomoni.browser.EventPages.EventPage;
import jp.tomoni.browser.EventPages.EventReviewPage;
import jp.tomoni.browser.EventPages.EventReviewQueuePage;
import jp.tomoni.browser.EventPages.MyEventsPage;
import jp.tomoni.browser.RegistrationPages.MyRegistrationsPage;
import jp.tomoni.browser.RegistrationPages.Panel;
import jp.tomoni.browser.RegistrationPages.ParticipantsPage;
import jp.tomoni.browser.RegistrationPages.RegistrationFormPage;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Issue 4, "Done when 2", in a browser: a group publishes a weekly event that takes registrations (one place a
 * date) and a coordinator publishes it; a resident finds it by a かな query and registers, which fills the date; the
 * next resident joins the waiting list; the first cancels, which moves the second up, and both receive mail (read in
 * the administrators' outbox); the group's administrator exports the participant list. Every page on the way is
 * scanned with axe-core.
 */
class RegistrationBrowserTests extends BrowserTest {

	private static final String GROUP_ADMIN = "group-admin@example.jp";

	private static final String RESIDENT = CITIZEN;

	private static final String NEXT_RESIDENT = "reporter@example.jp";

	private static final String KATAKANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワ";

	@Test
	void aResidentRegistersTheDateFillsTheNextWaitsACancellationMovesThemUpAndTheOrganiserExports() {
		String name = "親子料理教室" + randomKatakana(5);
		LocalDate first = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(9);
		Tab groupAdmin = chromium.newTab(baseUrl, "ja-JP");
		Tab coordinator = chromium.newTab(baseUrl, "ja-JP");
		Tab resident = chromium.newTab(baseUrl, "ja-JP");
		Tab nextResident = chromium.newTab(baseUrl, "ja-JP");
		Tab admin = chromium.newTab(baseUrl, "ja-JP");

		// A group publishes a weekly event taking registrations, one place a date; a coordinator checks it.
		signIn(groupAdmin, GROUP_ADMIN);
		MyEventsPage mine = new MyEventsPage(groupAdmin);
		mine.open();
		EventFormPage form = mine.newEvent();
		form.fill("name", name);
		form.fill("nameKana", "おやこりょうりきょうしつ");
		form.choose("categoryCode", "seminar");
		form.fill("summary", "親子で季節の料理を作ります。");
		form.weekly(first, first.plusWeeks(2));
		form.fill("startTime", "10:00");
		form.fill("endTime", "12:00");
		form.fill("placeName", "橋本公民館");
		form.fill("address", "相模原市緑区橋本1-1-1");
		form.fill("capacity", "1");
		form.field("takesRegistrations").check();
		form.chooseAnOrganiser();
		form.submit();
		mine.assertCurrent();
		signIn(coordinator, COORDINATOR);
		EventReviewQueuePage queue = new EventReviewQueuePage(coordinator);
		queue.open();
		EventReviewPage review = queue.openEvent(name);
		review.approve();
		queue.assertCurrent();

		// A resident finds it by a かな query and registers for the first date, which fills it.
		signIn(resident, RESIDENT);
		EventPage event = findByKana(resident, name);
		Panel panel = new Panel(event);
		assertThat(panel.dates()).hasCount(3);
		assertThat(panel.availability(0)).hasText(message("registration.availability.left", 1, 1));
		String eventUrl = resident.page().url();
		panel.registerLink(0).click();
		RegistrationFormPage registration = new RegistrationFormPage(resident);
		registration.assertCurrent();
		registration.submit("1", "小学2年生の子どもと参加します");
		MyRegistrationsPage myRegistrations = new MyRegistrationsPage(resident);
		resident.page().waitForURL("**/account/registrations");
		myRegistrations.assertCurrent();
		assertThat(myRegistrations.notice()).hasText(message("registration.done.registered"));
		assertThat(myRegistrations.row(name)).containsText(message("registration.status.REGISTERED"));

		// The next resident sees 満席・キャンセル待ち and joins the waiting list.
		signIn(nextResident, NEXT_RESIDENT);
		nextResident.page().navigate(eventUrl);
		EventPage full = new EventPage(nextResident);
		full.assertCurrent();
		Panel fullPanel = new Panel(full);
		assertThat(fullPanel.availability(0)).hasText(message("registration.availability.full", 0));
		assertThat(fullPanel.registerLink(0)).hasText(message("registration.joinWaitingList"));
		fullPanel.registerLink(0).click();
		RegistrationFormPage waitingForm = new RegistrationFormPage(nextResident);
		waitingForm.assertCurrent();
		waitingForm.submit("1", "");
		MyRegistrationsPage nextRegistrations = new MyRegistrationsPage(nextResident);
		nextResident.page().waitForURL("**/account/registrations");
		nextRegistrations.assertCurrent();
		assertThat(nextRegistrations.notice()).hasText(message("registration.done.waiting", 1));

		// The first resident cancels; the next one moves up.
		myRegistrations.open();
		myRegistrations.cancel(name);
		resident.page().waitForURL("**/account/registrations");
		myRegistrations.assertCurrent();
		assertThat(myRegistrations.notice()).hasText(message("registration.cancelled"));
		nextRegistrations.open();
		assertThat(nextRegistrations.row(name)).containsText(message("registration.status.REGISTERED"));

		// Both receive mail.
		signIn(admin, ADMIN);
		openMail(admin, RESIDENT, subject("mail.registration.cancelled", name));
		MailMessagePage cancelled = new MailMessagePage(admin);
		cancelled.assertCurrent();
		assertThat(cancelled.body()).containsText(name);
		openMail(admin, NEXT_RESIDENT, subject("mail.registration.promoted", name));
		MailMessagePage promoted = new MailMessagePage(admin);
		promoted.assertCurrent();
		assertThat(promoted.body()).containsText(name);

		// The organiser group's administrator opens the participant list from the event page and exports it.
		groupAdmin.page().navigate(eventUrl);
		EventPage organiserView = new EventPage(groupAdmin);
		organiserView.assertCurrent();
		new Panel(organiserView).participantsLink().click();
		ParticipantsPage participants = new ParticipantsPage(groupAdmin);
		participants.assertCurrent();
		assertThat(participants.registered()).hasCount(1);
		assertThat(participants.registered()).containsText(NEXT_RESIDENT);
		assertThat(participants.waiting()).hasCount(0);
		ParticipantsPage.Export export = participants.export();
		Assertions.assertThat(export.fileName()).endsWith(".csv");
		Assertions.assertThat(Arrays.copyOf(export.bytes(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
		String csv = new String(export.bytes(), StandardCharsets.UTF_8);
		Assertions.assertThat(csv).contains("メールアドレス", NEXT_RESIDENT).doesNotContain(RESIDENT);

		// Nothing personal on the public page.
		Tab visitor = chromium.newTab(baseUrl, "ja-JP");
		visitor.page().navigate(eventUrl);
		EventPage publicPage = new EventPage(visitor);
		publicPage.assertCurrent();
		assertThat(publicPage.page.locator("main")).not().containsText(NEXT_RESIDENT);
		assertThat(new Panel(publicPage).registerLink(0)).hasText(message("registration.registerAfterSignIn"));
	}

	private EventPage findByKana(Tab tab, String name) {
		EventListPage list = new EventListPage(tab);
		list.open();
		list.search("おやこりょうり");
		list.result(name).first().click();
		EventPage event = new EventPage(tab);
		event.assertCurrent();
		assertThat(event.heading()).hasText(name);
		return event;
	}

	private static void signIn(Tab tab, String email) {
		SignInPage signIn = new SignInPage(tab);
		signIn.open();
		signIn.signIn(email, DEMO_PASSWORD);
		new HomePage(tab).assertCurrent();
	}

	private static void openMail(Tab tab, String recipient, String subject) {
		MailOutboxPage outbox = new MailOutboxPage(tab, recipient);
		outbox.open();
		outbox.mails().filter(new Locator.FilterOptions().setHasText(subject)).click();
	}

	private String subject(String key, String eventName) {
		return messages.getMessage(key + ".subject", new Object[] { eventName }, Locale.JAPANESE);
	}

	private String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, Locale.JAPANESE);
	}

	private static String randomKatakana(int length) {
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append(KATAKANA.charAt(ThreadLocalRandom.current().nextInt(KATAKANA.length())));
		}
		return text.toString();
	}
}
