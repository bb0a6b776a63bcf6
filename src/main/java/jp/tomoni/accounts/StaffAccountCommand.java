package jp.tomoni.accounts;

import java.util.Set;

import jp.tomoni.shared.Role;

/** An account an administrator creates for staff, with its roles. */
public record StaffAccountCommand(String email, String fullName, String fullNameKana, String displayName,
		Set<Role> roles) {
}
