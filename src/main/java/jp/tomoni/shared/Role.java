package jp.tomoni.shared;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a person may do in the system (DESIGN.md, roles). A qualification never grants a role by itself.
 */
public enum Role {

	CITIZEN, GROUP_MEMBER, GROUP_ADMIN, REPORTER, COORDINATOR, CITY_STAFF, REVIEWER, ADMIN;

	/** Roles that work in the back office; their every change is audited. */
	public static final Set<Role> STAFF = EnumSet.of(COORDINATOR, CITY_STAFF, REVIEWER, ADMIN);

	/** Spring Security authority name, e.g. {@code ROLE_ADMIN}. */
	public String authority() {
		return "ROLE_" + name();
	}

	/** Message key of the role's name. */
	public String messageKey() {
		return "role." + name();
	}

	public boolean isStaff() {
		return STAFF.contains(this);
	}
}
