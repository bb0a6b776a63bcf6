package jp.tomoni.groups;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A kind of group (自治会・町内会, NPO法人 …): master data, presets shipped for every municipality. */
@Entity
@Table(name = "group_kind")
class GroupKind {

	@Id
	@Column(length = 40)
	private String code;

	@Column(name = "municipality_code", length = 6)
	private String municipalityCode;

	@Column(nullable = false, length = 20)
	private String category;

	@Column(nullable = false, length = 100)
	private String name;

	@Column(name = "name_en", nullable = false, length = 100)
	private String nameEn;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	protected GroupKind() {
	}

	String municipalityCode() {
		return municipalityCode;
	}

	GroupKindView toView() {
		return new GroupKindView(code, category, name, nameEn);
	}
}
