package jp.tomoni.groups;

import java.util.List;
import java.util.Map;

/**
 * One page of the directory with the counts of each facet value among all the matches.
 *
 * @param facets facet name ({@code kind}, {@code field}, {@code area}, {@code volunteers}) → value → count
 */
public record DirectoryResult(List<GroupSummary> items, long total, int page, int size,
		Map<String, Map<String, Long>> facets) {

	public int totalPages() {
		return (int) ((total + size - 1) / size);
	}
}
