package jp.tomoni.registrations;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import jp.tomoni.events.DateRegistrations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the events module which dates hold registrations, so that an edit never removes them silently. */
@Component
class RegisteredDates implements DateRegistrations {

	private final RegistrationRepository registrations;

	RegisteredDates(RegistrationRepository registrations) {
		this.registrations = registrations;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, Long> heldOn(Collection<Long> dateIds) {
		Map<Long, Long> held = new HashMap<>();
		if (dateIds.isEmpty()) {
			return held;
		}
		for (Object[] row : registrations.heldOn(dateIds)) {
			held.put((Long) row[0], (Long) row[1]);
		}
		return held;
	}
}
