package jp.tomoni.news;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jp.tomoni.newsletter.DigestItem;
import jp.tomoni.newsletter.DigestSource;
import jp.tomoni.search.SearchSource;
import org.springframework.stereotype.Component;

/** Where news and case stories appear outside their own pages: the site-wide search and the weekly newsletter. */
final class NewsHubSources {

	private NewsHubSources() {
	}

	/**
	 * News and case stories in the search box of every page, as one kind: they share one index and one ranking
	 * ({@link NewsSearch}), and a resident looking for what came of a collaboration wants both.
	 */
	@Component
	static class Search implements SearchSource {

		private final NewsSearch search;

		Search(NewsSearch search) {
			this.search = search;
		}

		@Override
		public String type() {
			return "news";
		}

		@Override
		public int order() {
			return 40;
		}

		@Override
		public Page search(String query, int page, int size) {
			NewsSearchResult result = search.search(query, page, Math.max(size, 1));
			return new Page(result.total(),
					result.hits()
						.stream()
						.limit(size)
						.map(hit -> new Hit(hit.type().name().toLowerCase(java.util.Locale.ROOT) + "-" + hit.id(),
								hit.title(), hit.snippet(), hit.url(), hit.date(), null))
						.toList());
		}
	}

	/** The week's published news and case stories in the weekly newsletter. */
	@Component
	static class Digest implements DigestSource {

		private final Posts posts;

		Digest(Posts posts) {
			this.posts = posts;
		}

		@Override
		public List<DigestItem> itemsBetween(Instant from, Instant to) {
			return posts.publishedBetween(from, to)
				.stream()
				.map(post -> new DigestItem(
						post.type() == PostType.NEWS ? "newsletter.type.news" : "newsletter.type.story", post.title(),
						post.url(), post.date(), Set.copyOf(post.fieldCodes()), Set.copyOf(post.areaCodes()),
						post.summary()))
				.toList();
		}
	}
}
