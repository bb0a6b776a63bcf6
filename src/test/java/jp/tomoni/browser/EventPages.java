package jp.tomoni.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.function.Predicate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;

/** Page objects of the events module, keyed on page ids and field names. */
final class EventPages {

	private EventPages() {
	}

	/** The organiser's list: {@code /account/events}. */
	static final class MyEventsPage extends TomoniPage {

		MyEventsPage(Tab tab) {
			super(tab, "/account/events", "page-my-events");
		}

		EventFormPage newEvent() {
			page.locator("#new-event").click();
			EventFormPage form = new EventFormPage(tab);
			form.assertCurrent();
			return form;
		}

		Locator row(String name) {
			return page.locator("main table tbody tr").filter(new Locator.FilterOptions().setHasText(name));
		}
	}

	/** The event form: {@code /account/events/new}. */
	static final class EventFormPage extends TomoniPage {

		EventFormPage(Tab tab) {
			super(tab, "/account/events/new", "page-event-form");
		}

		void fill(String name, String value) {
			field(name).fill(value);
		}

		void choose(String name, String value) {
			field(name).selectOption(value);
		}

		/** Chooses the first group offered as organiser when none is chosen yet. */
		void chooseAnOrganiser() {
			if (field("organiserGroupId").inputValue().isEmpty()) {
				field("organiserGroupId").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
			}
		}

		void weekly(LocalDate first, LocalDate until) {
			fill("startDate", first.toString());
			choose("repeat", "WEEKLY");
			fill("everyWeeks", "1");
			fill("until", until.toString());
		}

		void submit() {
			page.locator("#publish").click();
		}
	}

	/** The coordinator's queue: {@code /backoffice/events}. */
	static final class EventReviewQueuePage extends TomoniPage {

		EventReviewQueuePage(Tab tab) {
			super(tab, "/backoffice/events", "page-event-review-queue");
		}

		EventReviewPage openEvent(String name) {
			page.locator("main table a").filter(new Locator.FilterOptions().setHasText(name)).click();
			EventReviewPage review = new EventReviewPage(tab);
			review.assertCurrent();
			return review;
		}
	}

	static final class EventReviewPage extends TomoniPage {

		EventReviewPage(Tab tab) {
			super(tab, "/backoffice/events", "page-event-review");
		}

		void approve() {
			page.locator("#approve").click();
		}
	}

	/** The public list: {@code /events}; its form updates the results in place (htmx). */
	static final class EventListPage extends TomoniPage {

		private static final Predicate<Response> RESULTS = response -> response.url().contains("/events?")
				&& "true".equals(response.request().headers().get("hx-request"));

		private static final String HTMX_IDLE = "() => document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling') === null";

		EventListPage(Tab tab) {
			super(tab, "/events", "page-events");
		}

		void search(String query) {
			page.locator("#q").fill(query);
			page.waitForResponse(RESULTS, () -> page.locator("#search").click());
			page.waitForFunction(HTMX_IDLE);
			assertThat(page.locator("[id='results']")).hasCount(1);
			tab.assertAccessible();
		}

		Locator result(String name) {
			return page.locator("#results a[href^='/events/']").filter(new Locator.FilterOptions().setHasText(name));
		}
	}

	/** One event's page. */
	static final class EventPage extends TomoniPage {

		EventPage(Tab tab) {
			super(tab, "/events", "page-event");
		}

		Locator dates() {
			return page.locator("#event-dates li");
		}
	}

	/** The month calendar: {@code /events/calendar?month=…}. */
	static final class CalendarPage extends TomoniPage {

		CalendarPage(Tab tab, String month) {
			super(tab, "/events/calendar?month=" + month, "page-event-calendar");
		}

		Locator event(String name) {
			return page.locator("table.calendar a").filter(new Locator.FilterOptions().setHasText(name));
		}

		Locator today() {
			return page.locator("table.calendar td[aria-current='date']");
		}
	}
}
