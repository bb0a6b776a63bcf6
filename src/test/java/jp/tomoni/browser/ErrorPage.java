package jp.tomoni.browser;

/** The friendly error page of one status ({@code page-error.403}, {@code page-error.404}) shown at a path. */
final class ErrorPage extends TomoniPage {

	ErrorPage(Tab tab, String path, int status) {
		super(tab, path, "page-error." + status);
	}
}
