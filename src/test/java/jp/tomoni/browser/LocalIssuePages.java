package jp.tomoni.browser;

/** The pages of local issues: posting, the poster's list, an issue's page and its back-office page. */
final class LocalIssuePages {

	private LocalIssuePages() {
	}

	static TomoniPage form(Tab tab) {
		return new TomoniPage(tab, "/account/issues/new", "page-issue-form") {
		};
	}

	static TomoniPage mine(Tab tab) {
		return new TomoniPage(tab, "/account/issues", "page-my-issues") {
		};
	}

	static TomoniPage issue(Tab tab, long id) {
		return new TomoniPage(tab, "/issues/" + id, "page-issue") {
		};
	}

	static TomoniPage triage(Tab tab, long id) {
		return new TomoniPage(tab, "/backoffice/issues/" + id, "page-issue-triage") {
		};
	}

	static TomoniPage queue(Tab tab) {
		return new TomoniPage(tab, "/backoffice/issues", "page-issue-queue") {
		};
	}
}
