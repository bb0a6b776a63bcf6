package jp.tomoni.news;

import java.util.Set;

import jp.tomoni.shared.Role;

/**
 * Who asks for a change of a post: their account and roles. The aggregate checks them, so a forbidden role is
 * refused whatever page the request came from.
 */
record Actor(long accountId, String displayName, Set<Role> roles) {

	static final Set<Role> EDITORS = Set.of(Role.COORDINATOR, Role.CITY_STAFF, Role.ADMIN);

	/**
	 * Who may write case stories: reporters, and city staff and administrators, who start them from finished projects
	 * (decision 0073).
	 */
	static final Set<Role> WRITERS = Set.of(Role.REPORTER, Role.CITY_STAFF, Role.ADMIN);

	boolean isEditor() {
		return roles.stream().anyMatch(EDITORS::contains);
	}

	boolean isReporter() {
		return roles.contains(Role.REPORTER);
	}

	boolean isWriter() {
		return roles.stream().anyMatch(WRITERS::contains);
	}
}
