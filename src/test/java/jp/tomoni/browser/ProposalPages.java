package jp.tomoni.browser;

import java.time.LocalDate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.SelectOption;

/**
 * The pages of the proposal scheme: the public calls, a call's back office, its form, a proposal's draft and page;
 * and the filling shared by the browser tests that walk a call: a city-themed call's form, a proposal's content.
 */
final class ProposalPages {

	private ProposalPages() {
	}

	static TomoniPage calls(Tab tab) {
		return new TomoniPage(tab, "/proposals", "page-proposal-calls") {
		};
	}

	static TomoniPage call(Tab tab, long id) {
		return new TomoniPage(tab, "/proposals/calls/" + id, "page-proposal-call") {
		};
	}

	static TomoniPage newCall(Tab tab) {
		return new TomoniPage(tab, "/backoffice/proposals/calls/new", "page-call-form") {
		};
	}

	static TomoniPage office(Tab tab, long id) {
		return new TomoniPage(tab, "/backoffice/proposals/calls/" + id, "page-office-call") {
		};
	}

	static TomoniPage draft(Tab tab, long id) {
		return new TomoniPage(tab, "/account/proposals/" + id + "/edit", "page-proposal-form") {
		};
	}

	static TomoniPage proposal(Tab tab, long id) {
		return new TomoniPage(tab, "/account/proposals/" + id, "page-proposal") {
		};
	}

	static TomoniPage review(Tab tab, long proposal) {
		return new TomoniPage(tab, "/review/proposals/" + proposal, "page-review-proposal") {
		};
	}

	static TomoniPage reviewCall(Tab tab, long call) {
		return new TomoniPage(tab, "/review/calls/" + call, "page-review-call") {
		};
	}

	static TomoniPage reviewCalls(Tab tab) {
		return new TomoniPage(tab, "/review", "page-review-calls") {
		};
	}

	static TomoniPage officeProposal(Tab tab, long id) {
		return new TomoniPage(tab, "/backoffice/proposals/proposals/" + id, "page-proposal") {
		};
	}

	static TomoniPage publicProposal(Tab tab, long call, long id) {
		return new TomoniPage(tab, "/proposals/calls/" + call + "/proposals/" + id, "page-public-proposal") {
		};
	}

	/**
	 * Fills a city-themed call's form (parks department, the schedule from today: consultation 5 days, deadline in 10,
	 * review 11–20, decision 25); the reviewers are left to the test.
	 */
	static void fillCityThemedCall(TomoniPage form, String title, LocalDate today) {
		form.field("title").fill(title);
		form.field("departmentCode").selectOption(new SelectOption().setValue("parks"));
		form.field("theme").fill("公園を地域の居場所に");
		form.field("problem").fill("平日の公園に高齢者の居場所が足りない。");
		form.field("budgetCeiling").fill("1000000");
		form.field("consultationFrom").fill(today.toString());
		form.field("consultationTo").fill(today.plusDays(5).toString());
		form.field("submissionDeadline").fill(today.plusDays(10) + "T17:00");
		form.field("reviewFrom").fill(today.plusDays(11).toString());
		form.field("reviewTo").fill(today.plusDays(20).toString());
		form.field("decisionDate").fill(today.plusDays(25).toString());
		form.field("eligibility").fill("市内で活動する団体");
	}

	/**
	 * Fills a draft's content: the problem, plan, roles, one line each of schedule, budget and indicators, and every
	 * checklist item answered yes; with a co-proposer (the option at {@code partnerIndex}, 0 for none). The exclusions
	 * are left to the test.
	 */
	static void fillProposal(Tab tab, TomoniPage draft, String title, int partnerIndex) {
		draft.field("title").fill(title);
		draft.field("problem").fill("一人暮らしの高齢者が外出する機会が少ない。");
		draft.field("plan").fill("毎週水曜の朝、公園で体操をして見守りにつなげる。");
		if (partnerIndex > 0) {
			draft.field("partnerGroupId[0]").selectOption(new SelectOption().setIndex(partnerIndex));
			draft.field("partnerRole[0]").fill("見守りの記録と報告");
		}
		draft.field("groupRole").fill("体操の指導と呼びかけ");
		draft.field("cityRole").fill("公園の使用の調整と広報");
		draft.field("schedulePeriod[0]").fill("6月〜翌3月");
		draft.field("scheduleActivity[0]").fill("毎週の体操");
		draft.field("budgetItem[0]").fill("講師謝礼");
		draft.field("budgetAmount[0]").fill("200000");
		draft.field("budgetProposerShare[0]").fill("50000");
		draft.field("budgetCityShare[0]").fill("150000");
		draft.field("expectedEffects").fill("高齢者の外出が増える。");
		draft.field("indicatorWhat[0]").fill("延べ参加者数");
		draft.field("indicatorTarget[0]").fill("1,000人");
		Locator yes = tab.page().locator("#answers input[type=radio][value=yes]");
		for (int i = 0; i < yes.count(); i++) {
			yes.nth(i).check();
			draft.field("explanation[" + i + "]").fill("地域の実情に合わせるため。");
		}
	}

	/** Ticks the three exclusions (not political, religious or electoral). */
	static void confirmExclusions(Tab tab) {
		tab.page().locator("#notPolitical").check();
		tab.page().locator("#notReligious").check();
		tab.page().locator("#notElectoral").check();
	}
}
