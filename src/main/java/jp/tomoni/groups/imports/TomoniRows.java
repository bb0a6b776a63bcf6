package jp.tomoni.groups.imports;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jp.tomoni.imports.Columns;
import jp.tomoni.imports.HeaderText;
import jp.tomoni.imports.LineProblem;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/** Tomoni's own CSV (docs/group-import.md): every property of a group, by English key or Japanese header. */
final class TomoniRows extends RowMapper {

	static final List<Columns.Spec> COLUMNS = List.of(Columns.Spec.of("sourceId", "source_id", "管理番号"),
			Columns.Spec.of("name", "name", "団体名"), Columns.Spec.of("nameKana", "name_kana", "フリガナ", "団体名フリガナ"),
			Columns.Spec.of("kindCode", "kind", "団体の種類", "種類"),
			Columns.Spec.of("corporateNumber", "corporate_number", "法人番号"),
			Columns.Spec.of("fieldCodes", "fields", "活動分野"), Columns.Spec.of("areaCodes", "areas", "活動地域"),
			Columns.Spec.of("purpose", "purpose", "目的"), Columns.Spec.of("activities", "activities", "活動内容"),
			Columns.Spec.of("offers", "offers", "提供できること"), Columns.Spec.of("seeks", "seeks", "求めていること"),
			Columns.Spec.of("acceptsVolunteers", "accepts_volunteers", "ボランティアの受け入れ"),
			Columns.Spec.of("website", "website", "ウェブサイト"),
			Columns.Spec.of("contactEmail", "contact_email", "連絡先メールアドレス"),
			Columns.Spec.of("contactEmailVisibility", "contact_email_visibility", "メールアドレスの公開範囲"),
			Columns.Spec.of("contactPhone", "contact_phone", "連絡先電話番号"),
			Columns.Spec.of("contactPhoneVisibility", "contact_phone_visibility", "電話番号の公開範囲"));

	static final List<String> REQUIRED = List.of("name", "nameKana", "kindCode", "fieldCodes", "purpose");

	private static final Set<String> ALL = Set.of("name", "nameKana", "kindCode", "corporateNumber", "fieldCodes",
			"areaCodes", "purpose", "activities", "offers", "seeks", "acceptsVolunteers", "website", "contactEmail",
			"contactEmailVisibility", "contactPhone", "contactPhoneVisibility");

	private final Map<String, String> kinds;

	TomoniRows(Columns columns, ImportContext context) {
		super(columns);
		this.kinds = context.kindCodesByName();
	}

	@Override
	ImportFormat format() {
		return ImportFormat.TOMONI;
	}

	@Override
	ParsedLine map(long line, CSVRecord record) {
		List<LineProblem> problems = new ArrayList<>();
		String corporateNumber = corporateNumber(record, "corporateNumber", line, problems);
		String sourceId = columns.get(record, "sourceId");
		if (sourceId == null && corporateNumber == null && problems.isEmpty()) {
			problems.add(LineProblem.of(line, columns.label("sourceId"), "groupImport.error.sourceIdRequired"));
		}
		String kind = columns.get(record, "kindCode");
		if (kind != null) {
			kind = kinds.getOrDefault(HeaderText.normalise(kind), kind);
		}
		Set<String> fields = new LinkedHashSet<>();
		for (String code : split(columns.get(record, "fieldCodes"))) {
			fields.add(code.matches("\\d") ? "0" + code : code);
		}
		Set<String> areas = new LinkedHashSet<>(split(columns.get(record, "areaCodes")));
		Boolean volunteers = yesNo(columns.get(record, "acceptsVolunteers"));
		if (volunteers == null) {
			problems.add(LineProblem.of(line, columns.label("acceptsVolunteers"), "groupImport.error.yesNo",
					String.valueOf(columns.get(record, "acceptsVolunteers"))));
		}
		String emailVisibility = visibility(record, "contactEmailVisibility", line, problems);
		String phoneVisibility = visibility(record, "contactPhoneVisibility", line, problems);
		if (!problems.isEmpty()) {
			return new ParsedLine.Rejected(line, problems);
		}
		String email = columns.get(record, "contactEmail");
		return new ParsedLine.Row(new ImportedRow(line, sourceId != null ? sourceId : corporateNumber, corporateNumber,
				columns.get(record, "name"), columns.get(record, "nameKana"), kind, fields, areas,
				columns.text(record, "purpose"), columns.text(record, "activities"), columns.text(record, "offers"),
				columns.text(record, "seeks"), volunteers, columns.get(record, "website"),
				email == null ? null : email.toLowerCase(Locale.ROOT), emailVisibility,
				columns.get(record, "contactPhone"), phoneVisibility, ALL, columns.labels()));
	}

	private static @Nullable Boolean yesNo(@Nullable String value) {
		if (value == null) {
			return false;
		}
		String v = value.toLowerCase(Locale.ROOT);
		if (Set.of("true", "1", "yes", "y", "はい", "○", "有", "可", "受け入れる").contains(v)) {
			return true;
		}
		if (Set.of("false", "0", "no", "n", "いいえ", "×", "無", "不可", "受け入れない").contains(v)) {
			return false;
		}
		return null;
	}

	private String visibility(CSVRecord record, String key, long line, List<LineProblem> problems) {
		String value = columns.get(record, key);
		if (value == null) {
			return "STAFF";
		}
		String v = value.toUpperCase(Locale.ROOT).replace('-', '_');
		String result = switch (v) {
			case "PUBLIC", "公開" -> "PUBLIC";
			case "SIGNED_IN", "会員に公開", "登録者に公開" -> "SIGNED_IN";
			case "STAFF", "職員のみ", "非公開" -> "STAFF";
			default -> null;
		};
		if (result == null) {
			problems.add(LineProblem.of(line, columns.label(key), "groupImport.error.visibility", value));
			return "STAFF";
		}
		return result;
	}
}
