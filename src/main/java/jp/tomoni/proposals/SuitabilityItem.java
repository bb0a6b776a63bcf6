package jp.tomoni.proposals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jp.tomoni.shared.MasterListEntry;

/** An item of the suitability checklist (協働に適した事業), under one of the two viewpoints: master data. */
@Entity
@Table(name = "suitability_item")
class SuitabilityItem extends MasterListEntry {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private SuitabilityAspect aspect;

	protected SuitabilityItem() {
	}

	SuitabilityItem(String code, String name, String nameEn, int sortOrder, SuitabilityAspect aspect) {
		super(code, name, nameEn, sortOrder);
		this.aspect = aspect;
	}

	SuitabilityAspect aspect() {
		return aspect;
	}

	void aspect(SuitabilityAspect aspect) {
		this.aspect = aspect;
	}
}
