package jp.tomoni.consultations;

import java.util.List;
import java.util.Map;

import jp.tomoni.audit.AuditLog;
import jp.tomoni.audit.AuditRecord;
import jp.tomoni.shared.MasterEntry;
import jp.tomoni.shared.MasterList;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators keep the desks and the topics of the log on the shared master-list page (decision 0049): add,
 * rename, reorder, retire and bring back; never delete, since records refer to them by code. One class for both
 * lists, which have the same shape.
 */
abstract class ListAdministration<E extends ListEntry> implements MasterList {

	/** Makes a new entry of the list. */
	interface Factory<E> {

		E create(String code, String name, String nameEn, int sortOrder);
	}

	private final ListRepository<E> entries;

	private final Factory<E> factory;

	private final String recordType;

	private final AuditLog auditLog;

	ListAdministration(ListRepository<E> entries, Factory<E> factory, String recordType, AuditLog auditLog) {
		this.entries = entries;
		this.factory = factory;
		this.recordType = recordType;
		this.auditLog = auditLog;
	}

	/** How many consultations have each entry, in every year. */
	abstract Map<String, Long> uses();

	@Override
	@Transactional(readOnly = true)
	public List<MasterEntry> entries() {
		Map<String, Long> uses = uses();
		return entries.inOrder()
			.stream()
			.map(e -> new MasterEntry(e.code(), e.name(), e.nameEn(), e.retired(), uses.getOrDefault(e.code(), 0L)))
			.toList();
	}

	@Override
	@Transactional
	public void add(String code, String name, String nameEn) {
		MasterList.checkNew(code, entries.existsById(code), name, nameEn);
		int last = entries.inOrder().stream().mapToInt(ListEntry::sortOrder).max().orElse(0);
		entries.save(factory.create(code, name.strip(), nameEn.strip(), last + 10));
		audit("created", code);
	}

	@Override
	@Transactional
	public void rename(String code, String name, String nameEn) {
		MasterList.checkNames(name, nameEn);
		entry(code).rename(name.strip(), nameEn.strip());
		audit("renamed", code);
	}

	@Override
	@Transactional
	public void move(String code, boolean up) {
		List<E> ordered = entries.inOrder();
		if (MasterList.swap(ordered, ordered.indexOf(entry(code)), up, ListEntry::order)) {
			audit("moved", code);
		}
	}

	@Override
	@Transactional
	public void retire(String code, boolean retired) {
		E entry = entry(code);
		if (retired) {
			MasterList.checkRetire(entry.retired(), entries.inOrder().stream().filter(e -> !e.retired()).count());
		}
		entry.retire(retired);
		audit(retired ? "retired" : "restored", code);
	}

	private E entry(String code) {
		return entries.findById(code).orElseThrow(() -> new MasterList.EntryNotFound(code));
	}

	private void audit(String what, String code) {
		auditLog.record(new AuditRecord(recordType + "." + what, recordType, code));
	}
}
