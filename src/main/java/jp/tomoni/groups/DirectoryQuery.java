package jp.tomoni.groups;

import org.jspecify.annotations.Nullable;

/**
 * A search of the public directory; every criterion is optional.
 *
 * @param offer a category of what groups offer ({@code skills}, {@code equipment}, {@code places})
 * @param seek a category of what groups seek ({@code members}, {@code volunteers}, {@code partners}, {@code funds})
 * @param after a position in 五十音順: the page holds the groups after it (a {@code next} cursor of an earlier page,
 *        or a reading such as カ for the groups from カ on); the sort is then 五十音順 and the page number is ignored
 * @param sort {@code relevance} (default when a query is typed), {@code kana} (五十音順) or {@code updated}
 * @param withFacets whether to count the facet values (the page shows them; the API does not need them)
 */
public record DirectoryQuery(@Nullable String q, @Nullable String kind, @Nullable String field, @Nullable String area,
		@Nullable String offer, @Nullable String seek, boolean acceptsVolunteers, @Nullable String sort, int page,
		int size, boolean withFacets, @Nullable String after) {

	public static final int MAX_SIZE = 100;

	/**
	 * How far page numbers reach: (page + 1) × size at most. Beyond it a page number would sort every match before
	 * it; 五十音順 pages by {@code after} instead, at the same cost at any depth (like a search server's result window).
	 */
	public static final int MAX_WINDOW = 10_000;

	/** A search from a page number (no cursor). */
	public DirectoryQuery(@Nullable String q, @Nullable String kind, @Nullable String field, @Nullable String area,
			@Nullable String offer, @Nullable String seek, boolean acceptsVolunteers, @Nullable String sort, int page,
			int size, boolean withFacets) {
		this(q, kind, field, area, offer, seek, acceptsVolunteers, sort, page, size, withFacets, null);
	}

	/** A search without the offers and seeks criteria. */
	public DirectoryQuery(@Nullable String q, @Nullable String kind, @Nullable String field, @Nullable String area,
			boolean acceptsVolunteers, @Nullable String sort, int page, int size, boolean withFacets) {
		this(q, kind, field, area, null, null, acceptsVolunteers, sort, page, size, withFacets);
	}
}
