package jp.tomoni.news;

import java.util.List;

/** One page of {@link NewsSearch} hits, with the total number of matches. */
public record NewsSearchResult(List<NewsSearchHit> hits, long total, int page, int size) {
}
