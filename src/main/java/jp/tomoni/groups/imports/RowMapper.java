package jp.tomoni.groups.imports;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jp.tomoni.imports.Columns;
import jp.tomoni.imports.LineProblem;
import jp.tomoni.shared.ActivityField;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/** Reads the data lines of one format once its header row is known. */
abstract class RowMapper {

	/** A number that Excel showed in exponent form and saved so: its digits are lost (6.34E+12). */
	private static final Pattern EXCEL_EXPONENT = Pattern.compile("^[0-9](\\.[0-9]+)?[eE][+]?[0-9]+$");

	private static final Pattern SEPARATORS = Pattern.compile("[;,、,\\s/／]+");

	protected final Columns columns;

	protected RowMapper(Columns columns) {
		this.columns = columns;
	}

	abstract ImportFormat format();

	abstract ParsedLine map(long line, CSVRecord record);

	/** The 法人番号 digits (check digit verified later, with the form's rule); Excel's exponent form is refused. */
	protected @Nullable String corporateNumber(CSVRecord record, String key, long line, List<LineProblem> problems) {
		String value = columns.get(record, key);
		if (value == null) {
			return null;
		}
		if (EXCEL_EXPONENT.matcher(value).matches()) {
			problems.add(LineProblem.of(line, columns.label(key), "groupImport.error.excelNumber", value));
			return null;
		}
		return value.replaceAll("[\\s\\-‐－―]", "");
	}

	/** Activity fields from the flag columns 活動分野1..20 (「○」: applies). */
	protected Set<String> flaggedFields(CSVRecord record) {
		Set<String> codes = new LinkedHashSet<>();
		for (ActivityField field : ActivityField.ALL) {
			String flag = columns.get(record, "field" + Integer.parseInt(field.code()));
			if (flag != null && !Set.of("0", "×", "x", "-", "false", "無").contains(flag)) {
				codes.add(field.code());
			}
		}
		return codes;
	}

	protected boolean hasFlagColumns() {
		return columns.has("field1");
	}

	protected static List<String> split(@Nullable String value) {
		if (value == null) {
			return List.of();
		}
		List<String> parts = new ArrayList<>();
		for (String part : SEPARATORS.split(value)) {
			if (!part.isBlank()) {
				parts.add(part.strip());
			}
		}
		return parts;
	}

	/** The flag columns 活動分野1 … 活動分野20 (headers in 全角 digits match after NFKC). */
	static List<Columns.Spec> fieldFlagSpecs() {
		List<Columns.Spec> specs = new ArrayList<>();
		for (int i = 1; i <= 20; i++) {
			specs.add(Columns.Spec.of("field" + i, "活動分野" + i));
		}
		return specs;
	}
}
