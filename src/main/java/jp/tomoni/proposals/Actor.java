package jp.tomoni.proposals;

import java.util.Set;

import jp.tomoni.shared.Role;

/**
 * The signed-in person acting on a call, a consultation or a proposal, with their roles: the aggregates check both
 * their state and the actor's role before each change.
 */
record Actor(long accountId, String name, Set<Role> roles) {

	/** Those who open, edit, publish and cancel calls: city staff and administrators. */
	static final Set<Role> CALL_STAFF = Set.of(Role.CITY_STAFF, Role.ADMIN);

	/** Those who record prior consultations and read submitted proposals: coordinators too. */
	static final Set<Role> STAFF = Set.of(Role.COORDINATOR, Role.CITY_STAFF, Role.ADMIN);

	Actor {
		roles = Set.copyOf(roles);
	}

	boolean callStaff() {
		return roles.stream().anyMatch(CALL_STAFF::contains);
	}

	boolean staff() {
		return roles.stream().anyMatch(STAFF::contains);
	}

	boolean groupAdministrator() {
		return roles.contains(Role.GROUP_ADMIN);
	}
}
