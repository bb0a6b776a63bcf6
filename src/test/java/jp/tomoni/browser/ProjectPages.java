package jp.tomoni.browser;

/** The pages of the register of collaboration projects: back office (list, form, project, counts) and public. */
final class ProjectPages {

	private ProjectPages() {
	}

	static TomoniPage list(Tab tab) {
		return new TomoniPage(tab, "/backoffice/projects", "page-projects") {
		};
	}

	static TomoniPage form(Tab tab) {
		return new TomoniPage(tab, "/backoffice/projects/new", "page-project-form") {
		};
	}

	static TomoniPage staffProject(Tab tab, long id) {
		return new TomoniPage(tab, "/backoffice/projects/" + id, "page-project-staff") {
		};
	}

	static TomoniPage counts(Tab tab) {
		return new TomoniPage(tab, "/backoffice/projects/counts", "page-project-counts") {
		};
	}

	static TomoniPage register(Tab tab) {
		return new TomoniPage(tab, "/projects", "page-project-register") {
		};
	}

	static TomoniPage project(Tab tab, long id) {
		return new TomoniPage(tab, "/projects/" + id, "page-project") {
		};
	}
}
