package jp.tomoni.consultations;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** An entry of a list the municipality keeps (desks, topics): a code, Japanese and English names, an order; a retired entry stays on its records and is no longer offered. */
@MappedSuperclass
abstract class ListEntry {

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

	protected ListEntry() {
	}

	protected ListEntry(String code, String name, String nameEn, int sortOrder) {
		this.code = code;
		this.name = name;
		this.nameEn = nameEn;
		this.sortOrder = sortOrder;
	}

	String code() {
		return code;
	}

	String name(java.util.Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : name;
	}

	String name() {
		return name;
	}

	String nameEn() {
		return nameEn;
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

	int sortOrder() {
		return sortOrder;
	}

	boolean retired() {
		return retired;
	}
}
