package jp.tomoni.events;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jp.tomoni.shared.MasterListEntry;

/** A category of event (master data): 交流会, 講座・セミナー, … A retired category stays on old events only. */
@Entity
@Table(name = "event_category")
class EventCategory extends MasterListEntry {

	protected EventCategory() {
	}

	EventCategory(String code, String name, String nameEn, int sortOrder) {
		super(code, name, nameEn, sortOrder);
	}

	EventCategoryView toView() {
		return new EventCategoryView(code(), name(), nameEn(), sortOrder(), retired());
	}
}
