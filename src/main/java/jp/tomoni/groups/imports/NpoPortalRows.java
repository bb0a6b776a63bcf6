package jp.tomoni.groups.imports;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jp.tomoni.imports.Columns;
import jp.tomoni.imports.LineProblem;
import jp.tomoni.imports.Readings;
import jp.tomoni.shared.JapaneseText;
import org.apache.commons.csv.CSVRecord;

/**
 * The 内閣府 NPO portal bulk CSV (行政入力情報, 60 columns; japanese-conventions.md §2). Reads name, reading,
 * 所轄庁 and address (to keep the current municipality's rows), purpose, the 20 activity flags, 法人番号 and the
 * description of the activities; dissolved corporations are skipped.
 */
final class NpoPortalRows extends RowMapper {

	static final List<Columns.Spec> COLUMNS;

	static {
		List<Columns.Spec> specs = new ArrayList<>(List.of(Columns.Spec.of("name", "法人名称"),
				Columns.Spec.of("nameKana", "法人名称カナ", "法人名称フリガナ", "法人名カナ"), Columns.Spec.of("authority", "所轄庁"),
				Columns.Spec.of("delegatedTo", "権限移譲先市町村"), Columns.Spec.of("address", "主たる事務所の所在地"),
				Columns.Spec.of("purpose", "定款に記載された目的"), Columns.Spec.of("supervision", "監督情報"),
				Columns.Spec.of("dissolution", "解散情報"), Columns.Spec.of("url", "法人情報URL"),
				Columns.Spec.of("corporateNumber", "法人番号"), Columns.Spec.of("activities", "特定非営利活動に係る事業")));
		specs.addAll(fieldFlagSpecs());
		COLUMNS = List.copyOf(specs);
	}

	static final List<String> REQUIRED = List.of("name", "authority", "purpose", "corporateNumber", "field1");

	private final MunicipalityFilter municipality;

	private final Readings readings = new Readings();

	NpoPortalRows(Columns columns, ImportContext context) {
		super(columns);
		this.municipality = new MunicipalityFilter(context.municipalityCode(), context.municipalityName());
	}

	@Override
	ImportFormat format() {
		return ImportFormat.NPO_PORTAL;
	}

	@Override
	ParsedLine map(long line, CSVRecord record) {
		if (!municipality.portalRowBelongs(columns.get(record, "authority"), columns.get(record, "delegatedTo"),
				columns.get(record, "address"))) {
			return new ParsedLine.Skipped(line, ParsedLine.SkipReason.OTHER_MUNICIPALITY);
		}
		String supervision = columns.get(record, "supervision");
		if (columns.get(record, "dissolution") != null || (supervision != null && supervision.contains("取消"))) {
			return new ParsedLine.Skipped(line, ParsedLine.SkipReason.DISSOLVED);
		}
		List<LineProblem> problems = new ArrayList<>();
		String corporateNumber = corporateNumber(record, "corporateNumber", line, problems);
		if (!problems.isEmpty()) {
			return new ParsedLine.Rejected(line, problems);
		}
		String name = columns.get(record, "name");
		String kana = columns.get(record, "nameKana");
		var labels = new java.util.HashMap<>(columns.labels());
		labels.put("fieldCodes", columns.label("field1"));
		if (kana == null && name != null) {
			kana = readings.guess(name);
			labels.put("nameKana", columns.label("name"));
		}
		String url = columns.get(record, "url");
		String sourceId = corporateNumber != null ? corporateNumber : url != null ? url : String.valueOf(name);
		String activities = columns.text(record, "activities");
		Set<String> imported = new LinkedHashSet<>(
				List.of("name", "nameKana", "corporateNumber", "fieldCodes", "purpose"));
		if (activities != null) {
			imported.add("activities");
		}
		return new ParsedLine.Row(new ImportedRow(line, sourceId, corporateNumber, name,
				kana == null ? null : JapaneseText.toFurigana(kana), "npo-corporation", flaggedFields(record), Set.of(),
				columns.text(record, "purpose"), activities, null, null, false, null, null, "STAFF", null, "STAFF",
				imported, labels));
	}
}
