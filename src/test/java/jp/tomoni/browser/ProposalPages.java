package jp.tomoni.browser;

/** The pages of the proposal scheme: the public calls, a call's back office, its form, a proposal's draft and page. */
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
}
