package jp.tomoni.audit;

import java.util.Set;
import java.util.stream.Collectors;

import jp.tomoni.shared.Role;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/** Staff sign-ins and sign-outs happen in Spring Security's filters, not in controllers: they are logged here. */
@Component
class SignInAuditor {

	private static final Set<String> STAFF = Role.STAFF.stream().map(Role::authority).collect(Collectors.toSet());

	private final AuditLog auditLog;

	SignInAuditor(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@EventListener
	void signedIn(AuthenticationSuccessEvent event) {
		if (isStaff(event.getAuthentication())) {
			auditLog.record(new AuditRecord("session.signed-in", "session", null), "OK", event.getAuthentication());
		}
	}

	@EventListener
	void signedOut(LogoutSuccessEvent event) {
		if (isStaff(event.getAuthentication())) {
			auditLog.record(new AuditRecord("session.signed-out", "session", null), "OK", event.getAuthentication());
		}
	}

	private static boolean isStaff(Authentication authentication) {
		return authentication != null && authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(STAFF::contains);
	}
}
