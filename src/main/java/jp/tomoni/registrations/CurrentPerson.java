package jp.tomoni.registrations;

import java.util.Set;

import jp.tomoni.events.EventActor;
import jp.tomoni.shared.Role;
import jp.tomoni.shared.SignedInPerson;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in person of the current request, as this module's pages need them. */
final class CurrentPerson {

	/** The roles that see every event's participants (besides the organiser group's administrators). */
	static final Set<String> STAFF = Set.of(Role.COORDINATOR.authority(), Role.CITY_STAFF.authority(),
			Role.ADMIN.authority());

	private CurrentPerson() {
	}

	static @Nullable SignedInPerson get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof SignedInPerson person ? person
				: null;
	}

	static boolean isStaff() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(STAFF::contains);
	}

	static EventActor actor(SignedInPerson person) {
		return new EventActor(person.accountId(), isStaff());
	}
}
