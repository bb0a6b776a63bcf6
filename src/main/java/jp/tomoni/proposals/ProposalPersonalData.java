package jp.tomoni.proposals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.tomoni.shared.PersonalDataContributor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the proposal scheme holds about a person: the proposals they drafted for a group and the prior consultations
 * they asked for. Both belong to the group and the call, so they stay when the account is deleted, without the
 * person's id (nor that of the staff member who recorded a consultation).
 */
@Component
class ProposalPersonalData implements PersonalDataContributor {

	private final ProposalRepository proposals;

	private final PriorConsultationRepository consultations;

	ProposalPersonalData(ProposalRepository proposals, PriorConsultationRepository consultations) {
		this.proposals = proposals;
		this.consultations = consultations;
	}

	@Override
	public String section() {
		return "proposals";
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Object> collect(PersonRef person) {
		List<Map<String, Object>> drafted = proposals.draftedBy(person.accountId()).stream().map(p -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("id", p.id());
			entry.put("callId", p.callId());
			entry.put("group", p.groupName());
			entry.put("title", p.title());
			entry.put("status", p.status().name());
			entry.put("createdAt", p.createdAt().toString());
			return entry;
		}).toList();
		List<Map<String, Object>> requested = consultations.requestedBy(person.accountId()).stream().map(c -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("id", c.id());
			entry.put("callId", c.callId());
			entry.put("group", c.groupName());
			entry.put("topic", c.topic());
			entry.put("preferredDates", c.preferredDates());
			entry.put("requestedAt", String.valueOf(c.requestedAt()));
			return entry;
		}).toList();
		return Map.of("drafted", drafted, "consultationsRequested", requested);
	}

	@Override
	@Transactional
	public void erase(PersonRef person) {
		proposals.forgetDrafter(person.accountId());
		consultations.forgetRequester(person.accountId());
		consultations.forgetRecorder(person.accountId());
	}
}
