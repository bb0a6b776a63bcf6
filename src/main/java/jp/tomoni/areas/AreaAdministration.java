package jp.tomoni.areas;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jp.tomoni.audit.AuditLog;
import jp.tomoni.audit.AuditRecord;
import jp.tomoni.municipality.Municipalities;
import jp.tomoni.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators keep the areas of their municipality: add wards and districts, rename, reorder, retire and delete
 * them. An area that groups name, or a ward with districts, cannot be deleted: retire it instead (it stays valid for
 * those records and is no longer offered in forms).
 */
@Service
class AreaAdministration {

	/** Lower-case letters, digits and hyphens, starting with a letter or digit: it appears in addresses. */
	static final Pattern CODE = Pattern.compile("^[a-z0-9][a-z0-9-]{0,39}$");

	/** Katakana, the prolonged sound mark, middle dot and spaces: readings sort the lists in 五十音順. */
	static final Pattern KANA = Pattern.compile("^[\\u30A1-\\u30FA\\u30FC\\u30FB\\s\\u3000]+$");

	static final Set<String> KINDS = Set.of("WARD", "DISTRICT");

	private final AreaRepository repository;

	private final Municipalities municipalities;

	private final List<AreaUsage> usages;

	private final AuditLog auditLog;

	AreaAdministration(AreaRepository repository, Municipalities municipalities, List<AreaUsage> usages,
			AuditLog auditLog) {
		this.repository = repository;
		this.municipalities = municipalities;
		this.usages = usages;
		this.auditLog = auditLog;
	}

	@Transactional(readOnly = true)
	List<AreaEntry> entries() {
		return ordered().stream()
			.map(area -> new AreaEntry(area.code(), area.name(), area.nameKana(), area.kind(), area.parentCode(),
					area.retired(), used(area.code())))
			.toList();
	}

	@Transactional
	void create(String areaCode, String name, String nameKana, String kind, @Nullable String parentCode) {
		if (!CODE.matcher(areaCode).matches()) {
			throw new AreaRuleViolation("code", "area.code.invalid");
		}
		if (repository.findByMunicipalityCodeAndCode(code(), areaCode).isPresent()) {
			throw new AreaRuleViolation("code", "area.code.taken");
		}
		checkNames(name, nameKana);
		if (!KINDS.contains(kind)) {
			throw new AreaRuleViolation("kind", "area.kind.unknown");
		}
		String parent = parentCode == null || parentCode.isBlank() ? null : parentCode;
		if ("WARD".equals(kind) && parent != null) {
			throw new AreaRuleViolation("parentCode", "area.parent.wardHasNone");
		}
		if (parent != null && repository.findByMunicipalityCodeAndCode(code(), parent)
			.filter(area -> "WARD".equals(area.kind()))
			.isEmpty()) {
			throw new AreaRuleViolation("parentCode", "area.parent.unknown");
		}
		int last = ordered().stream().mapToInt(Area::sortOrder).max().orElse(-1);
		repository.save(new Area(code(), areaCode, name.strip(), nameKana.strip(), kind, parent, last + 1));
		auditLog.record(new AuditRecord("area.created", "area", areaCode));
	}

	@Transactional
	void rename(String areaCode, String name, String nameKana) {
		Area area = area(areaCode);
		checkNames(name, nameKana);
		area.rename(name.strip(), nameKana.strip());
		auditLog.record(new AuditRecord("area.renamed", "area", areaCode));
	}

	/** Swaps the area with its neighbour in the list, above ({@code up}) or below. */
	@Transactional
	void move(String areaCode, boolean up) {
		List<Area> ordered = ordered();
		int index = -1;
		for (int i = 0; i < ordered.size(); i++) {
			if (ordered.get(i).code().equals(areaCode)) {
				index = i;
			}
		}
		if (index < 0) {
			throw new AreaNotFound(areaCode);
		}
		// Number them 0, 1, 2 … first, so that a swap always changes the order.
		for (int i = 0; i < ordered.size(); i++) {
			ordered.get(i).moveTo(i);
		}
		int other = up ? index - 1 : index + 1;
		if (other >= 0 && other < ordered.size()) {
			ordered.get(index).moveTo(other);
			ordered.get(other).moveTo(index);
		}
		auditLog.record(new AuditRecord("area.moved", "area", areaCode));
	}

	@Transactional
	void retire(String areaCode, boolean retired) {
		area(areaCode).retire(retired);
		auditLog.record(new AuditRecord(retired ? "area.retired" : "area.restored", "area", areaCode));
	}

	@Transactional
	void delete(String areaCode) {
		Area area = area(areaCode);
		long used = used(areaCode);
		if (used > 0) {
			throw new AreaRuleViolation("code", "area.inUse", used);
		}
		if ("WARD".equals(area.kind()) && repository.existsByMunicipalityCodeAndParentCode(code(), areaCode)) {
			throw new AreaRuleViolation("code", "area.hasDistricts");
		}
		repository.delete(area);
		auditLog.record(new AuditRecord("area.deleted", "area", areaCode));
	}

	private static void checkNames(String name, String nameKana) {
		if (name == null || name.isBlank()) {
			throw new AreaRuleViolation("name", "area.name.required");
		}
		if (name.strip().length() > 100) {
			throw new AreaRuleViolation("name", "area.name.tooLong", 100);
		}
		if (nameKana == null || nameKana.isBlank()) {
			throw new AreaRuleViolation("nameKana", "area.nameKana.required");
		}
		if (nameKana.strip().length() > 200 || !KANA.matcher(nameKana.strip()).matches()) {
			throw new AreaRuleViolation("nameKana", "area.nameKana.invalid", 200);
		}
	}

	private long used(String areaCode) {
		return usages.stream().mapToLong(usage -> usage.countUsing(areaCode)).sum();
	}

	private List<Area> ordered() {
		return repository.findByMunicipalityCodeOrderBySortOrderAsc(code());
	}

	private Area area(String areaCode) {
		return repository.findByMunicipalityCodeAndCode(code(), areaCode).orElseThrow(() -> new AreaNotFound(areaCode));
	}

	private String code() {
		return municipalities.current().code();
	}

	/** An area as the administrators' page shows it. */
	record AreaEntry(String code, String name, String nameKana, String kind, @Nullable String parentCode,
			boolean retired, long groups) {
	}

	/** A rule of the areas refused a request. */
	static class AreaRuleViolation extends RuleViolation {

		AreaRuleViolation(String field, String code, Object... arguments) {
			super(field, code, arguments);
		}
	}

	/** No such area in this municipality: a 404. */
	@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
	static class AreaNotFound extends RuntimeException {

		AreaNotFound(String code) {
			super("area " + code);
		}
	}
}
