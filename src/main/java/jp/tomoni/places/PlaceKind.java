package jp.tomoni.places;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A kind of place (図書館, 公園 …): master data. A retired kind stays on its places and is no longer offered. */
@Entity
@Table(name = "place_kind")
class PlaceKind {

	@Id
	@Column(length = 40)
	private String code;

	@Column(nullable = false, length = 100)
	private String name;

	@Column(name = "name_en", nullable = false, length = 100)
	private String nameEn;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	@Column(nullable = false)
	private boolean retired;

	protected PlaceKind() {
	}

	PlaceKind(String code, String name, String nameEn, int sortOrder) {
		this.code = code;
		this.name = name;
		this.nameEn = nameEn;
		this.sortOrder = sortOrder;
	}

	String code() {
		return code;
	}

	String name() {
		return name;
	}

	String nameEn() {
		return nameEn;
	}

	int sortOrder() {
		return sortOrder;
	}

	boolean retired() {
		return retired;
	}

	void rename(String name, String nameEn) {
		this.name = name;
		this.nameEn = nameEn;
	}

	void retire(boolean retired) {
		this.retired = retired;
	}

	void order(int sortOrder) {
		this.sortOrder = sortOrder;
	}

	PlaceKindView toView() {
		return new PlaceKindView(code, name, nameEn, retired);
	}

	/** A kind as pages show it: its Japanese or English name. */
	record PlaceKindView(String code, String name, String nameEn, boolean retired) {

		public String label(Locale locale) {
			return "en".equals(locale.getLanguage()) ? nameEn : name;
		}
	}
}
