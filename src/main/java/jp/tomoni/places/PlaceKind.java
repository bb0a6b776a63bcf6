package jp.tomoni.places;

import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jp.tomoni.shared.MasterListEntry;

/** A kind of place (図書館, 公園 …): master data. A retired kind stays on its places and is no longer offered. */
@Entity
@Table(name = "place_kind")
class PlaceKind extends MasterListEntry {

	protected PlaceKind() {
	}

	PlaceKind(String code, String name, String nameEn, int sortOrder) {
		super(code, name, nameEn, sortOrder);
	}

	PlaceKindView toView() {
		return new PlaceKindView(code(), name(), nameEn(), retired());
	}

	/** A kind as pages show it: its Japanese or English name. */
	record PlaceKindView(String code, String name, String nameEn, boolean retired) {

		public String label(Locale locale) {
			return "en".equals(locale.getLanguage()) ? nameEn : name;
		}
	}
}
