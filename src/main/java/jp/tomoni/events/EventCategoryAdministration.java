package jp.tomoni.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jp.tomoni.audit.AuditLog;
import jp.tomoni.audit.AuditRecord;
import jp.tomoni.municipality.Municipalities;
import jp.tomoni.shared.MasterEntry;
import jp.tomoni.shared.MasterList;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators keep the categories of event (master data {@code event_category}, docs/decisions/0049): add,
 * rename, reorder, retire and bring back; never delete, since events refer to them by code. A retired category
 * stays on its events and is no longer offered in the form, the filters and the import.
 */
@Service
class EventCategoryAdministration implements MasterList {

	private final EventCategoryRepository categories;

	private final Municipalities municipalities;

	private final AuditLog auditLog;

	private final EntityManager entityManager;

	EventCategoryAdministration(EventCategoryRepository categories, Municipalities municipalities, AuditLog auditLog,
			EntityManager entityManager) {
		this.categories = categories;
		this.municipalities = municipalities;
		this.auditLog = auditLog;
		this.entityManager = entityManager;
	}

	@Override
	@Transactional(readOnly = true)
	public List<MasterEntry> entries() {
		Map<String, Long> uses = uses();
		return categories.findAllByOrderBySortOrderAscCodeAsc()
			.stream()
			.map(c -> new MasterEntry(c.code(), c.name(), c.nameEn(), c.retired(), uses.getOrDefault(c.code(), 0L)))
			.toList();
	}

	@Override
	@Transactional
	public void add(String code, String name, String nameEn) {
		MasterList.checkNew(code, categories.existsById(code), name, nameEn);
		int last = categories.findAll().stream().mapToInt(EventCategory::sortOrder).max().orElse(0);
		categories.save(new EventCategory(code, name.strip(), nameEn.strip(), last + 10));
		auditLog.record(new AuditRecord("event-category.created", "event-category", code));
	}

	@Override
	@Transactional
	public void rename(String code, String name, String nameEn) {
		MasterList.checkNames(name, nameEn);
		category(code).rename(name.strip(), nameEn.strip());
		auditLog.record(new AuditRecord("event-category.renamed", "event-category", code));
	}

	@Override
	@Transactional
	public void move(String code, boolean up) {
		List<EventCategory> ordered = categories.findAllByOrderBySortOrderAscCodeAsc();
		if (MasterList.swap(ordered, ordered.indexOf(category(code)), up, EventCategory::order)) {
			auditLog.record(new AuditRecord("event-category.moved", "event-category", code));
		}
	}

	@Override
	@Transactional
	public void retire(String code, boolean retired) {
		EventCategory category = category(code);
		if (retired) {
			MasterList.checkRetire(category.retired(), categories.findAll().stream().filter(c -> !c.retired()).count());
		}
		category.retire(retired);
		auditLog.record(new AuditRecord(retired ? "event-category.retired" : "event-category.restored",
				"event-category", code));
	}

	private EventCategory category(String code) {
		return categories.findById(code).orElseThrow(() -> new MasterList.EntryNotFound(code));
	}

	/** How many events of the municipality have each category, cancelled ones included (they stay as records). */
	private Map<String, Long> uses() {
		Map<String, Long> uses = new HashMap<>();
		entityManager
			.createQuery("select e.categoryCode, count(e) from CivicEvent e where e.municipalityCode = :code "
					+ "group by e.categoryCode", Object[].class)
			.setParameter("code", municipalities.current().code())
			.getResultList()
			.forEach(row -> uses.put((String) row[0], (Long) row[1]));
		return uses;
	}
}
