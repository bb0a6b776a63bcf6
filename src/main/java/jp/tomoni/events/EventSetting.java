package jp.tomoni.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A municipality's settings for events (docs/decisions/0033). */
@Entity
@Table(name = "event_setting")
class EventSetting {

	@Id
	@Column(name = "municipality_code", length = 6)
	private String municipalityCode;

	@Column(name = "group_events_need_review", nullable = false)
	private boolean groupEventsNeedReview;

	protected EventSetting() {
	}

	EventSetting(String municipalityCode, boolean groupEventsNeedReview) {
		this.municipalityCode = municipalityCode;
		this.groupEventsNeedReview = groupEventsNeedReview;
	}

	boolean groupEventsNeedReview() {
		return groupEventsNeedReview;
	}

	void groupEventsNeedReview(boolean value) {
		this.groupEventsNeedReview = value;
	}
}
