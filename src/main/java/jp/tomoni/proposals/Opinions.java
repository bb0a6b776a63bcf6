package jp.tomoni.proposals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jp.tomoni.audit.AuditLog;
import jp.tomoni.audit.AuditRecord;
import jp.tomoni.groups.GroupMembers;
import jp.tomoni.shared.FiscalYear;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents' opinions on the proposals under review, and the meetings held on them (decision 0071). City staff open
 * the opinion period of a call while its review is open; from then its proposals have a public page. Any signed-in
 * person may give one opinion per proposal (a stance and a text), change or withdraw it until the period's last day —
 * but not on a proposal of a group they administer, nor as one of the call's reviewers. The reviewers and staff read a
 * digest (counts by stance and the texts, never the names); staff may hide an opinion that breaks the rules, with a
 * reason the author sees. Staff record public presentations and collaboration roundtables held on a proposal under
 * review; the records are public with the proposal. Every change is audited, without the opinion's text.
 */
@Service
class Opinions {

	/** The period of a call's opinions, as pages show it. */
	public record Period(@Nullable Instant openedAt, @Nullable LocalDate until, boolean open) {

		public boolean opened() {
			return openedAt != null;
		}
	}

	/** The signed-in person's own opinion on a proposal. */
	public record Mine(OpinionStance stance, String body, Instant updatedAt, boolean hidden,
			@Nullable String hiddenReason) {
	}

	/** An opinion in the digest: no name, no account. */
	public record Line(long id, OpinionStance stance, String body, Instant at, boolean hidden,
			@Nullable String hiddenReason) {
	}

	public record StanceCount(OpinionStance stance, int count) {
	}

	/** What the review reads of the residents' opinions on a proposal: hidden ones counted apart, not in the totals. */
	public record Digest(int total, List<StanceCount> byStance, int hidden, List<Line> opinions) {
	}

	/** A presentation or roundtable held on a proposal. */
	public record Meeting(long id, MeetingKind kind, LocalDate heldOn, @Nullable String place, String participants,
			String summary) {
	}

	/** What staff record of a meeting. */
	record MeetingRecord(MeetingKind kind, LocalDate heldOn, @Nullable String place, String participants,
			String summary) {
	}

	private final Calls calls;

	private final Proposals proposalService;

	private final ProposalRepository proposals;

	private final ProposalOpinionRepository opinions;

	private final ProposalMeetingRepository meetings;

	private final GroupMembers members;

	private final AuditLog auditLog;

	private final Clock clock;

	Opinions(Calls calls, Proposals proposalService, ProposalRepository proposals, ProposalOpinionRepository opinions,
			ProposalMeetingRepository meetings, GroupMembers members, AuditLog auditLog, Clock clock) {
		this.calls = calls;
		this.proposalService = proposalService;
		this.proposals = proposals;
		this.opinions = opinions;
		this.meetings = meetings;
		this.members = members;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	// ---------------------------------------------------------------- the period

	/** 意見募集: city staff open the period (or move its last day while it runs). */
	@Transactional
	void openPeriod(long callId, Actor actor, @Nullable LocalDate until) {
		ProposalCall call = calls.find(callId);
		call.openOpinions(actor, until, clock.instant());
		auditLog.record(new AuditRecord("proposal-call.opinions-opened:" + until, "proposal-call",
				Long.toString(callId)));
	}

	@Transactional(readOnly = true)
	Period period(long callId) {
		ProposalCall call = calls.find(callId);
		return new Period(call.opinionsOpenedAt(), call.opinionsUntil(), call.opinionsOpen(clock.instant()));
	}

	// ---------------------------------------------------------------- residents

	/** The person's own opinion on a public proposal, if they gave one. */
	@Transactional(readOnly = true)
	Optional<Mine> mine(long callId, long proposalId, long accountId) {
		proposalService.publicProposal(callId, proposalId);
		return opinions.of(proposalId, accountId)
			.map(o -> new Mine(o.stance(), o.body(), o.updatedAt(), o.hidden(), o.hiddenReason()));
	}

	/** Whether this person may give an opinion on the proposal: the reason code if not, empty if so. */
	@Transactional(readOnly = true)
	Optional<String> refusal(long callId, long proposalId, Actor actor) {
		Proposal proposal = proposalService.publicProposal(callId, proposalId);
		return check(proposal, calls.find(proposal.callId()), actor);
	}

	/** Gives, or changes, the person's opinion. */
	@Transactional
	void give(long callId, long proposalId, Actor actor, @Nullable OpinionStance stance, @Nullable String body) {
		Proposal proposal = proposalService.publicProposal(callId, proposalId);
		ProposalCall call = calls.find(proposal.callId());
		Optional<String> refused = check(proposal, call, actor);
		if (refused.isPresent()) {
			throw new ProposalRuleViolation("body", refused.get());
		}
		if (stance == null) {
			throw new ProposalRuleViolation("stance", "opinion.stance.required");
		}
		String text = body == null ? "" : body.strip();
		if (text.isEmpty()) {
			throw new ProposalRuleViolation("body", "opinion.body.required");
		}
		if (text.length() > ProposalOpinion.MAX_BODY) {
			throw new ProposalRuleViolation("body", "opinion.body.tooLong", ProposalOpinion.MAX_BODY);
		}
		Instant now = clock.instant();
		Optional<ProposalOpinion> existing = opinions.of(proposalId, actor.accountId());
		if (existing.isPresent()) {
			existing.get().change(stance, text, now);
		}
		else {
			opinions.save(new ProposalOpinion(proposal.municipalityCode(), call.id(), proposalId, actor.accountId(),
					stance, text, now));
		}
		auditLog.record(new AuditRecord(existing.isPresent() ? "proposal.opinion.changed" : "proposal.opinion.given",
				"proposal", Long.toString(proposalId)));
	}

	/** The author withdraws their opinion while the period runs. */
	@Transactional
	void withdraw(long callId, long proposalId, Actor actor) {
		Proposal proposal = proposalService.publicProposal(callId, proposalId);
		ProposalCall call = calls.find(proposal.callId());
		if (!call.opinionsOpen(clock.instant()) || proposal.status() != ProposalStatus.UNDER_REVIEW) {
			throw new ProposalRuleViolation("body", "opinion.period.closed");
		}
		ProposalOpinion opinion = opinions.of(proposalId, actor.accountId())
			.orElseThrow(() -> new ProposalRuleViolation("body", "opinion.none"));
		if (opinion.hidden()) {
			throw new ProposalRuleViolation("body", "opinion.hidden.unchangeable");
		}
		opinions.delete(opinion);
		auditLog.record(new AuditRecord("proposal.opinion.withdrawn", "proposal", Long.toString(proposalId)));
	}

	private Optional<String> check(Proposal proposal, ProposalCall call, Actor actor) {
		if (!call.opinionsOpen(clock.instant()) || proposal.status() != ProposalStatus.UNDER_REVIEW) {
			return Optional.of("opinion.period.closed");
		}
		if (call.reviewers().contains(actor.accountId())) {
			return Optional.of("opinion.reviewer");
		}
		boolean ownGroup = members.administers(actor.accountId(), proposal.groupId()) || proposal.partners()
			.stream()
			.anyMatch(p -> members.administers(actor.accountId(), p.groupId()));
		return ownGroup ? Optional.of("opinion.ownProposal") : Optional.empty();
	}

	// ---------------------------------------------------------------- the review's digest

	/**
	 * The digest of a proposal's opinions, for staff and the call's reviewers (the page has checked that the viewer
	 * may read the proposal). Hidden opinions are listed for staff only, with the reason.
	 */
	@Transactional(readOnly = true)
	Digest digest(long proposalId, boolean staff) {
		List<ProposalOpinion> all = opinions.ofProposal(proposalId);
		List<ProposalOpinion> shown = all.stream().filter(o -> !o.hidden()).toList();
		List<StanceCount> counts = Arrays.stream(OpinionStance.values())
			.map(s -> new StanceCount(s, (int) shown.stream().filter(o -> o.stance() == s).count()))
			.toList();
		List<Line> lines = all.stream()
			.filter(o -> staff || !o.hidden())
			.map(o -> new Line(o.id(), o.stance(), o.body(), o.updatedAt(), o.hidden(), o.hiddenReason()))
			.toList();
		return new Digest(shown.size(), counts, all.size() - shown.size(), lines);
	}

	/** The proposal an opinion is about. */
	@Transactional(readOnly = true)
	long proposalOf(long opinionId) {
		return opinions.findById(opinionId)
			.orElseThrow(() -> new ProposalNotFound("opinion", opinionId))
			.proposalId();
	}

	/** The number of opinions the public page shows: those not hidden. */
	@Transactional(readOnly = true)
	int count(long proposalId) {
		return (int) opinions.countShown(proposalId);
	}

	/** Staff hide an opinion that breaks the rules (defamation, personal data, advertising …), saying why. */
	@Transactional
	long hide(long opinionId, Actor actor, @Nullable String reason) {
		if (!actor.staff()) {
			throw new ProposalRuleViolation("reason", "proposal.role.staffOnly");
		}
		ProposalOpinion opinion = opinions.findById(opinionId)
			.orElseThrow(() -> new ProposalNotFound("opinion", opinionId));
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty()) {
			throw new ProposalRuleViolation("reason", "opinion.hide.reasonRequired");
		}
		if (why.length() > 500) {
			throw new ProposalRuleViolation("reason", "opinion.hide.reasonTooLong", 500);
		}
		opinion.hide(why, clock.instant());
		auditLog.record(new AuditRecord("proposal.opinion.hidden", "proposal-opinion", Long.toString(opinionId)));
		return opinion.proposalId();
	}

	// ---------------------------------------------------------------- meetings

	@Transactional(readOnly = true)
	List<Meeting> meetings(long proposalId) {
		return meetings.ofProposal(proposalId)
			.stream()
			.map(m -> new Meeting(m.id(), m.kind(), m.heldOn(), m.place(), m.participants(), m.summary()))
			.toList();
	}

	/** Staff record a meeting held on a proposal under review: a day that is not in the future. */
	@Transactional
	long recordMeeting(long proposalId, Actor actor, MeetingRecord record) {
		Proposal proposal = underReview(proposalId, actor);
		if (record.heldOn().isAfter(LocalDate.ofInstant(clock.instant(), FiscalYear.JAPAN))) {
			throw new ProposalRuleViolation("heldOn", "meeting.heldOn.future");
		}
		ProposalMeeting meeting = meetings.save(new ProposalMeeting(proposal.municipalityCode(), proposal.callId(),
				proposalId, record.kind(), record.heldOn(), record.place(), record.participants(), record.summary(),
				actor.accountId(), clock.instant()));
		auditLog.record(new AuditRecord("proposal.meeting.recorded:" + record.kind(), "proposal",
				Long.toString(proposalId)));
		return meeting.id();
	}

	/** Staff remove a record made by mistake, while the proposal is under review. */
	@Transactional
	void deleteMeeting(long proposalId, long meetingId, Actor actor) {
		underReview(proposalId, actor);
		ProposalMeeting meeting = meetings.findById(meetingId)
			.filter(m -> m.proposalId() == proposalId)
			.orElseThrow(() -> new ProposalNotFound("meeting", meetingId));
		meetings.delete(meeting);
		auditLog.record(new AuditRecord("proposal.meeting.deleted", "proposal", Long.toString(proposalId)));
	}

	private Proposal underReview(long proposalId, Actor actor) {
		if (!actor.staff()) {
			throw new ProposalRuleViolation("kind", "proposal.role.staffOnly");
		}
		Proposal proposal = proposals.findById(proposalId)
			.orElseThrow(() -> new ProposalNotFound("proposal", proposalId));
		if (proposal.status() != ProposalStatus.UNDER_REVIEW) {
			throw new ProposalRuleViolation("kind", "meeting.notUnderReview");
		}
		return proposal;
	}
}
