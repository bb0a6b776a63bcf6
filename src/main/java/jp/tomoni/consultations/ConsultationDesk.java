package jp.tomoni.consultations;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jp.tomoni.shared.MasterListEntry;

/** A desk that receives consultations (a support centre, the city's 協働相談窓口, a university liaison): master data. */
@Entity
@Table(name = "consultation_desk")
class ConsultationDesk extends MasterListEntry {

	protected ConsultationDesk() {
	}

	ConsultationDesk(String code, String name, String nameEn, int sortOrder) {
		super(code, name, nameEn, sortOrder);
	}
}
