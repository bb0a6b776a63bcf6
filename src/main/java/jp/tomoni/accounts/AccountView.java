package jp.tomoni.accounts;

import java.time.Instant;
import java.util.Set;

import jp.tomoni.shared.Role;
import org.jspecify.annotations.Nullable;

/** An account as pages and other modules see it (never the entity, never the password hash). */
public record AccountView(long id, String email, String fullName, String fullNameKana, String displayName,
		String status, Set<Role> roles, Instant createdAt, Instant updatedAt, @Nullable Instant emailVerifiedAt) {

	public boolean hasRole(Role role) {
		return roles.contains(role);
	}
}
