package jp.tomoni.groups;

import org.jspecify.annotations.Nullable;

/**
 * A search of the public directory; every criterion is optional.
 *
 * @param sort {@code relevance} (default when a query is typed), {@code kana} (五十音順) or {@code updated}
 * @param withFacets whether to count the facet values (the page shows them; the API does not need them)
 */
public record DirectoryQuery(@Nullable String q, @Nullable String kind, @Nullable String field, @Nullable String area,
		boolean acceptsVolunteers, @Nullable String sort, int page, int size, boolean withFacets) {

	public static final int MAX_SIZE = 100;
}
