package jp.tomoni.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jp.tomoni.shared.MasterRow;

/**
 * An entry of a short list the municipality keeps (consultation desks and topics, talent-bank skills): a code,
 * Japanese and English names, an order; a retired entry stays on its records and is no longer offered. Each list is
 * a table of its own whose entity extends this class; {@link MasterRows} gives it the administrators' pages.
 */
@MappedSuperclass
public abstract class MasterListEntry implements MasterRow {

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

	protected MasterListEntry() {
	}

	protected MasterListEntry(String code, String name, String nameEn, int sortOrder) {
		this.code = code;
		this.name = name;
		this.nameEn = nameEn;
		this.sortOrder = sortOrder;
	}

	@Override
	public String code() {
		return code;
	}

	/** The name in the language of the page: English where asked, Japanese otherwise. */
	public String name(java.util.Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : name;
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

	@Override
	public int sortOrder() {
		return sortOrder;
	}

	@Override
	public boolean retired() {
		return retired;
	}
}
