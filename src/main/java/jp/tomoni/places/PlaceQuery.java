package jp.tomoni.places;

import org.jspecify.annotations.Nullable;

/** A search of the published places: words (Japanese search), kind and area; pages from 0. */
record PlaceQuery(@Nullable String q, @Nullable String kind, @Nullable String area, int page, int size) {

	static final int MAX_SIZE = 100;
}
