package jp.tomoni.places;

import java.time.LocalDate;
import java.util.List;

/**
 * A section of a place's public page filled by another module (decision 0028): a bean of that module implements
 * it, and the page shows each section that has entries, in {@link #order()}, under its heading. The events module
 * lists the events held at the place from today on.
 */
public interface PlacePageSection {

	/** The message key of the section's heading (e.g. {@code events.atPlace.heading}), in both bundles. */
	String headingKey();

	/** The entries at this place from this day on, at most {@code limit}, soonest first; public ones only. */
	List<PlaceEventLink> entriesAt(long placeId, LocalDate from, int limit);

	/** Sections are shown in ascending order. */
	default int order() {
		return 100;
	}
}
