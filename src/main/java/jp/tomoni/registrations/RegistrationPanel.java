package jp.tomoni.registrations;

import jp.tomoni.shared.SignedInPerson;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What the event page's registration fragment ({@code registrations/panel :: panel(eventId)}) shows, read by the
 * template as {@code @registrationPanel.of(id)}: the events module's page includes the fragment without depending on
 * this module (docs/decisions/0037).
 */
@Component("registrationPanel")
public class RegistrationPanel {

	private final EventRegistrations registrations;

	RegistrationPanel(EventRegistrations registrations) {
		this.registrations = registrations;
	}

	/** The panel of a public event for the current viewer, or {@code null} when the event takes no registration. */
	public @Nullable EventAvailability of(long eventId) {
		SignedInPerson person = CurrentPerson.get();
		return registrations.availability(eventId, person == null ? null : person.accountId(), CurrentPerson.isStaff())
			.filter(EventAvailability::takesRegistrations)
			.orElse(null);
	}
}
