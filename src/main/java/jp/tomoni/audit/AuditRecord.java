package jp.tomoni.audit;

/**
 * What happened, to which record. Who, when and from where are taken from the current request.
 *
 * @param action what was done, e.g. {@code account.role-granted}
 * @param recordType the kind of record, e.g. {@code account}
 * @param recordId the record's id, or {@code null}
 */
public record AuditRecord(String action, String recordType, String recordId) {
}
