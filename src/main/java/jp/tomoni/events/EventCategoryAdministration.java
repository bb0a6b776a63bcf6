package jp.tomoni.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jp.tomoni.audit.AuditLog;
import jp.tomoni.audit.AuditRecord;
import jp.tomoni.municipality.Municipalities;
import jp.tomoni.shared.MasterRows;
import org.springframework.stereotype.Service;

/**
 * Administrators keep the categories of event (master data {@code event_category}, docs/decisions/0049): add,
 * rename, reorder, retire and bring back; never delete, since events refer to them by code. A retired category
 * stays on its events and is no longer offered in the form, the filters and the import.
 */
@Service
class EventCategoryAdministration extends MasterRows<EventCategory> {

	private final EventCategoryRepository rows;

	private final Municipalities municipalities;

	private final AuditLog auditLog;

	private final EntityManager entityManager;

	EventCategoryAdministration(EventCategoryRepository rows, Municipalities municipalities, AuditLog auditLog,
			EntityManager entityManager) {
		super(rows);
		this.rows = rows;
		this.municipalities = municipalities;
		this.auditLog = auditLog;
		this.entityManager = entityManager;
	}

	@Override
	protected List<EventCategory> inOrder() {
		return rows.findAllByOrderBySortOrderAscCodeAsc();
	}

	@Override
	protected EventCategory create(String code, String name, String nameEn, int sortOrder) {
		return new EventCategory(code, name, nameEn, sortOrder);
	}

	@Override
	protected void audited(String what, String code) {
		auditLog.record(new AuditRecord("event-category." + what, "event-category", code));
	}

	/** How many events of the municipality have each category, cancelled ones included (they stay as records). */
	@Override
	protected Map<String, Long> uses() {
		Map<String, Long> uses = new HashMap<>();
		entityManager.createQuery("select e.categoryCode, count(e) from CivicEvent e where e.municipalityCode = :code group by e.categoryCode", Object[].class)
			.setParameter("code", municipalities.current().code())
			.getResultList()
			.forEach(row -> uses.put((String) row[0], (Long) row[1]));
		return uses;
	}
}
