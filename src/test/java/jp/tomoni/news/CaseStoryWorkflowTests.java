package jp.tomoni.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jp.tomoni.shared.Role;
import org.junit.jupiter.api.Test;

/** The case story's state machine: every allowed transition, and the forbidden ones and roles refused. */
class CaseStoryWorkflowTests {

	private static final Instant NOW = Instant.parse("2026-06-01T01:00:00Z");

	private static final Actor REPORTER = new Actor(1, "記者 健太", EnumSet.of(Role.CITIZEN, Role.REPORTER));

	private static final Actor OTHER_REPORTER = new Actor(2, "別の記者", EnumSet.of(Role.CITIZEN, Role.REPORTER));

	private static final Actor EDITOR = new Actor(3, "コーディネーター", EnumSet.of(Role.CITIZEN, Role.COORDINATOR));

	private static final Actor REVIEWER = new Actor(4, "審査委員", EnumSet.of(Role.CITIZEN, Role.REVIEWER));

	private static final Actor CITIZEN = new Actor(5, "市民", EnumSet.of(Role.CITIZEN));

	static StoryContent complete() {
		return new StoryContent("学びの広場", "マナビノヒロバ", "子育てひろばと学生ネット", "宿題を手伝いました。", "85人が参加。", "役割分担。",
				"人手不足。", "日程を早めに。", Set.of("13"), Set.of("minami"), Set.of());
	}

	static StoryContent titleOnly() {
		return new StoryContent("書きかけ", null, null, null, null, null, null, null, Set.of(), Set.of(), Set.of());
	}

	private static CaseStory submitted() {
		CaseStory story = CaseStory.draft("141500", REPORTER, complete(), NOW);
		story.submit(REPORTER, NOW);
		return story;
	}

	private static String code(Runnable action) {
		try {
			action.run();
		}
		catch (NewsRuleViolation violation) {
			return violation.code();
		}
		throw new AssertionError("not refused");
	}

	@Test
	void aReporterWritesADraftAndSubmitsIt() {
		CaseStory story = CaseStory.draft("141500", REPORTER, complete(), NOW);
		assertThat(story.status()).isEqualTo(StoryStatus.DRAFT);
		story.submit(REPORTER, NOW);
		assertThat(story.status()).isEqualTo(StoryStatus.SUBMITTED);
		assertThat(story.toView().submittedAt()).isEqualTo(NOW);
	}

	@Test
	void onlyReportersWriteStories() {
		assertThat(code(() -> CaseStory.draft("141500", CITIZEN, complete(), NOW))).isEqualTo("story.role.reporterOnly");
		assertThat(code(() -> CaseStory.draft("141500", EDITOR, complete(), NOW))).isEqualTo("story.role.reporterOnly");
	}

	@Test
	void cityStaffAndAdministratorsWriteTheStoriesTheyStartFromProjectsButCoordinatorsDoNot() {
		Actor staff = new Actor(6, "協働推進課", EnumSet.of(Role.CITIZEN, Role.CITY_STAFF));
		CaseStory story = CaseStory.seeded("141500", staff, titleOnly(), NOW);
		assertThat(story.status()).isEqualTo(StoryStatus.DRAFT);
		assertThat(story.isAuthor(6)).isTrue();
		story.revise(staff, complete(), NOW);
		story.submit(staff, NOW);
		assertThat(story.status()).isEqualTo(StoryStatus.SUBMITTED);
		assertThat(code(() -> story.withdraw(new Actor(7, "他の職員", EnumSet.of(Role.CITY_STAFF)), NOW)))
			.isEqualTo("story.role.authorOnly");
		CaseStory.seeded("141500", new Actor(8, "管理", EnumSet.of(Role.ADMIN)), titleOnly(), NOW);
		assertThat(code(() -> CaseStory.seeded("141500", EDITOR, titleOnly(), NOW))).isEqualTo("story.role.writerOnly");
		assertThat(code(() -> CaseStory.seeded("141500", REVIEWER, titleOnly(), NOW)))
			.isEqualTo("story.role.writerOnly");
		// a blank story is still the reporters'
		assertThat(code(() -> CaseStory.draft("141500", staff, titleOnly(), NOW))).isEqualTo("story.role.reporterOnly");
	}

	@Test
	void aDraftWithAnEmptySectionIsNotSubmittedAndTheFieldIsNamed() {
		CaseStory story = CaseStory.draft("141500", REPORTER, titleOnly(), NOW);
		assertThatThrownBy(() -> story.submit(REPORTER, NOW)).isInstanceOfSatisfying(NewsRuleViolation.class,
				violation -> {
					assertThat(violation.code()).isEqualTo("story.section.required");
					assertThat(violation.field()).isEqualTo("partners");
				});
		assertThat(story.status()).isEqualTo(StoryStatus.DRAFT);
		assertThat(titleOnly().missingSections()).containsExactly("partners", "whatWasDone", "effect", "wentWell",
				"difficulties", "improvements");
	}

	@Test
	void anEditorAsksForChangesThenTheReporterRevisesAndResubmitsAndTheEditorPublishes() {
		CaseStory story = submitted();
		story.requestChanges(EDITOR, "成果の数字を入れてください。", NOW);
		assertThat(story.status()).isEqualTo(StoryStatus.CHANGES_REQUESTED);
		assertThat(story.toView().editorComment()).isEqualTo("成果の数字を入れてください。");
		story.revise(REPORTER, complete(), NOW);
		story.submit(REPORTER, NOW.plusSeconds(60));
		assertThat(story.status()).isEqualTo(StoryStatus.SUBMITTED);
		story.publish(EDITOR, NOW.plusSeconds(120));
		assertThat(story.status()).isEqualTo(StoryStatus.PUBLISHED);
		assertThat(story.isPublic()).isTrue();
		assertThat(story.toView().publishedAt()).isEqualTo(NOW.plusSeconds(120));
	}

	@Test
	void askingForChangesNeedsAComment() {
		CaseStory story = submitted();
		assertThat(code(() -> story.requestChanges(EDITOR, "  ", NOW))).isEqualTo("story.comment.required");
		assertThat(code(() -> story.requestChanges(EDITOR, "あ".repeat(2001), NOW))).isEqualTo("story.comment.tooLong");
		assertThat(story.status()).isEqualTo(StoryStatus.SUBMITTED);
	}

	@Test
	void onlyEditorsReview() {
		CaseStory story = submitted();
		assertThat(code(() -> story.publish(REPORTER, NOW))).isEqualTo("story.role.editorOnly");
		assertThat(code(() -> story.publish(REVIEWER, NOW))).isEqualTo("story.role.editorOnly");
		assertThat(code(() -> story.requestChanges(CITIZEN, "直して", NOW))).isEqualTo("story.role.editorOnly");
		assertThat(story.status()).isEqualTo(StoryStatus.SUBMITTED);
	}

	@Test
	void onlyTheAuthorRevisesSubmitsAndWithdraws() {
		CaseStory story = CaseStory.draft("141500", REPORTER, complete(), NOW);
		assertThat(code(() -> story.revise(OTHER_REPORTER, complete(), NOW))).isEqualTo("story.role.authorOnly");
		assertThat(code(() -> story.submit(OTHER_REPORTER, NOW))).isEqualTo("story.role.authorOnly");
		assertThat(code(() -> story.withdraw(EDITOR, NOW))).isEqualTo("story.role.authorOnly");
		assertThat(story.status()).isEqualTo(StoryStatus.DRAFT);
	}

	@Test
	void forbiddenTransitionsAreRefused() {
		CaseStory draft = CaseStory.draft("141500", REPORTER, complete(), NOW);
		assertThat(code(() -> draft.publish(EDITOR, NOW))).isEqualTo("story.transition.notSubmitted");
		assertThat(code(() -> draft.requestChanges(EDITOR, "直して", NOW))).isEqualTo("story.transition.notSubmitted");

		CaseStory inReview = submitted();
		assertThat(code(() -> inReview.revise(REPORTER, complete(), NOW))).isEqualTo("story.transition.notEditable");
		assertThat(code(() -> inReview.submit(REPORTER, NOW))).isEqualTo("story.transition.notSubmittable");

		CaseStory published = submitted();
		published.publish(EDITOR, NOW);
		assertThat(code(() -> published.publish(EDITOR, NOW))).isEqualTo("story.transition.notSubmitted");
		assertThat(code(() -> published.withdraw(REPORTER, NOW))).isEqualTo("story.transition.notWithdrawable");
		assertThat(code(() -> published.revise(REPORTER, complete(), NOW))).isEqualTo("story.transition.notEditable");
		assertThat(published.status()).isEqualTo(StoryStatus.PUBLISHED);
	}

	@Test
	void theAuthorWithdrawsBeforePublicationAndNothingFollows() {
		CaseStory story = submitted();
		story.withdraw(REPORTER, NOW);
		assertThat(story.status()).isEqualTo(StoryStatus.WITHDRAWN);
		assertThat(code(() -> story.withdraw(REPORTER, NOW))).isEqualTo("story.transition.notWithdrawable");
		assertThat(code(() -> story.submit(REPORTER, NOW))).isEqualTo("story.transition.notSubmittable");
		assertThat(code(() -> story.publish(EDITOR, NOW))).isEqualTo("story.transition.notSubmitted");
	}

	@Test
	void aNewsPostIsPublishedUnpublishedAndPublishedAgainKeepingItsFirstPublication() {
		NewsPost post = NewsPost.draft("141500", 3, new NewsContent("お知らせ", null, "本文", java.time.LocalDate.of(2026, 6, 1),
				Set.of(), Set.of(), Set.of()), NOW);
		assertThat(code(() -> post.unpublish(NOW))).isEqualTo("news.post.notPublished");
		post.publish(NOW);
		assertThat(code(() -> post.publish(NOW))).isEqualTo("news.post.alreadyPublished");
		post.unpublish(NOW.plusSeconds(10));
		assertThat(post.isPublic()).isFalse();
		post.publish(NOW.plusSeconds(20));
		assertThat(post.toView().publishedAt()).isEqualTo(NOW);
	}
}
