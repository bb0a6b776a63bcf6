package jp.tomoni.events;

import java.util.List;
import java.util.Locale;

/**
 * What another module says the city lends to an event (後援 / 共催, the patronage module): a line each, shown on the
 * event's public page. Implement it as a bean in the other module; the events module thereby never depends on it
 * (like groups' GroupPageSection, decision 0041).
 */
public interface EventEndorsement {

	/**
	 * The lines for this event, in the reader's language ("相模原市 後援（市民局 市民協働推進課）"), or none. Must show
	 * only what every visitor may see.
	 */
	List<String> endorsementsOf(long eventId, Locale locale);
}
