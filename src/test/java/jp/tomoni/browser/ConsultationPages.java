package jp.tomoni.browser;

/** The consultation log's pages in the back office. */
final class ConsultationPages {

	private ConsultationPages() {
	}

	static TomoniPage list(Tab tab) {
		return new TomoniPage(tab, "/backoffice/consultations", "page-consultations") {
		};
	}

	static TomoniPage form(Tab tab) {
		return new TomoniPage(tab, "/backoffice/consultations/new", "page-consultation-form") {
		};
	}

	static TomoniPage record(Tab tab) {
		return new TomoniPage(tab, "/backoffice/consultations", "page-consultation") {
		};
	}

	static TomoniPage stats(Tab tab) {
		return new TomoniPage(tab, "/backoffice/consultations/stats", "page-consultation-stats") {
		};
	}
}
