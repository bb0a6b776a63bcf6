package jp.tomoni.projects;

import java.util.Locale;

/** A principle of collaboration as other modules and pages see it; the description is the municipality's wording. */
public record CollaborationPrincipleView(String code, String name, String nameEn, String description,
		boolean retired) {

	/** The name in the language of the page. */
	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : name;
	}
}
