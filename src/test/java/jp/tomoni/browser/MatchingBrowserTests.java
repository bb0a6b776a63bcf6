package jp.tomoni.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

/**
 * つなぐ, end to end: a resident registers in the talent bank; a group's administrator posts a need for the group and
 * sees the resident among the suggestions with the reasons; they press 関心あり, the resident is told and answers; only
 * then each sees the other's contact; the coordinator records the introduction. Every page is scanned with axe-core.
 */
class MatchingBrowserTests extends BrowserTest {

	private static final String GROUP_ADMIN = "group-admin@example.jp";

	/** Signs in on the sign-in page the protected page led to (scanned too). */
	private static void signIn(Tab tab, String email) {
		SignInPage signIn = new SignInPage(tab);
		signIn.assertCurrent();
		signIn.signIn(email, DEMO_PASSWORD);
	}

	@Test
	void aGroupsNeedMeetsARegisteredSupporterAndTheCoordinatorRecordsTheIntroduction() {
		String word = "ミナモ" + ThreadLocalRandom.current().nextInt(1000, 9999);
		String supporterName = "撮影ボランティア" + word;

		// A resident registers what they can do, choosing to be suggested for needs.
		Tab resident = chromium.newTab(baseUrl, "ja-JP");
		TomoniPage talent = MatchingPages.myTalent(resident);
		talent.navigate();
		signIn(resident, CITIZEN);
		talent.assertCurrent();
		talent.field("displayName").fill(supporterName);
		resident.page().locator("#skillCodes-photo").check();
		talent.field("skillsText").fill(word + "の記録写真を撮れます");
		resident.page().locator("#mode-HANDS_ON").check();
		resident.page().locator("#fieldCodes-07").check();
		resident.page().locator("#areaCodes-hashimoto").check();
		resident.page().locator("#visibility-MATCHING").check();
		resident.page().locator("#save-talent").click();
		talent.assertCurrent();
		assertThat(resident.page().locator("#consent-error")).isVisible();
		resident.page().locator("#consent").check();
		resident.page().locator("#save-talent").click();
		talent.assertCurrent();
		assertThat(talent.notice()).hasText("人材バンクの登録を保存しました。");

		// A group's administrator posts a need for the group.
		Tab group = chromium.newTab(baseUrl, "ja-JP");
		TomoniPage form = MatchingPages.newNeed(group);
		form.navigate();
		signIn(group, GROUP_ADMIN);
		form.assertCurrent();
		form.field("poster").selectOption(new SelectOption().setIndex(1));
		form.field("title").fill(word + "の活動の記録写真をお願いしたい");
		form.field("description").fill("河川敷の清掃活動の様子を" + word + "の記録として撮影してくれる方を探しています。");
		group.page().locator("#kind-SKILLS").check();
		group.page().locator("#skillCodes-photo").check();
		group.page().locator("#fieldCodes-07").check();
		group.page().locator("#areaCodes-hashimoto").check();
		group.page().locator("#save-post").click();
		TomoniPage post = MatchingPages.post(group);
		post.assertCurrent();
		Locator suggestion = group.page().locator("#suggestions > li").filter(new Locator.FilterOptions()
			.setHasText(supporterName));
		assertThat(suggestion).containsText("同じスキル：写真・動画");
		assertThat(suggestion).containsText("同じ分野：環境の保全");
		assertThat(suggestion).containsText("同じ地域：橋本");
		suggestion.locator(".interest-button").click();
		TomoniPage interest = MatchingPages.interest(group);
		interest.assertCurrent();
		assertThat(group.page().locator("#interest-state")).containsText("片方だけ");
		assertThat(group.page().locator("main")).not().containsText(CITIZEN);

		// The resident is told, opens the notice and answers: now each sees the other's contact.
		resident.page().navigate("/account/notices");
		TomoniPage notices = MatchingPages.notices(resident);
		notices.assertCurrent();
		resident.page().locator(".notice-subject").first().click();
		TomoniPage answer = MatchingPages.interest(resident);
		answer.assertCurrent();
		assertThat(resident.page().locator("main")).not().containsText(GROUP_ADMIN);
		resident.page().locator("#answer-interest").click();
		answer.assertCurrent();
		assertThat(resident.page().locator("#post-side .contact")).containsText(GROUP_ADMIN);
		group.page().reload();
		interest.assertCurrent();
		assertThat(group.page().locator("#counterpart-side .contact")).containsText(CITIZEN);

		// The coordinator sees the pair and records the introduction.
		Tab coordinator = chromium.newTab(baseUrl, "ja-JP");
		TomoniPage queue = MatchingPages.coordinators(coordinator);
		queue.navigate();
		signIn(coordinator, COORDINATOR);
		queue.assertCurrent();
		coordinator.page().locator("#interests a", new Page.LocatorOptions().setHasText(word)).first().click();
		TomoniPage mediation = MatchingPages.interest(coordinator);
		mediation.assertCurrent();
		coordinator.page().locator("#note").fill("撮影日程の調整を依頼");
		coordinator.page().locator("#record-introduction").click();
		mediation.assertCurrent();
		assertThat(mediation.notice()).hasText("紹介を記録しました。双方にお知らせしました。");
		assertThat(coordinator.page().locator("#introduction")).containsText("撮影日程の調整を依頼");

		// The introduction is in the resident's talent-bank history.
		talent.open();
		assertThat(resident.page().locator("#introductions")).containsText(word + "の活動の記録写真をお願いしたい");
	}
}
