package jp.tomoni.projects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jp.tomoni.shared.MasterListEntry;

/** A principle of collaboration (協働の原則: 目的共有, 対等 …) against which partners evaluate each other: master data. */
@Entity
@Table(name = "collaboration_principle")
class CollaborationPrinciple extends MasterListEntry {

	@Column(nullable = false, length = 1000)
	private String description = "";

	protected CollaborationPrinciple() {
	}

	CollaborationPrinciple(String code, String name, String nameEn, int sortOrder, String description) {
		super(code, name, nameEn, sortOrder);
		this.description = description;
	}

	void describe(String description) {
		this.description = description;
	}

	String description() {
		return description;
	}

	CollaborationPrincipleView toView() {
		return new CollaborationPrincipleView(code(), name(), nameEn(), description, retired());
	}
}
