package jp.tomoni.newsletter;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** The preferences form, reached with the manage token of a mail's link. */
record PreferencesForm(String token, @Nullable List<String> fieldCodes, @Nullable List<String> areaCodes) {

	List<String> fields() {
		return fieldCodes == null ? List.of() : fieldCodes;
	}

	List<String> areas() {
		return areaCodes == null ? List.of() : areaCodes;
	}
}
