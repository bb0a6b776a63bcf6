package jp.tomoni.projects;

/**
 * Where a project sits on the five-zone spectrum of responsibility (協働の領域; Yamaguchi 第3章1(3), Fuchu 第3章2),
 * from what residents do alone to what the city does alone. Fixed by the seeds, so an enum; collaboration lives in
 * the middle three ({@link #collaborative()}).
 */
public enum Zone {

	/** 市民主体: residents' own responsibility and initiative. */
	CITIZEN,
	/** 市民主導: led by residents, with the city's cooperation. */
	CITIZEN_LED,
	/** 市民・行政: residents and the city together. */
	JOINT,
	/** 行政主導: led by the city, with residents' cooperation or participation. */
	CITY_LED,
	/** 行政主体: the city's own responsibility. */
	CITY;

	/** Whether this zone is one of collaboration (the middle three). */
	public boolean collaborative() {
		return this != CITIZEN && this != CITY;
	}

	/** Message key of the zone's name. */
	public String messageKey() {
		return "zone." + name();
	}

	/** The zone of this name, or {@code null} for a blank or unknown name. */
	static @org.jspecify.annotations.Nullable Zone of(@org.jspecify.annotations.Nullable String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		for (Zone zone : values()) {
			if (zone.name().equals(name.strip())) {
				return zone;
			}
		}
		return null;
	}
}
