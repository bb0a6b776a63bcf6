package jp.tomoni.localissues;

import java.util.Set;

import jp.tomoni.shared.Role;

/**
 * The signed-in person acting on an issue, with their roles: the aggregate checks both its state and the actor's
 * role before each change.
 */
record Actor(long accountId, String name, Set<Role> roles) {

	/** The roles that triage issues, run calls and choose partners: coordinators, city staff, administrators. */
	static final Set<Role> TRIAGE = Set.of(Role.COORDINATOR, Role.CITY_STAFF, Role.ADMIN);

	Actor {
		roles = Set.copyOf(roles);
	}

	boolean staff() {
		return roles.stream().anyMatch(TRIAGE::contains);
	}

	boolean groupAdministrator() {
		return roles.contains(Role.GROUP_ADMIN);
	}
}
