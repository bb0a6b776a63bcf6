package jp.tomoni.browser;

/** The back office's start page: {@code /backoffice}, for staff roles only. */
final class BackOfficePage extends TomoniPage {

	BackOfficePage(Tab tab) {
		super(tab, "/backoffice", "page-backoffice");
	}
}
