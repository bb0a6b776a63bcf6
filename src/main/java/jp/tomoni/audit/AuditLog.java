package jp.tomoni.audit;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Predicate;
import jakarta.servlet.http.HttpServletRequest;
import jp.tomoni.municipality.Municipalities;
import jp.tomoni.shared.SignedInPerson;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Facade of the audit module: writes entries (who, what, which record, when, from where) and searches them.
 */
@Service
public class AuditLog {

	private final AuditEntryRepository repository;

	private final Municipalities municipalities;

	private final Clock clock;

	AuditLog(AuditEntryRepository repository, Municipalities municipalities, Clock clock) {
		this.repository = repository;
		this.municipalities = municipalities;
		this.clock = clock;
	}

	/** Records a successful action of the current user in the current request. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(AuditRecord record) {
		record(record, "OK");
	}

	/**
	 * Records an action with its outcome. Runs in its own transaction so that an entry is written even
	 * when the action's own transaction rolls back.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(AuditRecord record, String outcome) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		Long actorId = null;
		String actor = "anonymous";
		String roles = "";
		if (authentication != null && authentication.isAuthenticated()) {
			actor = authentication.getName();
			if (authentication.getPrincipal() instanceof SignedInPerson person) {
				actorId = person.accountId();
			}
			roles = authentication.getAuthorities()
				.stream()
				.map(GrantedAuthority::getAuthority)
				.filter(a -> a != null && a.startsWith("ROLE_"))
				.map(a -> a.substring(5))
				.sorted()
				.collect(Collectors.joining(","));
		}
		HttpServletRequest request = currentRequest();
		repository.save(new AuditEntry(municipalities.current().code(), clock.instant(), actorId, actor, roles, record,
				request == null ? null : request.getMethod(), request == null ? null : request.getRequestURI(),
				request == null ? null : request.getRemoteAddr(), outcome, MDC.get("requestId")));
	}

	/** Searches the log, newest first. */
	@Transactional(readOnly = true)
	public Page<AuditEntryView> search(AuditQuery query, int page, int size) {
		return repository
			.findAll(specification(query),
					PageRequest.of(Math.max(page, 0), size, Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"))))
			.map(AuditEntry::toView);
	}

	private Specification<AuditEntry> specification(AuditQuery query) {
		String municipality = municipalities.current().code();
		ZoneId zone = clock.getZone();
		return (root, cq, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			predicates.add(cb.equal(root.get("municipalityCode"), municipality));
			if (hasText(query.actor())) {
				predicates.add(cb.like(cb.lower(root.get("actor")), "%" + query.actor().strip().toLowerCase() + "%"));
			}
			if (hasText(query.action())) {
				predicates.add(cb.like(cb.lower(root.get("action")), "%" + query.action().strip().toLowerCase() + "%"));
			}
			if (hasText(query.recordType())) {
				predicates.add(cb.equal(root.get("recordType"), query.recordType().strip()));
			}
			if (hasText(query.recordId())) {
				predicates.add(cb.equal(root.get("recordId"), query.recordId().strip()));
			}
			if (query.from() != null) {
				predicates.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), query.from().atStartOfDay(zone).toInstant()));
			}
			if (query.to() != null) {
				predicates.add(cb.lessThan(root.get("occurredAt"), query.to().plusDays(1).atStartOfDay(zone).toInstant()));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

	private static boolean hasText(@Nullable String value) {
		return value != null && !value.isBlank();
	}

	private static @Nullable HttpServletRequest currentRequest() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest() : null;
	}
}
