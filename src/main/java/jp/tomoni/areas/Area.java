package jp.tomoni.areas;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "area")
class Area {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "municipality_code", nullable = false, length = 6)
	private String municipalityCode;

	@Column(nullable = false, length = 40)
	private String code;

	@Column(nullable = false, length = 100)
	private String name;

	@Column(name = "name_kana", nullable = false, length = 200)
	private String nameKana;

	@Column(nullable = false, length = 20)
	private String kind;

	@Column(name = "parent_code", length = 40)
	private String parentCode;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	/** No longer offered in forms; groups that name it keep it. */
	@Column(nullable = false)
	private boolean retired;

	protected Area() {
	}

	Area(String municipalityCode, String code, String name, String nameKana, String kind, String parentCode,
			int sortOrder) {
		this.municipalityCode = municipalityCode;
		this.code = code;
		this.name = name;
		this.nameKana = nameKana;
		this.kind = kind;
		this.parentCode = parentCode;
		this.sortOrder = sortOrder;
	}

	void rename(String name, String nameKana) {
		this.name = name;
		this.nameKana = nameKana;
	}

	void moveTo(int sortOrder) {
		this.sortOrder = sortOrder;
	}

	void retire(boolean retired) {
		this.retired = retired;
	}

	String code() {
		return code;
	}

	String name() {
		return name;
	}

	String nameKana() {
		return nameKana;
	}

	String kind() {
		return kind;
	}

	String parentCode() {
		return parentCode;
	}

	int sortOrder() {
		return sortOrder;
	}

	boolean retired() {
		return retired;
	}

	AreaView toView() {
		return new AreaView(code, name, nameKana, kind, parentCode);
	}
}
