package jp.tomoni.registrations;

import java.util.List;

/**
 * The registration panel of an event page.
 *
 * @param takesRegistrations whether residents register on Tomoni for this event
 * @param signedIn whether a person is signed in (else the panel invites them to sign in)
 * @param organiser whether the signed-in person may see the participant list
 * @param dates the event's dates in order
 */
public record EventAvailability(long eventId, boolean takesRegistrations, boolean signedIn, boolean organiser,
		List<DateAvailability> dates) {
}
