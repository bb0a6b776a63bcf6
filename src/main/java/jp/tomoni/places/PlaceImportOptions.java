package jp.tomoni.places;

import org.jspecify.annotations.Nullable;

/**
 * How a list of places is imported.
 *
 * @param format the format, or {@code null} to recognise it by the header row
 * @param defaultKind the kind of a place whose list names none (decision 0029), by default {@code other}
 * @param ownMunicipalityOnly take only the rows whose 全国地方公共団体コード is the current municipality's (off by
 *        default: a register lists the places residents use, and a list usually holds one municipality's places)
 * @param dryRun check only
 */
record PlaceImportOptions(@Nullable PlaceImportFormat format, String defaultKind, boolean ownMunicipalityOnly,
		boolean dryRun) {

	static final String DEFAULT_KIND = "other";
}
