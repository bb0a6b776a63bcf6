package jp.tomoni.audit;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

/** Insert and read only: the audit log is append-only, so no update or delete method is declared. */
interface AuditEntryRepository extends Repository<AuditEntry, Long>, JpaSpecificationExecutor<AuditEntry> {

	AuditEntry save(AuditEntry entry);
}
