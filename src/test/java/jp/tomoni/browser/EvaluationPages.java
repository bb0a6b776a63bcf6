package jp.tomoni.browser;

/** The pages of a project's agreement and evaluation: back office, recording, and public. */
final class EvaluationPages {

	private EvaluationPages() {
	}

	static TomoniPage agreement(Tab tab, long id) {
		return new TomoniPage(tab, "/backoffice/projects/" + id + "/agreement", "page-agreement") {
		};
	}

	static TomoniPage record(Tab tab, long id) {
		return new TomoniPage(tab, "/account/projects/" + id + "/evaluation", "page-evaluation-record") {
		};
	}

	static TomoniPage party(Tab tab, long id, int index) {
		return new TomoniPage(tab, "/account/projects/" + id + "/evaluation/parties/" + index,
				"page-evaluation-party") {
		};
	}

	static TomoniPage committee(Tab tab, long id) {
		return new TomoniPage(tab, "/account/projects/" + id + "/evaluation/committee", "page-evaluation-committee") {
		};
	}

	static TomoniPage published(Tab tab, long id) {
		return new TomoniPage(tab, "/projects/" + id + "/evaluation", "page-evaluation") {
		};
	}
}
