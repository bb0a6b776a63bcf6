package jp.tomoni.accounts;

import java.util.Set;

import jp.tomoni.shared.Role;
import org.jspecify.annotations.Nullable;

record RolesForm(@Nullable Set<Role> roles) {

	Set<Role> roleSet() {
		return roles == null ? Set.of() : Set.copyOf(roles);
	}
}
