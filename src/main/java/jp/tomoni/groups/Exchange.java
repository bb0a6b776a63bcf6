package jp.tomoni.groups;

import java.util.List;

/**
 * What a group offers (skills, equipment, places) and what it seeks (members, volunteers, partners, funds): the
 * categories of the directory's facets, next to the free text that says more. Stable codes; the labels are in the
 * message bundles ({@code exchange.offer.CODE}, {@code exchange.seek.CODE}).
 */
final class Exchange {

	static final List<String> OFFERS = List.of("skills", "equipment", "places");

	static final List<String> SEEKS = List.of("members", "volunteers", "partners", "funds");

	private Exchange() {
	}
}
