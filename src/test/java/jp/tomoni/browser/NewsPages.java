package jp.tomoni.browser;

/** The public pages of news and case stories, and the editors' news form. */
final class NewsPages {

	private NewsPages() {
	}

	static TomoniPage newsList(Tab tab) {
		return new TomoniPage(tab, "/news", "page-news-list") {
		};
	}

	static TomoniPage newsPost(Tab tab) {
		return new TomoniPage(tab, "/news", "page-news-post") {
		};
	}

	static TomoniPage storyList(Tab tab) {
		return new TomoniPage(tab, "/stories", "page-story-list") {
		};
	}

	static TomoniPage story(Tab tab) {
		return new TomoniPage(tab, "/stories", "page-story") {
		};
	}

	static TomoniPage newsForm(Tab tab) {
		return new TomoniPage(tab, "/backoffice/news/new", "page-news-editor-form") {
		};
	}
}
