package jp.tomoni.places;

import java.util.List;

/** A page of places found, with the number of all matches. */
record PlaceSearchResult(List<PlaceDetail> items, long total, int page, int size) {

	public int pages() {
		return size == 0 ? 0 : (int) ((total + size - 1) / size);
	}
}
