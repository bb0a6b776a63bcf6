package jp.tomoni.news;

import java.util.Set;

import jp.tomoni.shared.Role;

/**
 * Who asks for a change of a post: their account and roles. The aggregate checks them, so a forbidden role is
 * refused whatever page the request came from.
 */
record Actor(long accountId, String displayName, Set<Role> roles) {

	static final Set<Role> EDITORS = Set.of(Role.COORDINATOR, Role.CITY_STAFF, Role.ADMIN);

	boolean isEditor() {
		return roles.stream().anyMatch(EDITORS::contains);
	}

	boolean isReporter() {
		return roles.contains(Role.REPORTER);
	}
}
