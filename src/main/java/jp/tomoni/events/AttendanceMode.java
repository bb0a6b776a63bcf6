package jp.tomoni.events;

/** How people take part (schema.org eventAttendanceMode). */
public enum AttendanceMode {
	/** 会場で (OfflineEventAttendanceMode). */
	IN_PERSON,
	/** オンライン (OnlineEventAttendanceMode). */
	ONLINE,
	/** 会場とオンライン (MixedEventAttendanceMode). */
	HYBRID;

	public boolean hasPlace() {
		return this != ONLINE;
	}

	public boolean isOnline() {
		return this != IN_PERSON;
	}
}
