package jp.tomoni.places;

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
 * Administrators keep the kinds of place (master data {@code place_kind}, docs/decisions/0049): add, rename,
 * reorder, retire and bring back; never delete, since places refer to them by code. A retired kind stays on its
 * places and is no longer offered for others.
 */
@Service
class PlaceKindAdministration extends MasterRows<PlaceKind> {

	private final PlaceKindRepository rows;

	private final Municipalities municipalities;

	private final AuditLog auditLog;

	private final EntityManager entityManager;

	PlaceKindAdministration(PlaceKindRepository rows, Municipalities municipalities, AuditLog auditLog,
			EntityManager entityManager) {
		super(rows);
		this.rows = rows;
		this.municipalities = municipalities;
		this.auditLog = auditLog;
		this.entityManager = entityManager;
	}

	@Override
	protected List<PlaceKind> inOrder() {
		return rows.findAllByOrderBySortOrderAscCodeAsc();
	}

	@Override
	protected PlaceKind create(String code, String name, String nameEn, int sortOrder) {
		return new PlaceKind(code, name, nameEn, sortOrder);
	}

	@Override
	protected void audited(String what, String code) {
		auditLog.record(new AuditRecord("place-kind." + what, "place-kind", code));
	}

	/** How many places of the municipality have each kind, hidden ones included. */
	@Override
	protected Map<String, Long> uses() {
		Map<String, Long> uses = new HashMap<>();
		entityManager.createQuery("select p.kindCode, count(p) from Place p where p.municipalityCode = :code group by p.kindCode", Object[].class)
			.setParameter("code", municipalities.current().code())
			.getResultList()
			.forEach(row -> uses.put((String) row[0], (Long) row[1]));
		return uses;
	}
}
