package jp.tomoni.volunteering;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.tomoni.shared.PersonalDataContributor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's sign-ups, attendance and hours in their personal-data export; deleted with the account (a place they
 * held is given back to its shift). Depends only on this module's repositories, since the accounts module collects it.
 */
@Component
class VolunteeringPersonalData implements PersonalDataContributor {

	private final SignUpRepository signUps;

	private final ShiftRepository shifts;

	private final OpportunityRepository opportunities;

	private final PersonLockRepository personLocks;

	private final Clock clock;

	VolunteeringPersonalData(SignUpRepository signUps, ShiftRepository shifts, OpportunityRepository opportunities,
			PersonLockRepository personLocks, Clock clock) {
		this.signUps = signUps;
		this.shifts = shifts;
		this.opportunities = opportunities;
		this.personLocks = personLocks;
		this.clock = clock;
	}

	@Override
	public String section() {
		return "volunteering";
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Object> collect(PersonRef person) {
		List<Map<String, Object>> list = signUps.findByAccountIdOrderByCreatedAtDesc(person.accountId())
			.stream()
			.map(s -> {
				Map<String, Object> entry = new LinkedHashMap<>();
				Shift shift = shifts.findById(s.shiftId()).orElse(null);
				entry.put("opportunityId", s.opportunityId());
				entry.put("opportunity", opportunities.findById(s.opportunityId()).map(Opportunity::title).orElse(null));
				entry.put("date", shift == null ? null : shift.date().toString());
				entry.put("startTime", shift == null ? null : shift.startTime().toString());
				entry.put("endTime", shift == null ? null : shift.endTime().toString());
				entry.put("status", s.status().name());
				entry.put("attendance", s.attendance() == null ? null : s.attendance().name());
				entry.put("hours", s.hours() == null ? null : s.hours().toPlainString());
				entry.put("signedUpAt", s.createdAt().toString());
				entry.put("cancelledAt", s.cancelledAt() == null ? null : s.cancelledAt().toString());
				entry.put("remindedAt", s.remindedAt() == null ? null : s.remindedAt().toString());
				return entry;
			})
			.toList();
		return Map.of("volunteerSignUps", list);
	}

	@Override
	@Transactional
	public void erase(PersonRef person) {
		// Each active sign-up is cancelled first (only if still active, as a cancellation at the same time may be)
		// and gives its place back, shifts in id order as sign-ups take them; then the rows go.
		Instant now = clock.instant();
		signUps.activeOf(person.accountId())
			.stream()
			.sorted(Comparator.comparing(SignUp::shiftId))
			.filter(s -> signUps.cancel(s.id(), now) == 1)
			.forEach(s -> shifts.release(s.shiftId()));
		signUps.deleteByAccount(person.accountId());
		personLocks.deleteByAccount(person.accountId());
	}
}
