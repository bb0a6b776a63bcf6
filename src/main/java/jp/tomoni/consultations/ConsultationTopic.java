package jp.tomoni.consultations;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jp.tomoni.shared.MasterListEntry;

/** A topic of consultations (団体設立, 運営, 資金 …): master data. */
@Entity
@Table(name = "consultation_topic")
class ConsultationTopic extends MasterListEntry {

	protected ConsultationTopic() {
	}

	ConsultationTopic(String code, String name, String nameEn, int sortOrder) {
		super(code, name, nameEn, sortOrder);
	}
}
