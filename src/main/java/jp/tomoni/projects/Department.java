package jp.tomoni.projects;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jp.tomoni.shared.MasterListEntry;

/** A department of the city (局・課) that can take charge of a call for proposals or a project: master data. */
@Entity
@Table(name = "department")
class Department extends MasterListEntry {

	protected Department() {
	}

	Department(String code, String name, String nameEn, int sortOrder) {
		super(code, name, nameEn, sortOrder);
	}
}
