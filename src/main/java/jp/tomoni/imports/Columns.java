package jp.tomoni.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.tomoni.shared.JapaneseText;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/** The columns of a format found in a header row: each key's index and header text. */
public final class Columns {

	/** A column of a format: its key and the header texts it is known by (compared normalised). */
	public record Spec(String key, List<String> headers) {

		public static Spec of(String key, String... headers) {
			return new Spec(key, List.of(headers));
		}
	}

	private final Map<String, Integer> index = new HashMap<>();

	private final Map<String, String> labels = new HashMap<>();

	private final List<String> unused = new ArrayList<>();

	private Columns() {
	}

	/** The format's columns in this header row (a column named twice counts the first time). */
	public static Columns find(List<Spec> specs, List<String> header) {
		Columns columns = new Columns();
		Map<String, String> keyByHeader = new HashMap<>();
		for (Spec spec : specs) {
			for (String text : spec.headers()) {
				keyByHeader.putIfAbsent(HeaderText.normalise(text), spec.key());
			}
		}
		for (int i = 0; i < header.size(); i++) {
			String key = keyByHeader.get(HeaderText.normalise(header.get(i)));
			if (key != null && !columns.index.containsKey(key)) {
				columns.index.put(key, i);
				columns.labels.put(key, HeaderText.label(header.get(i)));
			}
			else if (!header.get(i).isBlank()) {
				columns.unused.add(HeaderText.label(header.get(i)));
			}
		}
		return columns;
	}

	public boolean has(String key) {
		return index.containsKey(key);
	}

	public boolean hasAll(List<String> keys) {
		return index.keySet().containsAll(keys);
	}

	public String label(String key) {
		return labels.getOrDefault(key, key);
	}

	public Map<String, String> labels() {
		return Map.copyOf(labels);
	}

	/** Header texts of the file that this format does not read. */
	public List<String> unused() {
		return List.copyOf(unused);
	}

	/** The cell, NFKC-normalised and trimmed like form input; {@code null} when empty or absent. */
	public @Nullable String get(CSVRecord record, String key) {
		Integer i = index.get(key);
		if (i == null || i >= record.size()) {
			return null;
		}
		String value = JapaneseText.normalize(record.get(i));
		return value == null || value.isEmpty() ? null : value;
	}

	/** The cell as written, only trimmed: for multi-line text whose line breaks matter. */
	public @Nullable String text(CSVRecord record, String key) {
		String value = get(record, key);
		return value == null ? null : value.replace("\r\n", "\n");
	}
}
