package jp.tomoni.projects;

import java.util.Locale;

/** A department as other modules and pages see it. */
public record DepartmentView(String code, String name, String nameEn, boolean retired) {

	/** The name in the language of the page. */
	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : name;
	}
}
