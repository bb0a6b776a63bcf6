package jp.tomoni.proposals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.tomoni.shared.PersonalDataContributor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What residents' opinions hold about a person (decision 0071): the opinions they gave, exported in full; erased with
 * the account, since their text may say who wrote them (the review already read them as a digest). The meetings a
 * staff member recorded stay with the proposal, without who typed them.
 */
@Component
class OpinionPersonalData implements PersonalDataContributor {

	private final ProposalOpinionRepository opinions;

	private final ProposalMeetingRepository meetings;

	OpinionPersonalData(ProposalOpinionRepository opinions, ProposalMeetingRepository meetings) {
		this.opinions = opinions;
		this.meetings = meetings;
	}

	@Override
	public String section() {
		return "proposalOpinions";
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Object> collect(PersonRef person) {
		List<Map<String, Object>> given = opinions.byAuthor(person.accountId()).stream().map(o -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("callId", o.callId());
			entry.put("proposalId", o.proposalId());
			entry.put("stance", o.stance().name());
			entry.put("body", o.body());
			entry.put("givenAt", o.createdAt().toString());
			entry.put("updatedAt", o.updatedAt().toString());
			entry.put("hiddenReason", o.hiddenReason());
			return entry;
		}).toList();
		List<Map<String, Object>> recorded = meetings.recordedBy(person.accountId()).stream().map(m -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("proposalId", m.proposalId());
			entry.put("kind", m.kind().name());
			entry.put("heldOn", m.heldOn().toString());
			entry.put("recordedAt", m.recordedAt().toString());
			return entry;
		}).toList();
		return Map.of("opinions", given, "meetingsRecorded", recorded);
	}

	@Override
	@Transactional
	public void erase(PersonRef person) {
		opinions.deleteByAuthor(person.accountId());
		meetings.forgetRecorder(person.accountId());
	}
}
