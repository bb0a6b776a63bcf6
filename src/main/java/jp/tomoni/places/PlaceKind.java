package jp.tomoni.places;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.tomoni.shared.MasterRow;

/** A kind of place (図書館, 公園 …): master data. A retired kind stays on its places and is no longer offered. */
@Entity
@Table(name = "place_kind")
class PlaceKind implements MasterRow {

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

	@Override
	public String code() {
		return code;
	}

	@Override
	public String name() {
		return name;
	}

	@Override
	public String nameEn() {
		return nameEn;
	}

	@Override
	public int sortOrder() {
		return sortOrder;
	}

	@Override
	public boolean retired() {
		return retired;
	}

	@Override
	public void rename(String name, String nameEn) {
		this.name = name;
		this.nameEn = nameEn;
	}

	@Override
	public void retire(boolean retired) {
		this.retired = retired;
	}

	@Override
	public void order(int sortOrder) {
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
