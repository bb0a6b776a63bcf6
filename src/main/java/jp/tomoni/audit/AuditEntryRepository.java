package jp.tomoni.audit;

import org.springframework.data.repository.Repository;

/**
 * Insert only: the audit log is append-only, so the repository declares no update or delete (searches go through
 * {@link AuditLog} with a read-only criteria query).
 */
interface AuditEntryRepository extends Repository<AuditEntry, Long> {

	AuditEntry save(AuditEntry entry);
}
