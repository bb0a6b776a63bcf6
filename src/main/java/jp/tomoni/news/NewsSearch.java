package jp.tomoni.news;

import java.util.List;

import jakarta.persistence.EntityManager;
import jp.tomoni.municipality.Municipalities;
import jp.tomoni.search.JapaneseQuery;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches the published news and case stories with the Japanese search facility (かな, widths, synonyms,
 * readings, bigrams), for a search across the portal. Both kinds are in one query: their index fields share names.
 */
@Service
public class NewsSearch {

	/** The largest page. */
	public static final int MAX_SIZE = 100;

	private static final JapaneseQuery.Fields FIELDS = new JapaneseQuery.Fields(List.of("title", "text"),
			List.of("titleReading", "textReading"), List.of("titleNgram", "titleKana", "textNgram"));

	private final EntityManager entityManager;

	private final JapaneseQuery japaneseQuery;

	private final Municipalities municipalities;

	NewsSearch(EntityManager entityManager, JapaneseQuery japaneseQuery, Municipalities municipalities) {
		this.entityManager = entityManager;
		this.japaneseQuery = japaneseQuery;
		this.municipalities = municipalities;
	}

	/**
	 * One page of the published posts matching the query, best match first (newest first when nothing was typed).
	 *
	 * @param q what the resident typed; blank for every post
	 * @param page from 0
	 * @param size 1 to {@link #MAX_SIZE}
	 */
	@Transactional(readOnly = true)
	public NewsSearchResult search(String q, int page, int size) {
		int pageSize = Math.min(Math.max(size, 1), MAX_SIZE);
		int from = Math.min(Math.max(page, 0), 10_000 / pageSize - 1);
		String query = q == null ? "" : q;
		var result = Search.session(entityManager)
			.search(PublicPosts.both())
			.where(f -> PublicPosts.published(f, municipalities.current().code(), null, null)
				.must(japaneseQuery.matching(f, query, FIELDS)))
			.sort(f -> query.isBlank() ? f.field("date").desc().missing().last().then().field("publishedAt").desc()
					: f.score().then().field("date").desc().missing().last())
			.fetch(from * pageSize, pageSize);
		List<NewsSearchHit> hits = result.hits().stream().map(NewsSearch::hit).toList();
		return new NewsSearchResult(hits, result.total().hitCount(), from, pageSize);
	}

	static NewsSearchHit hit(Object entity) {
		if (entity instanceof NewsPost post) {
			NewsView view = post.toView();
			return new NewsSearchHit(PostType.NEWS, view.id(), view.title(), RichText.summary(view.body(), 120),
					view.publicationDate(), PostType.NEWS.url(view.id()));
		}
		StoryView view = ((CaseStory) entity).toView();
		return new NewsSearchHit(PostType.STORY, view.id(), view.title(), RichText.summary(StoryText.of(view), 120),
				view.date(), PostType.STORY.url(view.id()));
	}
}
