package jp.tomoni.volunteering;

import java.util.Set;

import jp.tomoni.shared.Role;
import jp.tomoni.shared.SignedInPerson;
import jp.tomoni.volunteering.Views.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in person of the current request as an {@link Actor}. */
final class Actors {

	/** The roles that post for the city or a support centre and manage every opportunity. */
	static final Set<String> STAFF = Set.of(Role.COORDINATOR.authority(), Role.CITY_STAFF.authority(),
			Role.ADMIN.authority());

	private Actors() {
	}

	static @Nullable Actor current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof SignedInPerson person)) {
			return null;
		}
		boolean staff = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(STAFF::contains);
		return new Actor(person.accountId(), staff);
	}

	static Actor required() {
		Actor actor = current();
		if (actor == null) {
			throw new IllegalStateException("no signed-in person");
		}
		return actor;
	}
}
