package jp.tomoni.groups;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jp.tomoni.audit.AuditLog;
import jp.tomoni.audit.AuditRecord;
import jp.tomoni.municipality.Municipalities;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators keep the kinds of group of their municipality: add their own, rename them, reorder and retire
 * any (presets included), delete their own while no group uses them. Presets are shared by every municipality, so
 * they are never renamed or deleted; a municipality that wants another wording adds its own kind and retires the
 * preset. A retired kind stays valid for the groups that have it and is no longer offered in the forms.
 */
@Service
class GroupKindAdministration {

	/** Lower-case letters, digits and hyphens, starting with a letter or digit: it appears in addresses. */
	static final Pattern CODE = Pattern.compile("^[a-z0-9][a-z0-9-]{0,39}$");

	static final Set<String> CATEGORIES = Set.of("TERRITORIAL", "PURPOSE", "OTHER");

	private final GroupKindRepository kinds;

	private final GroupKindSettingRepository settings;

	private final Municipalities municipalities;

	private final AuditLog auditLog;

	private final EntityManager entityManager;

	GroupKindAdministration(GroupKindRepository kinds, GroupKindSettingRepository settings,
			Municipalities municipalities, AuditLog auditLog, EntityManager entityManager) {
		this.kinds = kinds;
		this.settings = settings;
		this.municipalities = municipalities;
		this.auditLog = auditLog;
		this.entityManager = entityManager;
	}

	/** Every kind of the municipality in its order, with its state and how many groups use it. */
	@Transactional(readOnly = true)
	List<KindEntry> entries() {
		Map<String, GroupKindSetting> byCode = settingsByCode();
		Map<String, Long> usage = usage();
		return kinds.findForMunicipality(code())
			.stream()
			.map(kind -> new KindEntry(kind.code(), kind.category(), kind.name(), kind.nameEn(), kind.isPreset(),
					byCode.containsKey(kind.code()) && byCode.get(kind.code()).retired(),
					usage.getOrDefault(kind.code(), 0L)))
			.toList();
	}

	/** The codes retired by this municipality: no longer offered in the forms. */
	@Transactional(readOnly = true)
	Set<String> retiredCodes() {
		return settings.findForMunicipality(code())
			.stream()
			.filter(GroupKindSetting::retired)
			.map(GroupKindSetting::kindCode)
			.collect(Collectors.toUnmodifiableSet());
	}

	@Transactional
	void create(String kindCode, String category, String name, String nameEn) {
		if (!CODE.matcher(kindCode).matches()) {
			throw new GroupRuleViolation("code", "groupKind.code.invalid");
		}
		if (kinds.existsById(kindCode)) {
			throw new GroupRuleViolation("code", "groupKind.code.taken");
		}
		if (!CATEGORIES.contains(category)) {
			throw new GroupRuleViolation("category", "groupKind.category.unknown");
		}
		checkNames(name, nameEn);
		List<GroupKind> current = kinds.findForMunicipality(code());
		Map<String, GroupKindSetting> byCode = settingsByCode();
		int last = current.stream()
			.mapToInt(kind -> byCode.containsKey(kind.code()) ? byCode.get(kind.code()).sortOrder() : kind.sortOrder())
			.max()
			.orElse(0);
		kinds.save(new GroupKind(kindCode, code(), category, name.strip(), nameEn.strip(), last + 10));
		if (!byCode.isEmpty()) {
			settings.save(new GroupKindSetting(code(), kindCode, last + 10));
		}
		auditLog.record(new AuditRecord("group-kind.created", "group-kind", kindCode));
	}

	@Transactional
	void rename(String kindCode, String name, String nameEn) {
		GroupKind kind = visible(kindCode);
		if (kind.isPreset()) {
			throw new GroupRuleViolation("name", "groupKind.preset.readOnly");
		}
		checkNames(name, nameEn);
		kind.rename(name.strip(), nameEn.strip());
		auditLog.record(new AuditRecord("group-kind.renamed", "group-kind", kindCode));
	}

	/** Swaps the kind with its neighbour above ({@code up}) or below. */
	@Transactional
	void move(String kindCode, boolean up) {
		visible(kindCode);
		List<GroupKindSetting> ordered = materialisedSettings();
		int index = indexOf(ordered, kindCode);
		int other = up ? index - 1 : index + 1;
		if (other < 0 || other >= ordered.size()) {
			return;
		}
		int mine = ordered.get(index).sortOrder();
		ordered.get(index).moveTo(ordered.get(other).sortOrder());
		ordered.get(other).moveTo(mine);
		auditLog.record(new AuditRecord("group-kind.moved", "group-kind", kindCode));
	}

	@Transactional
	void retire(String kindCode, boolean retired) {
		visible(kindCode);
		List<GroupKindSetting> ordered = materialisedSettings();
		ordered.get(indexOf(ordered, kindCode)).retire(retired);
		auditLog.record(new AuditRecord(retired ? "group-kind.retired" : "group-kind.restored", "group-kind", kindCode));
	}

	/** Deletes the municipality's own kind; refused for presets and for a kind any group uses (retire it instead). */
	@Transactional
	void delete(String kindCode) {
		GroupKind kind = visible(kindCode);
		if (kind.isPreset()) {
			throw new GroupRuleViolation("code", "groupKind.preset.notDeletable");
		}
		long used = usage().getOrDefault(kindCode, 0L);
		if (used > 0) {
			throw new GroupRuleViolation("code", "groupKind.inUse", used);
		}
		settings.findById(new GroupKindSetting.Key(code(), kindCode)).ifPresent(settings::delete);
		kinds.delete(kind);
		auditLog.record(new AuditRecord("group-kind.deleted", "group-kind", kindCode));
	}

	private static void checkNames(String name, String nameEn) {
		if (name == null || name.isBlank()) {
			throw new GroupRuleViolation("name", "groupKind.name.required");
		}
		if (name.strip().length() > 100) {
			throw new GroupRuleViolation("name", "groupKind.name.tooLong", 100);
		}
		if (nameEn == null || nameEn.isBlank()) {
			throw new GroupRuleViolation("nameEn", "groupKind.nameEn.required");
		}
		if (nameEn.strip().length() > 100) {
			throw new GroupRuleViolation("nameEn", "groupKind.nameEn.tooLong", 100);
		}
	}

	/** A setting for every kind, numbered 10, 20, … in the current order, so that moves only swap numbers. */
	private List<GroupKindSetting> materialisedSettings() {
		Map<String, GroupKindSetting> byCode = settingsByCode();
		List<GroupKindSetting> ordered = new ArrayList<>();
		int order = 10;
		for (GroupKind kind : kinds.findForMunicipality(code())) {
			GroupKindSetting setting = byCode.get(kind.code());
			if (setting == null) {
				setting = settings.save(new GroupKindSetting(code(), kind.code(), order));
			}
			else {
				setting.moveTo(order);
			}
			ordered.add(setting);
			order += 10;
		}
		return ordered;
	}

	private static int indexOf(List<GroupKindSetting> ordered, String kindCode) {
		for (int i = 0; i < ordered.size(); i++) {
			if (ordered.get(i).kindCode().equals(kindCode)) {
				return i;
			}
		}
		throw new GroupKindNotFound(kindCode);
	}

	private Map<String, GroupKindSetting> settingsByCode() {
		Map<String, GroupKindSetting> byCode = new HashMap<>();
		settings.findForMunicipality(code()).forEach(setting -> byCode.put(setting.kindCode(), setting));
		return byCode;
	}

	/** How many groups of the municipality have each kind; removed groups still count, being kept as records. */
	private Map<String, Long> usage() {
		Map<String, Long> usage = new HashMap<>();
		entityManager
			.createQuery("select g.kindCode, count(g) from CivicGroup g where g.municipalityCode = :code group by g.kindCode",
					Object[].class)
			.setParameter("code", code())
			.getResultList()
			.forEach(row -> usage.put((String) row[0], (Long) row[1]));
		return usage;
	}

	private GroupKind visible(String kindCode) {
		return kinds.findById(kindCode)
			.filter(kind -> kind.isPreset() || code().equals(kind.municipalityCode()))
			.orElseThrow(() -> new GroupKindNotFound(kindCode));
	}

	private String code() {
		return municipalities.current().code();
	}

	/** A kind of group as the administrators' page shows it. */
	record KindEntry(String code, String category, String name, String nameEn, boolean preset, boolean retired,
			long groups) {
	}

	/** No such kind of group for this municipality: a 404. */
	@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
	static class GroupKindNotFound extends RuntimeException {

		GroupKindNotFound(String code) {
			super("group kind " + code);
		}
	}
}
