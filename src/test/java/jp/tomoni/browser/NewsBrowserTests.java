package jp.tomoni.browser;

import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.Page;
import jp.tomoni.groups.GroupDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case story's way to publication in a browser: a reporter writes and submits it (and is told which section is
 * missing), an editor asks for changes, the reporter revises and resubmits, the editor publishes, and it shows on the
 * tagged group's page, in /stories and in the Atom feed. Every page on the way is scanned with axe-core, with the
 * news list, a news page and the editors' news form.
 */
class NewsBrowserTests extends BrowserTest {

	static final String REPORTER = "reporter@example.jp";

	@Autowired
	GroupDirectory directory;

	@Test
	void aReportersStoryGoesThroughReviewToTheGroupPageAndTheFeed() {
		String title = "日本語教室の協働" + randomLetters("アイウエオカキクケコサシスセソ", 5);
		long groupId = directory.publicProfiles()
			.stream()
			.filter(profile -> profile.summary().name().equals("国際交流ラウンジさがみ"))
			.findFirst()
			.orElseThrow()
			.summary()
			.id();
		Tab reporter = chromium.newTab(baseUrl, "ja-JP");
		Tab editor = chromium.newTab(baseUrl, "ja-JP");
		Tab visitor = chromium.newTab(baseUrl, "ja-JP");

		// The reporter writes the story, forgetting one section.
		signIn(reporter, REPORTER);
		MyStoriesPage mine = new MyStoriesPage(reporter);
		mine.open();
		mine.startNew();
		StoryFormPage form = new StoryFormPage(reporter);
		form.assertCurrent();
		form.write(title, "", "公民館で日本語教室を開きました。", "外国人住民30人が参加しました。", "通訳ボランティアの協力。", "会場の確保。", "土曜日にも開く。");
		form.tagField("11");
		form.findGroups("国際交流");
		form.assertCurrent();
		form.chooseGroup(groupId);
		form.submit();
		assertThat(form.fieldError("partners")).containsText(message("story.section.required", "協働の相手(だれとだれが)"));
		assertThat(form.field("partners")).hasAttribute("aria-invalid", "true");
		form.assertCurrent();
		assertThat(form.groupChoice(groupId)).isChecked();
		form.field("partners").fill("国際交流ラウンジさがみ と 市の国際課");
		form.submit();
		mine.assertCurrent();
		assertThat(mine.notice()).hasText(message("stories.mine.done.submitted"));
		assertThat(mine.status(title)).hasText(message("stories.status.SUBMITTED"));

		// The editor asks for changes.
		signIn(editor, COORDINATOR);
		TomoniPage queue = StoryReviewPage.queue(editor);
		queue.open();
		StoryReviewPage.openFromQueue(editor, title);
		StoryReviewPage review = new StoryReviewPage(editor);
		review.assertCurrent();
		review.requestChanges("参加者の声を成果に加えてください。");
		queue.assertCurrent();
		assertThat(queue.notice()).hasText(message("stories.review.done.changesRequested"));

		// The reporter sees the comment, revises and resubmits.
		mine.open();
		assertThat(mine.status(title)).hasText(message("stories.status.CHANGES_REQUESTED"));
		mine.openStory(title);
		form.assertCurrent();
		assertThat(form.editorComment()).hasText("参加者の声を成果に加えてください。");
		form.field("effect").fill("外国人住民30人が参加し、「日本語で病院に行けた」という声が届きました。");
		form.submit();
		mine.assertCurrent();
		assertThat(mine.status(title)).hasText(message("stories.status.SUBMITTED"));

		// The editor publishes it.
		queue.open();
		StoryReviewPage.openFromQueue(editor, title);
		review.assertCurrent();
		review.publish();
		queue.assertCurrent();
		assertThat(queue.notice()).hasText(message("stories.review.done.published"));

		// Visitors find it on the group's page, in the list, on its page and in the feed.
		GroupPage group = new GroupPage(visitor);
		group.open(groupId);
		assertThat(visitor.page().locator("#group-section-news")).containsText(title);
		visitor.page().locator("#group-section-news a", new Page.LocatorOptions().setHasText(title)).click();
		TomoniPage story = NewsPages.story(visitor);
		story.assertCurrent();
		assertThat(story.heading()).hasText(title);
		assertThat(visitor.page().locator("#story-effect")).containsText("日本語で病院に行けた");
		TomoniPage stories = NewsPages.storyList(visitor);
		stories.open();
		assertThat(visitor.page().locator("main .results")).containsText(title);
		String feed = visitor.page().request().get(baseUrl + "/stories.atom").text();
		assertThat(feed).contains("<title>" + title + "</title>");

		// The news list, a news page and the editors' form are accessible too.
		TomoniPage news = NewsPages.newsList(visitor);
		news.open();
		visitor.page().locator("main .results a").first().click();
		NewsPages.newsPost(visitor).assertCurrent();
		NewsPages.newsForm(editor).open();

		reporter.assertEveryPageScanned();
		editor.assertEveryPageScanned();
		visitor.assertEveryPageScanned();
	}

	private void signIn(Tab tab, String email) {
		SignInPage signIn = new SignInPage(tab);
		signIn.open();
		signIn.signIn(email, DEMO_PASSWORD);
		new HomePage(tab).assertCurrent();
	}

	private String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, java.util.Locale.JAPANESE);
	}

	private static String randomLetters(String alphabet, int length) {
		StringBuilder letters = new StringBuilder();
		for (int i = 0; i < length; i++) {
			letters.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
		}
		return letters.toString();
	}
}
