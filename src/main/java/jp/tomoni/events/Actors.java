package jp.tomoni.events;

import java.util.Optional;
import java.util.Set;

import jp.tomoni.shared.SignedInPerson;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The person of the current request as an {@link EventActor}. */
final class Actors {

	/** The roles that publish for anyone and review. */
	static final Set<String> STAFF = Set.of("ROLE_COORDINATOR", "ROLE_CITY_STAFF", "ROLE_ADMIN");

	private Actors() {
	}

	static Optional<EventActor> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof SignedInPerson person)) {
			return Optional.empty();
		}
		boolean staff = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(STAFF::contains);
		return Optional.of(new EventActor(person.accountId(), staff));
	}

	static EventActor required() {
		return current().orElseThrow();
	}
}
