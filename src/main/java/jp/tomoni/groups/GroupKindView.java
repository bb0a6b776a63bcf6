package jp.tomoni.groups;

import java.util.Locale;

/**
 * A kind of group.
 *
 * @param category {@code TERRITORIAL} (地縁型), {@code PURPOSE} (目的型) or {@code OTHER}
 */
public record GroupKindView(String code, String category, String name, String nameEn) {

	public String label(Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : name;
	}
}
