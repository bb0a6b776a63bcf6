package jp.tomoni.places;

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
 * Administrators keep the kinds of place (master data {@code place_kind}, docs/decisions/0049): add, rename,
 * reorder, retire and bring back; never delete, since places refer to them by code. A retired kind stays on its
 * places and is no longer offered for others.
 */
@Service
class PlaceKindAdministration implements MasterList {

	private final PlaceKindRepository kinds;

	private final Municipalities municipalities;

	private final AuditLog auditLog;

	private final EntityManager entityManager;

	PlaceKindAdministration(PlaceKindRepository kinds, Municipalities municipalities, AuditLog auditLog,
			EntityManager entityManager) {
		this.kinds = kinds;
		this.municipalities = municipalities;
		this.auditLog = auditLog;
		this.entityManager = entityManager;
	}

	@Override
	@Transactional(readOnly = true)
	public List<MasterEntry> entries() {
		Map<String, Long> uses = uses();
		return kinds.findAllByOrderBySortOrderAscCodeAsc()
			.stream()
			.map(c -> new MasterEntry(c.code(), c.name(), c.nameEn(), c.retired(), uses.getOrDefault(c.code(), 0L)))
			.toList();
	}

	@Override
	@Transactional
	public void add(String code, String name, String nameEn) {
		MasterList.checkNew(code, kinds.existsById(code), name, nameEn);
		int last = kinds.findAll().stream().mapToInt(PlaceKind::sortOrder).max().orElse(0);
		kinds.save(new PlaceKind(code, name.strip(), nameEn.strip(), last + 10));
		auditLog.record(new AuditRecord("place-kind.created", "place-kind", code));
	}

	@Override
	@Transactional
	public void rename(String code, String name, String nameEn) {
		MasterList.checkNames(name, nameEn);
		kind(code).rename(name.strip(), nameEn.strip());
		auditLog.record(new AuditRecord("place-kind.renamed", "place-kind", code));
	}

	@Override
	@Transactional
	public void move(String code, boolean up) {
		List<PlaceKind> ordered = kinds.findAllByOrderBySortOrderAscCodeAsc();
		if (MasterList.swap(ordered, ordered.indexOf(kind(code)), up, PlaceKind::order)) {
			auditLog.record(new AuditRecord("place-kind.moved", "place-kind", code));
		}
	}

	@Override
	@Transactional
	public void retire(String code, boolean retired) {
		PlaceKind kind = kind(code);
		if (retired) {
			MasterList.checkRetire(kind.retired(), kinds.findAll().stream().filter(c -> !c.retired()).count());
		}
		kind.retire(retired);
		auditLog.record(new AuditRecord(retired ? "place-kind.retired" : "place-kind.restored",
				"place-kind", code));
	}

	private PlaceKind kind(String code) {
		return kinds.findById(code).orElseThrow(() -> new MasterList.EntryNotFound(code));
	}

	/** How many places of the municipality have each kind, hidden ones included. */
	private Map<String, Long> uses() {
		Map<String, Long> uses = new HashMap<>();
		entityManager
			.createQuery("select p.kindCode, count(p) from Place p where p.municipalityCode = :code group by p.kindCode",
					Object[].class)
			.setParameter("code", municipalities.current().code())
			.getResultList()
			.forEach(row -> uses.put((String) row[0], (Long) row[1]));
		return uses;
	}
}
