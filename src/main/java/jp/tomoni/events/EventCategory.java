package jp.tomoni.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.tomoni.shared.MasterRow;

/** A category of event (master data): 交流会, 講座・セミナー, … A retired category stays on old events only. */
@Entity
@Table(name = "event_category")
class EventCategory implements MasterRow {

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

	protected EventCategory() {
	}

	EventCategory(String code, String name, String nameEn, int sortOrder) {
		this.code = code;
		this.name = name;
		this.nameEn = nameEn;
		this.sortOrder = sortOrder;
	}

	void change(String name, String nameEn, int sortOrder, boolean retired) {
		this.name = name;
		this.nameEn = nameEn;
		this.sortOrder = sortOrder;
		this.retired = retired;
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

	EventCategoryView toView() {
		return new EventCategoryView(code, name, nameEn, sortOrder, retired);
	}
}
