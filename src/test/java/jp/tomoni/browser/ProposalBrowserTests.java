package jp.tomoni.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

/**
 * A city-themed call from opening to a proposal of two groups together: city staff open and publish the call, a
 * group's administrator drafts a proposal with a co-proposing group, is told at submission what is missing (nothing
 * typed is lost), submits it; a visitor reads the public call (reviewers not yet named); staff see the proposal on
 * the call's back-office page. Every page is scanned with axe-core.
 */
class ProposalBrowserTests extends BrowserTest {

	@Test
	void staffOpenACallAndTwoGroupsProposeTogether() {
		String title = "公園の居場所づくり " + ThreadLocalRandom.current().nextInt(10_000, 99_999);
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));

		Tab staff = chromium.newTab(baseUrl, "ja-JP");
		TomoniPage form = ProposalPages.newCall(staff);
		form.navigate();
		SignInPage staffSignIn = new SignInPage(staff);
		staffSignIn.assertCurrent();
		staffSignIn.signIn("staff@example.jp", DEMO_PASSWORD);
		form.assertCurrent();
		ProposalPages.fillCityThemedCall(form, title, today);
		staff.page().locator("input[name=reviewers]").first().check();
		staff.page().locator("#save-call").click();
		staff.page().waitForURL("**/backoffice/proposals/calls/*");
		long call = Long.parseLong(staff.page().url().replaceAll(".*/calls/(\\d+).*", "$1"));
		TomoniPage office = ProposalPages.office(staff, call);
		office.assertCurrent();
		staff.page().locator("#publish-call").click();
		office.assertCurrent();
		assertThat(office.notice()).containsText("募集を公開しました。");

		Tab groupAdmin = chromium.newTab(baseUrl, "ja-JP");
		SignInPage groupSignIn = new SignInPage(groupAdmin);
		groupAdmin.page().navigate("/login");
		groupSignIn.assertCurrent();
		groupSignIn.signIn("group-admin@example.jp", DEMO_PASSWORD);
		new HomePage(groupAdmin).assertCurrent();
		TomoniPage callPage = ProposalPages.call(groupAdmin, call);
		callPage.open();
		groupAdmin.page().locator("#start-proposal").click();
		groupAdmin.page().waitForURL("**/account/proposals/*/edit");
		long proposal = Long.parseLong(groupAdmin.page().url().replaceAll(".*/proposals/(\\d+)/edit.*", "$1"));
		TomoniPage draft = ProposalPages.draft(groupAdmin, proposal);
		draft.assertCurrent();
		ProposalPages.fillProposal(groupAdmin, draft, "朝の公園体操と見守り", 1);
		String partner = draft.field("partnerGroupId[0]").locator("option:checked").textContent();
		groupAdmin.page().locator("#submit-proposal").click();
		draft.assertCurrent();
		assertThat(groupAdmin.page().locator("#proposal-errors"))
			.containsText("政治活動を目的としていないこと(notPolitical)を確認してください。");
		assertThat(draft.field("title")).hasValue("朝の公園体操と見守り");
		assertThat(draft.field("budgetCityShare[0]")).hasValue("150000");
		groupAdmin.page().locator("#notPolitical").check();
		groupAdmin.page().locator("#notReligious").check();
		groupAdmin.page().locator("#notElectoral").check();
		groupAdmin.page().locator("#submit-proposal").click();
		TomoniPage submitted = ProposalPages.proposal(groupAdmin, proposal);
		groupAdmin.page().waitForURL("**/account/proposals/" + proposal);
		submitted.assertCurrent();
		assertThat(submitted.notice()).containsText("提案を提出しました。");
		assertThat(groupAdmin.page().locator("#proposal-status")).hasText("提出済み");
		assertThat(groupAdmin.page().locator("#proposal-roles")).containsText(partner);
		assertThat(groupAdmin.page().locator("#edit-proposal")).hasCount(0);

		Tab visitor = chromium.newTab(baseUrl, "ja-JP");
		TomoniPage list = ProposalPages.calls(visitor);
		list.open();
		assertThat(visitor.page().locator("#calls tr[data-call-id='" + call + "'] .status")).hasText("募集中");
		TomoniPage publicCall = ProposalPages.call(visitor, call);
		publicCall.open();
		assertThat(visitor.page().locator("#call-department")).hasText("都市建設局 公園課");
		// Fuchu's four items of nature (other tests of the shared database may add more to the list).
		for (String item : new String[] { "きめ細やかで柔軟な対応が求められる事業", "専門性・先駆性が求められる事業",
				"広く市民等が参加することが求められる事業", "地域の実情に合わせて実施することが必要な事業" }) {
			assertThat(visitor.page().locator("#call-nature")).containsText(item);
		}
		assertThat(visitor.page().locator("#call-reviewers-hidden")).isVisible();
		assertThat(visitor.page().locator("#start-proposal")).hasCount(0);

		office.open();
		assertThat(staff.page().locator("#proposals tr[data-proposal-id='" + proposal + "']")).containsText(partner);
	}
}
