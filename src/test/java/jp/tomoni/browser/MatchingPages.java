package jp.tomoni.browser;

/** The pages of the talent bank and of needs and offers. */
final class MatchingPages {

	private MatchingPages() {
	}

	static TomoniPage myTalent(Tab tab) {
		return new TomoniPage(tab, "/account/talent", "page-my-talent") {
		};
	}

	static TomoniPage newNeed(Tab tab) {
		return new TomoniPage(tab, "/matching/posts/new?side=NEED", "page-match-post-form") {
		};
	}

	static TomoniPage post(Tab tab) {
		return new TomoniPage(tab, "/matching", "page-match-post") {
		};
	}

	static TomoniPage interest(Tab tab) {
		return new TomoniPage(tab, "/matching/interests", "page-match-interest") {
		};
	}

	static TomoniPage notices(Tab tab) {
		return new TomoniPage(tab, "/account/notices", "page-notices") {
		};
	}

	static TomoniPage coordinators(Tab tab) {
		return new TomoniPage(tab, "/backoffice/matching", "page-matching-backoffice") {
		};
	}

	static TomoniPage list(Tab tab) {
		return new TomoniPage(tab, "/matching", "page-matching") {
		};
	}
}
