package jp.tomoni.proposals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.tomoni.shared.Role;
import org.jspecify.annotations.Nullable;

/**
 * One reviewer's review of one proposal (decision 0068): first the declaration of a conflict of interest (or none),
 * kept as made; then, without a conflict, a score from {@link #MIN} to {@link #MAX} for each of the call's criteria
 * and a comment, changeable while the review is open. Only a reviewer named on the call acts on it.
 */
@Entity
@Table(name = "proposal_review")
class ProposalReview {

	static final int MIN = 1;

	static final int MAX = 5;

	/** A score for the call's criterion at this position. */
	@Embeddable
	record Score(@Column(name = "criterion_no", nullable = false) int criterionNo,
			@Column(name = "score", nullable = false) int score) {
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "municipality_code", nullable = false, length = 6)
	private String municipalityCode;

	@Column(name = "call_id", nullable = false)
	private long callId;

	@Column(name = "proposal_id", nullable = false)
	private long proposalId;

	/** The reviewer; {@code null} once they deleted their account (the declaration and scores stay, decision 0073). */
	@Column(name = "reviewer_id")
	private @Nullable Long reviewerId;

	@Column(nullable = false)
	private boolean conflict;

	@Column(name = "conflict_note", length = 1000)
	private @Nullable String conflictNote;

	@Column(name = "declared_at", nullable = false)
	private Instant declaredAt;

	@Column(name = "review_comment", length = 2000)
	private @Nullable String comment;

	@Column(name = "scored_at")
	private @Nullable Instant scoredAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@ElementCollection
	@CollectionTable(name = "proposal_review_score", joinColumns = @JoinColumn(name = "review_id"))
	@OrderColumn(name = "line_no")
	private List<Score> scores = new ArrayList<>();

	@Version
	private long version;

	protected ProposalReview() {
	}

	/**
	 * 利害関係の申告: a reviewer named on the call declares, for a proposal under review while the review is open, a
	 * conflict of interest (with what it is) or none. Made once; it stays.
	 */
	static ProposalReview declare(ProposalCall call, Proposal proposal, Actor actor, boolean conflict,
			@Nullable String note, Instant now) {
		requireReviewer(call, actor);
		requireOpen(call, proposal);
		if (conflict && (note == null || note.isBlank())) {
			throw new ProposalRuleViolation("conflictNote", "review.conflictNote.required");
		}
		ProposalReview review = new ProposalReview();
		review.municipalityCode = call.municipalityCode();
		review.callId = call.id();
		review.proposalId = proposal.id();
		review.reviewerId = actor.accountId();
		review.conflict = conflict;
		review.conflictNote = conflict ? note.strip() : null;
		review.declaredAt = now;
		review.updatedAt = now;
		return review;
	}

	/** 採点: every criterion of the call on the scale, and a comment; refused with a conflict of interest. */
	void score(ProposalCall call, Proposal proposal, Actor actor, List<@Nullable Integer> given,
			@Nullable String reviewComment, Instant now) {
		requireReviewer(call, actor);
		if (reviewerId == null || actor.accountId() != reviewerId || proposal.id() != proposalId) {
			throw new ProposalRuleViolation("status", "review.notReviewer");
		}
		if (conflict) {
			throw new ProposalRuleViolation("scores", "review.conflict.cannotScore");
		}
		requireOpen(call, proposal);
		List<CallCriterion> criteria = call.criteria();
		List<Score> checked = new ArrayList<>();
		for (int i = 0; i < criteria.size(); i++) {
			Integer score = i < given.size() ? given.get(i) : null;
			if (score == null || score < MIN || score > MAX) {
				throw new ProposalRuleViolation("scores", "review.score.range", criteria.get(i).name(), MIN, MAX);
			}
			checked.add(new Score(i, score));
		}
		if (reviewComment == null || reviewComment.isBlank()) {
			throw new ProposalRuleViolation("comment", "review.comment.required");
		}
		if (reviewComment.strip().length() > 2000) {
			throw new ProposalRuleViolation("comment", "review.comment.size", 2000);
		}
		scores.clear();
		scores.addAll(checked);
		this.comment = reviewComment.strip();
		this.scoredAt = now;
		this.updatedAt = now;
	}

	/**
	 * The weighted total: each criterion's score as a share of {@link #MAX} times its weight, summed; out of the
	 * call's total weight. Null until scored.
	 */
	@Nullable Double weightedTotal(List<CallCriterion> criteria) {
		if (scores.isEmpty()) {
			return null;
		}
		double total = 0;
		for (Score s : scores) {
			total += (double) s.score() / MAX * criteria.get(s.criterionNo()).weight();
		}
		return total;
	}

	private static void requireReviewer(ProposalCall call, Actor actor) {
		if (!actor.roles().contains(Role.REVIEWER) || !call.reviewers().contains(actor.accountId())) {
			throw new ProposalRuleViolation("status", "review.notReviewer");
		}
	}

	private static void requireOpen(ProposalCall call, Proposal proposal) {
		if (call.reviewPhase() != ReviewPhase.OPEN) {
			throw new ProposalRuleViolation("status", "review.notOpen");
		}
		if (proposal.status() != ProposalStatus.UNDER_REVIEW) {
			throw new ProposalRuleViolation("status", "review.proposalNotUnderReview");
		}
	}

	long id() {
		return id;
	}

	long callId() {
		return callId;
	}

	long proposalId() {
		return proposalId;
	}

	@Nullable Long reviewerId() {
		return reviewerId;
	}

	boolean conflict() {
		return conflict;
	}

	@Nullable String conflictNote() {
		return conflictNote;
	}

	Instant declaredAt() {
		return declaredAt;
	}

	@Nullable String comment() {
		return comment;
	}

	@Nullable Instant scoredAt() {
		return scoredAt;
	}

	boolean scored() {
		return scoredAt != null;
	}

	List<Score> scores() {
		return List.copyOf(scores);
	}
}
