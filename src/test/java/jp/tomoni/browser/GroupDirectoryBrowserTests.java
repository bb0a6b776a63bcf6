package jp.tomoni.browser;

import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jp.tomoni.search.SynonymDictionary;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The group directory as people meet it in a browser: a resident registers a group, a coordinator returns it with a
 * reason, the resident corrects and resubmits it, the coordinator approves it, and a visitor finds it by its reading
 * in かな and by a synonym, without seeing the contact address kept for staff; an administrator extends the synonym
 * dictionary and a search uses the new words at once. Every page on the way is scanned with axe-core (WCAG 2.1 A and
 * AA), including the pages showing errors and the results htmx swaps in.
 */
class GroupDirectoryBrowserTests extends BrowserTest {

	/** Katakana for the random part of names, so that a run's group and words are its own. */
	private static final String KATAKANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワ";

	@Test
	void groupIsRegisteredReturnedResubmittedApprovedAndFoundByReadingAndSynonym() {
		String suffix = randomKatakana(5);
		String name = "子育てサークル" + suffix;
		String nameKana = "こそだてさーくる" + hiragana(suffix);
		String contactEmail = "kosodate-" + System.nanoTime() + "@example.jp";
		String reason = "活動の目的を、対象の年齢が分かるように書き直してください。";
		String correctedPurpose = "0歳から3歳までの子どもと親が集まり、子育ての悩みを話し合います。";
		Tab citizen = chromium.newTab(baseUrl, "ja-JP");
		Tab coordinator = chromium.newTab(baseUrl, "ja-JP");
		Tab visitor = chromium.newTab(baseUrl, "ja-JP");

		// The citizen signs in and registers a group; the contact address is for staff only.
		SignInPage citizenSignIn = new SignInPage(citizen);
		citizenSignIn.open();
		citizenSignIn.signIn(CITIZEN, DEMO_PASSWORD);
		new HomePage(citizen).assertCurrent();
		MyGroupsPage myGroups = new MyGroupsPage(citizen);
		myGroups.open();
		GroupFormPage form = myGroups.registerGroup();
		assertThat(form.heading()).hasText(message("groups.register.title"));
		assertThat(form.returnReason()).hasCount(0);
		form.describe(name, nameKana, "volunteer-group", "親子が集まり、子育ての悩みを話し合います。");
		form.chooseField("13");
		form.chooseArea("hashimoto");
		form.contactEmail(contactEmail, "STAFF");
		assertThat(form.saveButton()).hasText(message("groups.register.submit"));
		form.save();
		assertThat(myGroups.notice()).hasText(message("groups.registered"));
		myGroups.assertCurrent();
		assertThat(myGroups.status(name)).hasText(message("groups.status.PENDING"));

		// The coordinator finds it in the queue and sees the staff-only address; returning it needs a reason.
		GroupReviewQueuePage queue = new GroupReviewQueuePage(coordinator);
		queue.navigate();
		SignInPage coordinatorSignIn = new SignInPage(coordinator);
		coordinatorSignIn.assertCurrent();
		coordinatorSignIn.signIn(COORDINATOR, DEMO_PASSWORD);
		queue.assertCurrent();
		GroupReviewPage review = queue.openGroup(name);
		assertThat(review.heading()).hasText(name);
		assertThat(review.contactEmail()).hasText(contactEmail);
		review.returnWith("");
		assertThat(review.fieldError("reason")).hasText(message("group.review.reasonRequired"));
		assertThat(review.reason()).hasAttribute("aria-invalid", "true");
		review.assertCurrent();
		review.returnWith(reason);
		assertThat(queue.notice()).hasText(message("groups.review.returned"));
		queue.assertCurrent();
		assertThat(queue.row(name)).hasCount(0);

		// The citizen reads the reason, corrects the purpose and submits the group again.
		myGroups.open();
		assertThat(myGroups.status(name)).hasText(message("groups.status.RETURNED"));
		GroupFormPage edit = myGroups.openGroup(name);
		assertThat(edit.heading()).hasText(message("groups.edit.title"));
		assertThat(edit.returnReason()).hasText(reason);
		assertThat(edit.field("name")).hasValue(name);
		assertThat(edit.choice("fieldCodes", "13")).isChecked();
		assertThat(edit.choice("areaCodes", "hashimoto")).isChecked();
		assertThat(edit.choice("contactEmailVisibility", "STAFF")).isChecked();
		assertThat(edit.saveButton()).hasText(message("groups.resubmit"));
		edit.field("purpose").fill(correctedPurpose);
		edit.save();
		assertThat(myGroups.notice()).hasText(message("groups.saved"));
		myGroups.assertCurrent();
		assertThat(myGroups.status(name)).hasText(message("groups.status.PENDING"));

		// The coordinator approves it; it leaves the queue.
		queue.open();
		review = queue.openGroup(name);
		assertThat(review.fact(message("form.purpose"))).hasText(correctedPurpose);
		review.approve();
		assertThat(queue.notice()).hasText(message("groups.review.approved"));
		queue.assertCurrent();
		assertThat(queue.row(name)).hasCount(0);

		// A visitor finds it by its reading typed in hiragana, then by a synonym of 子育て within its area.
		DirectoryPage directory = new DirectoryPage(visitor);
		directory.open();
		directory.search("こそだて");
		assertThat(directory.result(name)).hasCount(1);
		assertThat(directory.resultCount()).isVisible();
		directory.filterByArea("hashimoto");
		directory.search("育児");
		assertThat(directory.result(name)).hasCount(1);
		assertThat(visitor.page()).hasURL(Pattern.compile("[?&]area=hashimoto(&|$)"));

		// Its page describes it for search engines, but keeps the staff-only address from the visitor.
		GroupPage group = directory.openGroup(name);
		assertThat(group.heading()).hasText(name);
		assertThat(group.fact(message("form.purpose"))).hasText(correctedPurpose);
		assertThat(group.contactEmail()).hasCount(0);
		assertThat(group.jsonLd()).hasCount(1);
		String jsonLd = group.jsonLd().textContent();
		Assertions.assertThat(jsonLd).contains("Organization").doesNotContain(contactEmail);
		JsonNode organization = JsonMapper.builder().build().readTree(jsonLd);
		Assertions.assertThat(organization.path("@type").asString()).isEqualTo("Organization");
		Assertions.assertThat(organization.path("name").asString()).isEqualTo(name);
		Assertions.assertThat(organization.has("email")).isFalse();
		assertThat(visitor.page().locator("body")).not().containsText(contactEmail);
	}

	@Test
	void administratorAddsSynonymsAndTheSearchUsesThemAtOnce() {
		String word = randomKatakana(7);
		Tab admin = chromium.newTab(baseUrl, "ja-JP");
		Tab visitor = chromium.newTab(baseUrl, "ja-JP");

		// A visitor's search for a made-up word finds nothing.
		DirectoryPage directory = new DirectoryPage(visitor);
		directory.open();
		directory.search(word);
		assertThat(directory.resultCount()).hasText(message("search.count", 0));
		assertThat(directory.results()).hasCount(0);

		// The administrator is refused one word alone, then makes the word a synonym of 子育て.
		SignInPage signIn = new SignInPage(admin);
		signIn.open();
		signIn.signIn(ADMIN, DEMO_PASSWORD);
		new HomePage(admin).assertCurrent();
		SynonymsPage synonyms = new SynonymsPage(admin);
		synonyms.open();
		assertThat(synonyms.row("子育て、育児")).containsText(message("synonyms.preset"));
		synonyms.add(word);
		assertThat(synonyms.fieldError("terms")).hasText(message("synonyms.tooFew", SynonymDictionary.MAX_TERMS_LENGTH));
		assertThat(synonyms.terms()).hasAttribute("aria-invalid", "true");
		assertThat(synonyms.terms()).hasValue(word);
		synonyms.assertCurrent();
		synonyms.add(word + "、子育て");
		assertThat(synonyms.notice()).hasText(message("synonyms.added"));
		synonyms.assertCurrent();
		assertThat(synonyms.row(word + "、子育て")).containsText(message("synonyms.local"));

		// The same search now finds the groups about 子育て.
		directory.search(word);
		assertThat(directory.resultCount()).not().hasText(message("search.count", 0));
		assertThat(directory.results().first()).isVisible();
	}

	private String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, Locale.JAPANESE);
	}

	private static String randomKatakana(int length) {
		StringBuilder text = new StringBuilder(length);
		ThreadLocalRandom random = ThreadLocalRandom.current();
		for (int i = 0; i < length; i++) {
			text.append(KATAKANA.charAt(random.nextInt(KATAKANA.length())));
		}
		return text.toString();
	}

	/** Katakana written in hiragana (ア → あ), as a resident types a reading. */
	private static String hiragana(String katakana) {
		StringBuilder text = new StringBuilder(katakana.length());
		katakana.codePoints().forEach(cp -> text.appendCodePoint(cp >= 0x30A1 && cp <= 0x30F6 ? cp - 0x60 : cp));
		return text.toString();
	}
}
