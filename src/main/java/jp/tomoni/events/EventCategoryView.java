package jp.tomoni.events;

/** A category of event; {@link #label(boolean)} gives the name in the reader's language. */
public record EventCategoryView(String code, String name, String nameEn, int sortOrder, boolean retired) {

	public String label(boolean english) {
		return english ? nameEn : name;
	}
}
