package jp.tomoni.places;

import java.util.List;
import java.util.Map;

import jp.tomoni.imports.LineProblem;

/** What one data line of a list of places turned out to be. */
sealed interface PlaceLine {

	long line();

	/**
	 * A place to check and apply.
	 *
	 * @param source the list it comes from ({@code 222127:public-facilities}; decision 0029)
	 * @param sourceKey its NO / ID in that list, else its name and address
	 * @param form its values, with the kind the {@link KindRule} gave
	 * @param hasArea whether the list sets the area (else a place keeps the area staff gave it)
	 * @param columns the file's header text of each form property, for messages
	 * @param problems what reading the cells found wrong (an Excel number, unreadable coordinates); the form's
	 *        rules are checked after
	 */
	record Row(long line, String source, String sourceKey, PlaceForm form, boolean hasArea,
			Map<String, String> columns, List<LineProblem> problems) implements PlaceLine {

		String column(String property) {
			return columns.getOrDefault(property, property);
		}
	}

	/** Another municipality's row, when the import takes only the current municipality's. */
	record Skipped(long line) implements PlaceLine {
	}

	/** The line cannot be read as a place (e.g. a NO that Excel turned into 1.00E+12). */
	record Rejected(long line, List<LineProblem> problems) implements PlaceLine {
	}

	/** What reading a list needs to know. */
	record Context(String municipalityCode, KindRule kinds, boolean ownMunicipalityOnly) {
	}
}
