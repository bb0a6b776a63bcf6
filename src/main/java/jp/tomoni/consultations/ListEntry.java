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

	String code() {
		return code;
	}

	String name(java.util.Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : name;
	}

	int sortOrder() {
		return sortOrder;
	}

	boolean retired() {
		return retired;
	}
}
