package jp.tomoni.talent;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jp.tomoni.shared.MasterListEntry;

/** A skill of the curated list the municipality keeps (パソコン・IT, 会計・経理 …): master data. */
@Entity
@Table(name = "talent_skill")
class TalentSkill extends MasterListEntry {

	protected TalentSkill() {
	}

	TalentSkill(String code, String name, String nameEn, int sortOrder) {
		super(code, name, nameEn, sortOrder);
	}
}
