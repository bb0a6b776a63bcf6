package jp.tomoni.patronage;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jp.tomoni.shared.MasterListEntry;

/** A condition the municipality publishes for lending its name (営利を主な目的としないこと …): master data. */
@Entity
@Table(name = "patronage_condition")
class PatronageCondition extends MasterListEntry {

	protected PatronageCondition() {
	}

	PatronageCondition(String code, String name, String nameEn, int sortOrder) {
		super(code, name, nameEn, sortOrder);
	}
}
