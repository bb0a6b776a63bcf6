package jp.tomoni.proposals;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.tomoni.shared.PersonalDataContributor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the proposal scheme holds about a person: the proposals they drafted for a group, the prior consultations
 * they asked for, and, as a reviewer, their declarations of conflicts of interest and their scores. All belong to the
 * group, the call and its review, so they stay when the account is deleted, without the person's id (nor that of the
 * staff member who recorded a consultation): a review's result does not change afterwards (decision 0073).
 */
@Component
class ProposalPersonalData implements PersonalDataContributor {

	private final ProposalRepository proposals;

	private final PriorConsultationRepository consultations;

	private final ProposalReviewRepository reviews;

	private final ProposalCallRepository calls;

	private final PartnerConsentRepository consents;

	ProposalPersonalData(ProposalRepository proposals, PriorConsultationRepository consultations,
			ProposalReviewRepository reviews, ProposalCallRepository calls, PartnerConsentRepository consents) {
		this.consents = consents;
		this.proposals = proposals;
		this.consultations = consultations;
		this.reviews = reviews;
		this.calls = calls;
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
		List<Map<String, Object>> consented = consents.givenBy(person.accountId()).stream().map(c -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("proposalId", c.proposalId());
			entry.put("groupId", c.groupId());
			entry.put("consentedAt", c.confirmedAt().toString());
			return entry;
		}).toList();
		return Map.of("drafted", drafted, "consultationsRequested", requested, "reviews", reviews(person.accountId()),
				"coProposalConsents", consented);
	}

	/** The reviewer's declarations and scores: the call, the proposal, the declaration, each criterion's score. */
	private List<Map<String, Object>> reviews(long accountId) {
		Map<Long, ProposalCall> byId = new HashMap<>();
		return reviews.ofReviewer(accountId).stream().map(r -> {
			ProposalCall call = byId.computeIfAbsent(r.callId(), id -> calls.findById(id).orElseThrow());
			List<CallCriterion> criteria = call.criteria();
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("callId", r.callId());
			entry.put("call", call.title());
			entry.put("proposalId", r.proposalId());
			entry.put("proposal", proposals.findById(r.proposalId()).map(Proposal::title).orElse(null));
			entry.put("conflictOfInterest", r.conflict());
			entry.put("conflictNote", r.conflictNote());
			entry.put("declaredAt", r.declaredAt().toString());
			Map<String, Object> scores = new LinkedHashMap<>();
			for (ProposalReview.Score score : r.scores()) {
				String criterion = score.criterionNo() < criteria.size() ? criteria.get(score.criterionNo()).name()
						: Integer.toString(score.criterionNo() + 1);
				scores.put(criterion, score.score());
			}
			entry.put("scores", scores);
			entry.put("comment", r.comment());
			entry.put("scoredAt", r.scoredAt() == null ? null : r.scoredAt().toString());
			return entry;
		}).toList();
	}

	@Override
	@Transactional
	public void erase(PersonRef person) {
		proposals.forgetDrafter(person.accountId());
		consultations.forgetRequester(person.accountId());
		consultations.forgetRecorder(person.accountId());
		reviews.forgetReviewer(person.accountId());
		consents.forgetGiver(person.accountId());
	}
}
