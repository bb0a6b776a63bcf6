package jp.tomoni.groups;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One page of the directory with the counts of each facet value among all the matches.
 *
 * @param next in 五十音順, the cursor of the page after this one ({@code after}), or {@code null} on the last page
 * @param facets facet name ({@code kind}, {@code field}, {@code area}, {@code volunteers}) → value → count
 */
public record DirectoryResult(List<GroupSummary> items, long total, int page, int size,
		Map<String, Map<String, Long>> facets, @Nullable String next) {

	public DirectoryResult(List<GroupSummary> items, long total, int page, int size,
			Map<String, Map<String, Long>> facets) {
		this(items, total, page, size, facets, null);
	}

	public int totalPages() {
		return (int) ((total + size - 1) / size);
	}
}
