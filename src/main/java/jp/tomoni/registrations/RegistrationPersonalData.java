package jp.tomoni.registrations;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.tomoni.events.EventOccurrenceView;
import jp.tomoni.events.EventSummary;
import jp.tomoni.events.Events;
import jp.tomoni.shared.PersonalDataContributor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's registrations in their personal-data export, and their end when the account is deleted: each active
 * registration is cancelled first, so that the waiting list moves up into the freed places, then every row of the
 * person is deleted (the note with it).
 */
@Component
class RegistrationPersonalData implements PersonalDataContributor {

	private final RegistrationRepository registrations;

	private final DateLedger ledger;

	private final Events events;

	RegistrationPersonalData(RegistrationRepository registrations, DateLedger ledger, Events events) {
		this.registrations = registrations;
		this.ledger = ledger;
		this.events = events;
	}

	@Override
	public String section() {
		return "registrations";
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Object> collect(PersonRef person) {
		List<Map<String, Object>> list = registrations.findByAccountIdOrderByCreatedAtDesc(person.accountId())
			.stream()
			.map(r -> {
				Map<String, Object> entry = new LinkedHashMap<>();
				EventOccurrenceView date = events.occurrence(r.dateId()).orElse(null);
				entry.put("eventId", r.eventId());
				entry.put("event", date == null ? null : date.name());
				entry.put("date", date == null ? null : date.date().toString());
				entry.put("startTime", date == null || date.startTime() == null ? null : date.startTime().toString());
				entry.put("status", r.status().name());
				entry.put("people", r.people());
				entry.put("note", r.note());
				entry.put("registeredAt", r.createdAt().toString());
				entry.put("movedUpAt", r.promotedAt() == null ? null : r.promotedAt().toString());
				entry.put("cancelledAt", r.cancelledAt() == null ? null : r.cancelledAt().toString());
				entry.put("cancellation", r.cancellation() == null ? null : r.cancellation().name());
				entry.put("remindedAt", r.remindedAt() == null ? null : r.remindedAt().toString());
				return entry;
			})
			.toList();
		return Map.of("eventRegistrations", list);
	}

	@Override
	@Transactional
	public void erase(PersonRef person) {
		for (Registration registration : registrations.findByAccountId(person.accountId())) {
			if (registration.isActive()) {
				ledger.lock(registration.dateId());
				EventOccurrenceView date = events.occurrence(registration.dateId()).orElse(null);
				Integer capacity = events.find(registration.eventId()).map(EventSummary::capacity).orElse(null);
				ledger.cancel(registration, Cancellation.ACCOUNT_DELETED, capacity, date);
			}
		}
		registrations.deleteByAccount(person.accountId());
	}
}
