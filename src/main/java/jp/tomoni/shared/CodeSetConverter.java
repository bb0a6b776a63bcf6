package jp.tomoni.shared;

import java.util.Arrays;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;

/**
 * A set of codes (activity fields, areas, skills) kept in one column as sorted, space-separated codes, for lists that
 * are read whole with their row and searched through the search index rather than joined on. Codes never contain
 * spaces.
 */
@Converter
public class CodeSetConverter implements AttributeConverter<Set<String>, String> {

	@Override
	public String convertToDatabaseColumn(@Nullable Set<String> codes) {
		return codes == null ? "" : String.join(" ", new TreeSet<>(codes));
	}

	@Override
	public Set<String> convertToEntityAttribute(@Nullable String column) {
		if (column == null || column.isBlank()) {
			return Collections.emptySet();
		}
		return Collections.unmodifiableSet(new TreeSet<>(Arrays.asList(column.trim().split(" +"))));
	}
}
