package jp.tomoni.audit;

import java.time.Instant;

/** One line of the audit log as administrators see it. */
public record AuditEntryView(long id, Instant occurredAt, String actor, String actorRoles, String action,
		String recordType, String recordId, String httpMethod, String path, String remoteAddress, String outcome,
		String requestId) {
}
