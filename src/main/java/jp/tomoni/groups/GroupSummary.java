package jp.tomoni.groups;

import java.time.Instant;
import java.util.List;

/** A group in a list, a search result or the API: public fields only. */
public record GroupSummary(long id, String name, String nameKana, String kind, List<String> fields, List<String> areas,
		String summary, Instant updatedAt, GroupStatus status) {
}
