package jp.tomoni.projects;

import java.util.Locale;

/**
 * A form of collaboration as other modules and pages see it.
 *
 * @param defaultZone the zone a new project of this form takes unless staff choose another
 * @param commission whether it is a commission (協働委託), reviewed when it stays with the same partner
 */
public record CollaborationFormView(String code, String name, String nameEn, Zone defaultZone, boolean commission,
		boolean retired) {

	/** The name in the language of the page. */
	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : name;
	}
}
