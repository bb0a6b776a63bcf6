package jp.tomoni.audit;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** Search of the audit log; every criterion is optional. */
public record AuditQuery(@Nullable String actor, @Nullable String action, @Nullable String recordType,
		@Nullable String recordId, @Nullable LocalDate from, @Nullable LocalDate to) {

	public static AuditQuery all() {
		return new AuditQuery(null, null, null, null, null, null);
	}
}
