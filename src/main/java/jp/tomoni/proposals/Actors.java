package jp.tomoni.proposals;

import java.util.EnumSet;
import java.util.Set;

import jp.tomoni.shared.Role;
import jp.tomoni.shared.SignedInPerson;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The person of the current request as an {@link Actor}, or null for a visitor. */
final class Actors {

	private Actors() {
	}

	static @Nullable Actor current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof SignedInPerson person)) {
			return null;
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			for (Role role : Role.values()) {
				if (role.authority().equals(authority.getAuthority())) {
					roles.add(role);
				}
			}
		}
		return new Actor(person.accountId(), person.displayName(), roles);
	}

	/** The signed-in person, on a page that requires one. */
	static Actor signedIn() {
		Actor actor = current();
		if (actor == null) {
			throw new IllegalStateException("a signed-in page without a signed-in person");
		}
		return actor;
	}
}
