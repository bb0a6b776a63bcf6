package jp.tomoni.places;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A place with everything its page shows.
 *
 * @param values every value of the place
 * @param kindName its kind's name in the reader's language
 * @param areaName its area's name, or {@code null}
 */
record PlaceDetail(long id, PlaceCommand values, String kindName, @Nullable String areaName, PlaceStatus status,
		String source, @Nullable String sourceKey, Instant updatedAt, long version) {

	PlaceSummary summary() {
		return new PlaceSummary(id, values.name(), values.nameKana(), values.address(), values.postalCode(),
				values.latitude(), values.longitude(), values.areaCode(), values.url(), values.kindCode());
	}

	/** The address with the prefecture and city in front, unless it already starts with them. */
	public String fullAddress() {
		return PlaceAddresses.full(values);
	}

	/** The address without the prefecture and city: schema.org's streetAddress. */
	public String streetAddress() {
		return PlaceAddresses.street(values);
	}

	/** OpenStreetMap at the place's coordinates (a link: no external script, the CSP forbids them), or null. */
	public @Nullable String mapUrl() {
		if (values.latitude() == null || values.longitude() == null) {
			return null;
		}
		String lat = values.latitude().toPlainString();
		String lon = values.longitude().toPlainString();
		return "https://www.openstreetmap.org/?mlat=" + lat + "&mlon=" + lon + "#map=17/" + lat + "/" + lon;
	}

	public boolean hasBarrierFree() {
		return values.wheelchair() || values.accessibleToilet() || values.elevator() || values.parking()
				|| values.barrierFree() != null;
	}
}
