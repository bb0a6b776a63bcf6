package jp.tomoni.groups;

import java.util.List;

/** A group's umbrella groups and the groups that belong to it. */
public record AffiliationsView(List<GroupRef> umbrellas, List<GroupRef> members) {

	public static final AffiliationsView NONE = new AffiliationsView(List.of(), List.of());

	public boolean isEmpty() {
		return umbrellas.isEmpty() && members.isEmpty();
	}
}
