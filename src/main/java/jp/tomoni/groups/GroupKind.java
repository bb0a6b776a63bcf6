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

	/** A municipality's own kind. */
	GroupKind(String code, String municipalityCode, String category, String name, String nameEn, int sortOrder) {
		this.code = code;
		this.municipalityCode = municipalityCode;
		this.category = category;
		this.name = name;
		this.nameEn = nameEn;
		this.sortOrder = sortOrder;
	}

	String municipalityCode() {
		return municipalityCode;
	}

	/** A preset, shipped for every municipality: each may reorder or retire it, none may rename or delete it. */
	boolean isPreset() {
		return municipalityCode == null;
	}

	void rename(String name, String nameEn) {
		this.name = name;
		this.nameEn = nameEn;
	}

	String code() {
		return code;
	}

	String category() {
		return category;
	}

	String name() {
		return name;
	}

	String nameEn() {
		return nameEn;
	}

	int sortOrder() {
		return sortOrder;
	}

	GroupKindView toView() {
		return new GroupKindView(code, category, name, nameEn);
	}
}
