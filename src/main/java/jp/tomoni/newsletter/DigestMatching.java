package jp.tomoni.newsletter;

import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Which items a subscriber receives (docs/decisions/0044): a subscriber who chose no field gets every field, one
 * who chose no area every area; an item that names no field (or no area) concerns everyone. Otherwise an item is
 * sent when it shares a field with the subscriber's fields and an area with the subscriber's areas.
 */
final class DigestMatching {

	private DigestMatching() {
	}

	static boolean matches(DigestItem item, Set<String> fields, Set<String> areas) {
		return overlaps(fields, item.fieldCodes()) && overlaps(areas, item.areaCodes());
	}

	static List<DigestItem> select(List<DigestItem> items, Set<String> fields, Set<String> areas) {
		return items.stream().filter(item -> matches(item, fields, areas)).toList();
	}

	private static boolean overlaps(Set<String> chosen, Set<String> tagged) {
		return chosen.isEmpty() || tagged.isEmpty() || !Collections.disjoint(chosen, tagged);
	}
}
