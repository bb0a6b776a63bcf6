package jp.tomoni.news;

import java.util.EnumSet;
import java.util.Set;

import jp.tomoni.shared.Role;
import jp.tomoni.shared.SignedInPerson;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The actor of the current request, from the signed-in person and their roles. */
final class Actors {

	private Actors() {
	}

	static Actor of(SignedInPerson person) {
		return of(person.accountId(), person.displayName());
	}

	/** This account, with the roles of the person signed in (another module acts for them). */
	static Actor of(long accountId, String displayName) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (authentication != null) {
			for (GrantedAuthority authority : authentication.getAuthorities()) {
				for (Role role : Role.values()) {
					if (role.authority().equals(authority.getAuthority())) {
						roles.add(role);
					}
				}
			}
		}
		return new Actor(accountId, displayName, roles);
	}
}
