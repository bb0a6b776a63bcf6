package jp.tomoni.projects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jp.tomoni.shared.MasterListEntry;

/**
 * A form of collaboration (協働の形態: 共催, 後援, 協働委託 …): master data, with the zone a project of this form usually
 * sits in and whether it is a commission (協働委託), which is reviewed when it stays with the same partner.
 */
@Entity
@Table(name = "collaboration_form")
class CollaborationForm extends MasterListEntry {

	@Enumerated(EnumType.STRING)
	@Column(name = "default_zone", nullable = false, length = 20)
	private Zone defaultZone;

	@Column(nullable = false)
	private boolean commission;

	protected CollaborationForm() {
	}

	CollaborationForm(String code, String name, String nameEn, int sortOrder, Zone defaultZone, boolean commission) {
		super(code, name, nameEn, sortOrder);
		this.defaultZone = defaultZone;
		this.commission = commission;
	}

	void configure(Zone defaultZone, boolean commission) {
		this.defaultZone = defaultZone;
		this.commission = commission;
	}

	Zone defaultZone() {
		return defaultZone;
	}

	boolean commission() {
		return commission;
	}

	CollaborationFormView toView() {
		return new CollaborationFormView(code(), name(), nameEn(), defaultZone, commission, retired());
	}
}
