package jp.tomoni.audit;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.servlet.http.HttpServletRequest;
import jp.tomoni.municipality.Municipalities;
import jp.tomoni.shared.SignedInPerson;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
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

	private final EntityManager entityManager;

	private final Municipalities municipalities;

	private final Clock clock;

	AuditLog(AuditEntryRepository repository, EntityManager entityManager, Municipalities municipalities, Clock clock) {
		this.repository = repository;
		this.entityManager = entityManager;
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
		record(record, outcome, SecurityContextHolder.getContext().getAuthentication());
	}

	/**
	 * Records an action of the given person (for sign-in, before the security context holds them).
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(AuditRecord record, String outcome, @Nullable Authentication authentication) {
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
		PageRequest pageRequest = PageRequest.of(Math.max(page, 0), size);
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();

		CriteriaQuery<AuditEntry> select = cb.createQuery(AuditEntry.class);
		Root<AuditEntry> root = select.from(AuditEntry.class);
		select.where(predicates(query, cb, root)).orderBy(cb.desc(root.get("occurredAt")), cb.desc(root.get("id")));
		List<AuditEntryView> entries = entityManager.createQuery(select)
			.setFirstResult((int) pageRequest.getOffset())
			.setMaxResults(size)
			.getResultStream()
			.map(AuditEntry::toView)
			.toList();

		CriteriaQuery<Long> count = cb.createQuery(Long.class);
		Root<AuditEntry> countRoot = count.from(AuditEntry.class);
		count.select(cb.count(countRoot)).where(predicates(query, cb, countRoot));
		return new PageImpl<>(entries, pageRequest, entityManager.createQuery(count).getSingleResult());
	}

	private Predicate[] predicates(AuditQuery query, CriteriaBuilder cb, Root<AuditEntry> root) {
		ZoneId zone = clock.getZone();
		List<Predicate> predicates = new ArrayList<>();
		predicates.add(cb.equal(root.get("municipalityCode"), municipalities.current().code()));
		if (hasText(query.actor())) {
			predicates.add(cb.like(cb.lower(root.get("actor")), "%" + query.actor().strip().toLowerCase(Locale.ROOT) + "%"));
		}
		if (hasText(query.action())) {
			predicates.add(cb.like(cb.lower(root.get("action")), "%" + query.action().strip().toLowerCase(Locale.ROOT) + "%"));
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
		return predicates.toArray(Predicate[]::new);
	}

	private static boolean hasText(@Nullable String value) {
		return value != null && !value.isBlank();
	}

	private static @Nullable HttpServletRequest currentRequest() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest() : null;
	}
}
