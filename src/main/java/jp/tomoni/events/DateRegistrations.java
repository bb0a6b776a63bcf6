package jp.tomoni.events;

import java.util.Collection;
import java.util.Map;

/**
 * How many people hold a registration (registered or waiting) on dates of an event. The registrations module
 * implements it, so that an organiser's edit never removes a date that people registered for without anyone
 * knowing (docs/decisions/0048); without that module every date counts zero.
 */
public interface DateRegistrations {

	/** The dates among {@code dateIds} that hold registrations, with their number; dates without any are left out. */
	Map<Long, Long> heldOn(Collection<Long> dateIds);
}
