package jp.tomoni.audit;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.tomoni.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Writes an audit entry for every state-changing request made by staff, reviewers or administrators, so that no
 * back-office action escapes the log even where a module records nothing more specific.
 */
class AuditInterceptor implements HandlerInterceptor {

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private static final Set<String> STAFF_AUTHORITIES = Role.STAFF.stream()
		.map(Role::authority)
		.collect(Collectors.toUnmodifiableSet());

	private final AuditLog auditLog;

	AuditInterceptor(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable Exception ex) {
		if (SAFE_METHODS.contains(request.getMethod()) || !(handler instanceof HandlerMethod method) || !isStaff()) {
			return;
		}
		String action = method.getBeanType().getSimpleName() + "." + method.getMethod().getName();
		@SuppressWarnings("unchecked")
		Map<String, String> variables = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		String recordId = variables == null ? null : variables.getOrDefault("id", variables.values().stream().findFirst().orElse(null));
		String recordType = recordType(request.getRequestURI());
		String outcome = ex != null ? "ERROR" : Integer.toString(response.getStatus());
		auditLog.record(new AuditRecord(action, recordType, recordId), outcome);
	}

	/** The record type is the path segment that names the collection, e.g. {@code /admin/accounts/3} → accounts. */
	private static @Nullable String recordType(String uri) {
		String[] segments = uri.split("/");
		for (int i = segments.length - 1; i >= 0; i--) {
			if (!segments[i].isEmpty() && !segments[i].chars().allMatch(Character::isDigit)
					&& (i + 1 < segments.length && segments[i + 1].chars().allMatch(Character::isDigit))) {
				return segments[i];
			}
		}
		return segments.length > 1 ? segments[segments.length - 1] : null;
	}

	private static boolean isStaff() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(STAFF_AUTHORITIES::contains);
	}
}
