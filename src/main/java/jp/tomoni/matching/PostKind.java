package jp.tomoni.matching;

import java.util.Set;

/**
 * What is needed or offered. Each maps to the categories the group directory keeps of what groups offer and seek, so
 * that groups can be suggested by them.
 */
enum PostKind {

	PEOPLE(Set.of(), Set.of("members", "volunteers")),
	SKILLS(Set.of("skills"), Set.of("volunteers")),
	GOODS(Set.of("equipment"), Set.of()),
	PLACE(Set.of("places"), Set.of()),
	MONEY(Set.of(), Set.of("funds")),
	PARTNER(Set.of(), Set.of("partners"));

	/** What a group offers that answers this need. */
	final Set<String> groupOffers;

	/** What a group seeks that this offer answers. */
	final Set<String> groupSeeks;

	PostKind(Set<String> groupOffers, Set<String> groupSeeks) {
		this.groupOffers = groupOffers;
		this.groupSeeks = groupSeeks;
	}

	public String messageKey() {
		return "matching.kind." + name();
	}
}
