package jp.tomoni.groups.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.tomoni.imports.Columns;
import jp.tomoni.imports.HeaderText;
import jp.tomoni.imports.LineProblem;
import jp.tomoni.imports.Readings;
import jp.tomoni.shared.ActivityField;
import jp.tomoni.shared.JapaneseText;
import org.apache.commons.csv.CSVRecord;

/**
 * 東京都's list of NPO corporations (title on line 1, header on line 2 with line breaks inside its cells). No
 * official column list is available offline, so the columns are an assumption (decision 0017) matched by their
 * normalised header text: 法人名, フリガナ if present, 主たる事務所の所在地, 目的, 活動分野 (labels joined with 「、」
 * or flag columns), 法人番号 if present, 事業 if present. 代表者氏名 is personal data and never read.
 */
final class TokyoNpoRows extends RowMapper {

	static final List<Columns.Spec> COLUMNS;

	static {
		List<Columns.Spec> specs = new ArrayList<>(List.of(Columns.Spec.of("name", "法人名", "法人名称"),
				Columns.Spec.of("nameKana", "法人名フリガナ", "法人名ふりがな", "法人名カナ", "法人名称カナ", "フリガナ"),
				Columns.Spec.of("address", "主たる事務所の所在地", "主たる事務所所在地", "所在地"),
				Columns.Spec.of("purpose", "目的", "定款に記載された目的", "法人の目的"),
				Columns.Spec.of("fieldsText", "活動分野", "活動の種類", "特定非営利活動の種類"),
				Columns.Spec.of("corporateNumber", "法人番号"),
				Columns.Spec.of("activities", "事業", "事業内容", "特定非営利活動に係る事業"),
				Columns.Spec.of("dissolution", "解散", "解散日", "解散情報")));
		specs.addAll(fieldFlagSpecs());
		COLUMNS = List.copyOf(specs);
	}

	static final List<String> REQUIRED = List.of("name", "address", "purpose");

	private static final Map<String, String> FIELD_BY_LABEL = new HashMap<>();

	static {
		for (ActivityField field : ActivityField.ALL) {
			int number = Integer.parseInt(field.code());
			FIELD_BY_LABEL.put(HeaderText.normalise(field.shortName()), field.code());
			FIELD_BY_LABEL.put(HeaderText.normalise(field.officialName()), field.code());
			FIELD_BY_LABEL.put(String.valueOf(number), field.code());
			FIELD_BY_LABEL.put(number + "号", field.code());
			FIELD_BY_LABEL.put("第" + number + "号", field.code());
		}
	}

	private final MunicipalityFilter municipality;

	private final Readings readings = new Readings();

	TokyoNpoRows(Columns columns, ImportContext context) {
		super(columns);
		this.municipality = new MunicipalityFilter(context.municipalityCode(), context.municipalityName());
	}

	/** The header is 東京都's when it has the required columns and activity fields in one of the two forms. */
	static boolean complete(Columns columns) {
		return columns.hasAll(REQUIRED) && (columns.has("fieldsText") || columns.has("field1"));
	}

	@Override
	ImportFormat format() {
		return ImportFormat.TOKYO_NPO;
	}

	@Override
	ParsedLine map(long line, CSVRecord record) {
		if (!municipality.prefecturalRowBelongs("東京都", columns.get(record, "address"))) {
			return new ParsedLine.Skipped(line, ParsedLine.SkipReason.OTHER_MUNICIPALITY);
		}
		if (columns.get(record, "dissolution") != null) {
			return new ParsedLine.Skipped(line, ParsedLine.SkipReason.DISSOLVED);
		}
		List<LineProblem> problems = new ArrayList<>();
		String corporateNumber = corporateNumber(record, "corporateNumber", line, problems);
		Set<String> fields = hasFlagColumns() ? flaggedFields(record) : new LinkedHashSet<>();
		if (columns.has("fieldsText")) {
			String text = columns.get(record, "fieldsText");
			for (String label : text == null ? List.<String>of() : List.of(text.split("[、,;/／\\n]+"))) {
				if (label.isBlank()) {
					continue;
				}
				Optional<String> code = Optional.ofNullable(FIELD_BY_LABEL.get(HeaderText.normalise(label)));
				if (code.isPresent()) {
					fields.add(code.get());
				}
				else {
					problems.add(LineProblem.of(line, columns.label("fieldsText"), "groupImport.error.fieldLabel",
							label.strip()));
				}
			}
		}
		if (!problems.isEmpty()) {
			return new ParsedLine.Rejected(line, problems);
		}
		String name = columns.get(record, "name");
		String kana = columns.get(record, "nameKana");
		Map<String, String> labels = new HashMap<>(columns.labels());
		labels.put("fieldCodes", columns.has("fieldsText") ? columns.label("fieldsText") : columns.label("field1"));
		if (kana == null && name != null) {
			kana = readings.guess(name);
			labels.put("nameKana", columns.label("name"));
		}
		String activities = columns.text(record, "activities");
		Set<String> imported = new LinkedHashSet<>(List.of("name", "nameKana", "fieldCodes", "purpose"));
		if (corporateNumber != null) {
			imported.add("corporateNumber");
		}
		if (activities != null) {
			imported.add("activities");
		}
		return new ParsedLine.Row(new ImportedRow(line, corporateNumber != null ? corporateNumber : String.valueOf(name),
				corporateNumber, name, kana == null ? null : JapaneseText.toFurigana(kana), "npo-corporation", fields,
				Set.of(), columns.text(record, "purpose"), activities, null, null, false, null, null, "STAFF", null,
				"STAFF", imported, labels));
	}
}
