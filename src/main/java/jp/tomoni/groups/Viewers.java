package jp.tomoni.groups;

import java.util.Set;

import jp.tomoni.shared.SignedInPerson;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The viewer of the current request. */
final class Viewers {

	/** The roles that see every contact detail and groups under review. */
	static final Set<String> STAFF = Set.of("ROLE_COORDINATOR", "ROLE_CITY_STAFF", "ROLE_ADMIN");

	private Viewers() {
	}

	static Viewer current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof SignedInPerson person)) {
			return Viewer.ANONYMOUS;
		}
		boolean staff = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(STAFF::contains);
		return new Viewer(person.accountId(), staff);
	}
}
