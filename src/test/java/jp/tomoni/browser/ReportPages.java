package jp.tomoni.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.jspecify.annotations.Nullable;

/**
 * The pages of a project's reports (decision 0072): the list and form for the parties, a report's page, the public
 * report; and {@link #file}, which files a report on a project as the person signed in on a tab, for any browser
 * test that needs a project with reports.
 */
final class ReportPages {

	private ReportPages() {
	}

	static TomoniPage list(Tab tab, long projectId) {
		return new TomoniPage(tab, "/account/projects/" + projectId + "/reports", "page-reports") {
		};
	}

	/** The form of a new report of this kind ({@code PROGRESS} or {@code FINAL}). */
	static TomoniPage form(Tab tab, long projectId, String kind) {
		return new TomoniPage(tab, "/account/projects/" + projectId + "/reports/new?kind=" + kind, "page-report-form") {
		};
	}

	/** A report's page for the parties; its address holds the report's id, so it is only checked, not opened. */
	static TomoniPage record(Tab tab, long projectId) {
		return new TomoniPage(tab, "/account/projects/" + projectId + "/reports", "page-report-record") {
		};
	}

	static TomoniPage published(Tab tab, long projectId, int number) {
		return new TomoniPage(tab, "/projects/" + projectId + "/reports/" + number, "page-report") {
		};
	}

	/**
	 * What a report says, for {@link #file}: every milestone of the plan gets {@code milestoneStatus}, every indicator
	 * {@code achieved}; {@code outcome} and {@code nextSteps} are used by a final report only.
	 *
	 * @param party the value of the party to file for ({@code group:<id>}, {@code city}, ...); {@code null} for the
	 * first one offered
	 * @param periodFrom as yyyy-MM-dd, within the project's period
	 */
	record Filing(String kind, @Nullable String party, String periodFrom, String periodTo, String milestoneStatus,
			String achieved, String done, String issues, String outcome, String nextSteps) {

		static Filing progress(String periodFrom, String periodTo) {
			return new Filing("PROGRESS", null, periodFrom, periodTo, "IN_PROGRESS", "半分ほど達成",
					"計画どおりに活動を続けた。", "参加者の集まりに波がある。", "", "");
		}

		static Filing finalReport(String periodFrom, String periodTo) {
			return new Filing("FINAL", null, periodFrom, periodTo, "DONE", "目標を達成", "計画した活動をすべて行った。", "",
					"地域に活動が根づいた。", "団体が自主事業として続ける。");
		}

		Filing party(String value) {
			return new Filing(kind, value, periodFrom, periodTo, milestoneStatus, achieved, done, issues, outcome,
					nextSteps);
		}

		Filing done(String text) {
			return new Filing(kind, party, periodFrom, periodTo, milestoneStatus, achieved, text, issues, outcome,
					nextSteps);
		}

		Filing outcome(String text) {
			return new Filing(kind, party, periodFrom, periodTo, milestoneStatus, achieved, done, issues, text,
					nextSteps);
		}
	}

	/**
	 * Files (submits) a report on a project as the person signed in on the tab: opens the project's reports, follows
	 * the link to write one of the filing's kind, chooses the party, fills every line of the plan and the texts,
	 * submits, and checks the report's page says it was submitted. Every page is scanned with axe-core.
	 *
	 * @return the report's page, now shown
	 */
	static TomoniPage file(Tab tab, long projectId, Filing filing) {
		TomoniPage list = list(tab, projectId);
		list.open();
		tab.page().locator("PROGRESS".equals(filing.kind()) ? "#new-progress-report" : "#new-final-report").click();
		TomoniPage form = form(tab, projectId, filing.kind());
		form.assertCurrent();
		if (filing.party() != null) {
			form.field("party").selectOption(filing.party());
		}
		form.field("periodFrom").fill(filing.periodFrom());
		form.field("periodTo").fill(filing.periodTo());
		int milestones = tab.page().locator("main select[name^=milestoneStatuses]").count();
		for (int i = 0; i < milestones; i++) {
			form.field("milestoneStatuses[" + i + "]").selectOption(filing.milestoneStatus());
		}
		int indicators = tab.page().locator("main input[name^=indicatorValues]").count();
		for (int i = 0; i < indicators; i++) {
			form.field("indicatorValues[" + i + "]").fill(filing.achieved());
		}
		form.field("done").fill(filing.done());
		form.field("issues").fill(filing.issues());
		if ("FINAL".equals(filing.kind())) {
			form.field("outcome").fill(filing.outcome());
			form.field("nextSteps").fill(filing.nextSteps());
		}
		tab.page().locator("#submit-report").click();
		TomoniPage record = record(tab, projectId);
		record.assertCurrent();
		assertThat(record.notice()).isVisible();
		assertThat(tab.page().locator("#public-report")).isVisible();
		return record;
	}
}
