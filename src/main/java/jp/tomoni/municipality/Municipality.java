package jp.tomoni.municipality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.tomoni.shared.MunicipalityCode;

@Entity
@Table(name = "municipality")
class Municipality {

	@Id
	@Column(length = 6)
	private String code;

	@Column(nullable = false, length = 100)
	private String name;

	@Column(name = "name_kana", nullable = false, length = 200)
	private String nameKana;

	protected Municipality() {
	}

	Municipality(MunicipalityCode code, String name, String nameKana) {
		this.code = code.value();
		this.name = name;
		this.nameKana = nameKana;
	}

	MunicipalityView toView() {
		return new MunicipalityView(code, name, nameKana);
	}
}
