package jp.tomoni.groups.imports;

import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One group as a line of the file describes it, its text NFKC-normalised like form input, not yet validated
 * against the registration rules.
 *
 * @param line the physical line number where the record starts
 * @param sourceId the record's id in its source, for matching on re-import when there is no 法人番号
 * @param kindCode the kind's code; {@code null} keeps an existing group's kind
 * @param imported the properties this format supplies (names of {@code GroupCommand} components); an existing
 * group keeps the others
 * @param columns the file's header text of each property, for messages
 */
public record ImportedRow(long line, String sourceId, @Nullable String corporateNumber, @Nullable String name,
		@Nullable String nameKana, @Nullable String kindCode, Set<String> fieldCodes, Set<String> areaCodes,
		@Nullable String purpose, @Nullable String activities, @Nullable String offers, @Nullable String seeks,
		boolean acceptsVolunteers, @Nullable String website, @Nullable String contactEmail,
		@Nullable String contactEmailVisibility, @Nullable String contactPhone, @Nullable String contactPhoneVisibility,
		Set<String> imported, Map<String, String> columns) {

	/** The header text of a property's column, or the property's name when the file has no such column. */
	public String column(String property) {
		return columns.getOrDefault(property, property);
	}
}
