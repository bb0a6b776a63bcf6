package jp.tomoni.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** One audit entry. Immutable: the log is append-only. */
@Entity
@Immutable
@Table(name = "audit_entry")
class AuditEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "municipality_code", nullable = false, length = 6)
	private String municipalityCode;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	@Column(name = "actor_id")
	private Long actorId;

	@Column(nullable = false, length = 254)
	private String actor;

	@Column(name = "actor_roles", nullable = false, length = 300)
	private String actorRoles;

	@Column(nullable = false, length = 100)
	private String action;

	@Column(name = "record_type", length = 100)
	private String recordType;

	@Column(name = "record_id", length = 100)
	private String recordId;

	@Column(name = "http_method", length = 10)
	private String httpMethod;

	@Column(length = 500)
	private String path;

	@Column(name = "remote_address", length = 64)
	private String remoteAddress;

	@Column(nullable = false, length = 20)
	private String outcome;

	@Column(name = "request_id", length = 64)
	private String requestId;

	protected AuditEntry() {
	}

	AuditEntry(String municipalityCode, Instant occurredAt, Long actorId, String actor, String actorRoles,
			AuditRecord record, String httpMethod, String path, String remoteAddress, String outcome,
			String requestId) {
		this.municipalityCode = municipalityCode;
		this.occurredAt = occurredAt;
		this.actorId = actorId;
		this.actor = truncate(actor, 254);
		this.actorRoles = truncate(actorRoles, 300);
		this.action = truncate(record.action(), 100);
		this.recordType = truncate(record.recordType(), 100);
		this.recordId = truncate(record.recordId(), 100);
		this.httpMethod = httpMethod;
		this.path = truncate(path, 500);
		this.remoteAddress = truncate(remoteAddress, 64);
		this.outcome = outcome;
		this.requestId = truncate(requestId, 64);
	}

	private static String truncate(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}

	AuditEntryView toView() {
		return new AuditEntryView(id, occurredAt, actor, actorRoles, action, recordType, recordId, httpMethod, path,
				remoteAddress, outcome, requestId);
	}
}
