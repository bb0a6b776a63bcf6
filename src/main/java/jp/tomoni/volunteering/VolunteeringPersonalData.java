package jp.tomoni.volunteering;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.tomoni.shared.PersonalDataContributor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's sign-ups, attendance and hours in their personal-data export; deleted with the account (a place they
 * held is free again). Depends only on this module's repositories, since the accounts module collects it.
 */
@Component
class VolunteeringPersonalData implements PersonalDataContributor {

	private final SignUpRepository signUps;

	private final ShiftRepository shifts;

	private final OpportunityRepository opportunities;

	private final PersonLockRepository personLocks;

	VolunteeringPersonalData(SignUpRepository signUps, ShiftRepository shifts, OpportunityRepository opportunities,
			PersonLockRepository personLocks) {
		this.signUps = signUps;
		this.shifts = shifts;
		this.opportunities = opportunities;
		this.personLocks = personLocks;
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
		// Deleting the rows frees the places: places taken are counted from the active sign-ups.
		signUps.deleteByAccount(person.accountId());
		personLocks.deleteByAccount(person.accountId());
	}
}
