package jp.tomoni.proposals;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.tomoni.accounts.AccountManagement;
import jp.tomoni.accounts.AccountView;
import jp.tomoni.audit.AuditLog;
import jp.tomoni.audit.AuditRecord;
import jp.tomoni.proposals.ProposalLines.Partner;
import jp.tomoni.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review of a call's proposals (decision 0068). A reviewer named on a call sees it, and its submitted proposals,
 * once its deadline has passed; declares a conflict of interest or none for each proposal, then scores it on every
 * criterion (1–5, weighted by the criterion's weight) while the review is open, seeing only their own scores. City
 * staff start the review (the submitted proposals go under review), follow who has declared and scored, and close it;
 * from then on the scores are visible to staff and the call's reviewers. Every declaration and score is audited.
 */
@Service
class Reviews {

	/** The proposals a review shows: submitted, under review and decided; never a draft or a withdrawn one. */
	static final Set<ProposalStatus> REVIEWED = EnumSet.of(ProposalStatus.SUBMITTED, ProposalStatus.UNDER_REVIEW,
			ProposalStatus.ADOPTED, ProposalStatus.ADOPTED_WITH_CONDITIONS, ProposalStatus.NOT_ADOPTED);

	/** A call assigned to a reviewer. */
	public record CallLine(long id, String title, ReviewPhase phase, int proposals, int declared) {
	}

	/** A proposal of a call, with this reviewer's declaration and whether they have scored it. */
	public record ProposalLine(long id, @Nullable String title, String groupName, List<String> partners,
			ProposalStatus status, @Nullable Boolean conflict, boolean scored) {
	}

	/** A criterion with a score (null: not scored). */
	public record CriterionScore(int index, String name, int weight, @Nullable Integer score) {
	}

	/** This reviewer's review of a proposal. */
	public record MyReview(boolean declared, boolean conflict, @Nullable String conflictNote,
			List<CriterionScore> scores, @Nullable String comment, @Nullable Double total, int totalWeight,
			boolean declarable, boolean scorable) {
	}

	/** Who has declared and scored, for staff while the review is open (no scores). */
	public record ReviewerProgress(String reviewer, boolean declared, boolean conflict, boolean scored) {
	}

	public record ProgressLine(long proposalId, @Nullable String title, String groupName, ProposalStatus status,
			List<ReviewerProgress> reviewers) {
	}

	/** One reviewer's scores of a proposal, once the review is closed. */
	public record ReviewerScores(String reviewer, boolean conflict, List<@Nullable Integer> scores,
			@Nullable Double total, @Nullable String comment) {
	}

	/** The scores of a proposal once the review is closed: per reviewer, the average per criterion and in total. */
	public record Result(long proposalId, @Nullable String title, String groupName, List<String> partners,
			ProposalStatus status, @Nullable String reason, @Nullable String conditions, List<ReviewerScores> reviewers,
			List<@Nullable Double> averages, @Nullable Double total, int scoredBy) {
	}

	private final Calls calls;

	private final Proposals proposalService;

	private final ProposalRepository proposals;

	private final ProposalReviewRepository reviews;

	private final AccountManagement accounts;

	private final AuditLog auditLog;

	private final Clock clock;

	Reviews(Calls calls, Proposals proposalService, ProposalRepository proposals, ProposalReviewRepository reviews,
			AccountManagement accounts, AuditLog auditLog, Clock clock) {
		this.calls = calls;
		this.proposalService = proposalService;
		this.proposals = proposals;
		this.reviews = reviews;
		this.accounts = accounts;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	// ---------------------------------------------------------------- reviewers

	/** The calls this reviewer is named on whose deadline has passed, latest deadline first. */
	@Transactional(readOnly = true)
	List<CallLine> assigned(Actor reviewer) {
		Instant now = clock.instant();
		List<CallLine> lines = new ArrayList<>();
		for (Calls.CallRow row : calls.all(Locale.JAPANESE)) {
			ProposalCall call = calls.find(row.id());
			if (assignedAndClosed(call, reviewer, now)) {
				List<Proposal> reviewed = proposals.ofCall(call.id(), REVIEWED);
				Set<Long> ids = reviewed.stream().map(Proposal::id).collect(Collectors.toSet());
				int declared = (int) reviews.ofReviewer(reviewer.accountId())
					.stream()
					.filter(r -> ids.contains(r.proposalId()))
					.count();
				lines.add(new CallLine(call.id(), call.title(), call.reviewPhase(), reviewed.size(), declared));
			}
		}
		return lines;
	}

	/** A call assigned to this reviewer, once closed; otherwise not found. */
	@Transactional(readOnly = true)
	Calls.CallView call(long callId, Actor reviewer, Locale locale) {
		assignedCall(callId, reviewer);
		return calls.view(callId, reviewer, locale);
	}

	@Transactional(readOnly = true)
	ReviewPhase phase(long callId) {
		return calls.find(callId).reviewPhase();
	}

	/** The call's proposals with this reviewer's declarations. */
	@Transactional(readOnly = true)
	List<ProposalLine> proposalsFor(long callId, Actor reviewer) {
		assignedCall(callId, reviewer);
		Map<Long, ProposalReview> mine = reviews.ofReviewer(reviewer.accountId())
			.stream()
			.collect(Collectors.toMap(ProposalReview::proposalId, Function.identity()));
		return proposals.ofCall(callId, REVIEWED).stream().map(p -> {
			ProposalReview r = mine.get(p.id());
			return new ProposalLine(p.id(), p.title(), p.groupName(), partners(p), p.status(),
					r == null ? null : r.conflict(), r != null && r.scored());
		}).toList();
	}

	/** A proposal of a call assigned to this reviewer, as its groups and staff read it. */
	@Transactional(readOnly = true)
	Proposals.ProposalView proposal(long proposalId, Actor reviewer, Locale locale) {
		reviewable(proposalId, reviewer);
		return proposalService.view(proposalId, reviewer, locale);
	}

	/** This reviewer's declaration and scores of a proposal. */
	@Transactional(readOnly = true)
	MyReview mine(long proposalId, Actor reviewer) {
		Proposal proposal = reviewable(proposalId, reviewer);
		ProposalCall call = calls.find(proposal.callId());
		List<CallCriterion> criteria = call.criteria();
		int totalWeight = criteria.stream().mapToInt(CallCriterion::weight).sum();
		boolean open = call.reviewPhase() == ReviewPhase.OPEN && proposal.status() == ProposalStatus.UNDER_REVIEW;
		ProposalReview review = reviews.of(proposalId, reviewer.accountId()).orElse(null);
		List<@Nullable Integer> given = review == null ? List.of() : scoresOf(review, criteria.size());
		List<CriterionScore> scores = new ArrayList<>();
		for (int i = 0; i < criteria.size(); i++) {
			scores.add(new CriterionScore(i, criteria.get(i).name(), criteria.get(i).weight(),
					given.isEmpty() ? null : given.get(i)));
		}
		if (review == null) {
			return new MyReview(false, false, null, scores, null, null, totalWeight, open, false);
		}
		return new MyReview(true, review.conflict(), review.conflictNote(), scores, review.comment(),
				review.weightedTotal(criteria), totalWeight, false, open && !review.conflict());
	}

	/** 利害関係の申告: kept and audited, conflict or none. */
	@Transactional
	void declare(long proposalId, Actor reviewer, boolean conflict, @Nullable String note) {
		Proposal proposal = reviewable(proposalId, reviewer);
		ProposalCall call = calls.find(proposal.callId());
		if (reviews.of(proposalId, reviewer.accountId()).isPresent()) {
			throw new ProposalRuleViolation("conflict", "review.alreadyDeclared");
		}
		ProposalReview review = reviews
			.save(ProposalReview.declare(call, proposal, reviewer, conflict, note, clock.instant()));
		audit(conflict ? "proposal-review.conflict-declared" : "proposal-review.no-conflict-declared", review);
	}

	/** 採点: refused without a declaration or with a conflict of interest; each change audited with its scores. */
	@Transactional
	void score(long proposalId, Actor reviewer, List<@Nullable Integer> scores, @Nullable String comment) {
		Proposal proposal = reviewable(proposalId, reviewer);
		ProposalCall call = calls.find(proposal.callId());
		ProposalReview review = reviews.of(proposalId, reviewer.accountId())
			.orElseThrow(() -> new ProposalRuleViolation("conflict", "review.declarationFirst"));
		review.score(call, proposal, reviewer, scores, comment, clock.instant());
		audit("proposal-review.scored:"
				+ review.scores().stream().map(s -> Integer.toString(s.score())).collect(Collectors.joining(",")),
				review);
	}

	// ---------------------------------------------------------------- staff

	/** 審査開始: the call's submitted proposals go under review. */
	@Transactional
	void start(long callId, Actor actor) {
		ProposalCall call = calls.find(callId);
		Instant now = clock.instant();
		call.startReview(actor, now);
		auditLog.record(new AuditRecord("proposal-call.review-started", "proposal-call", Long.toString(callId)));
		for (Proposal proposal : proposals.ofCall(callId, EnumSet.of(ProposalStatus.SUBMITTED))) {
			proposal.startReview(call, actor, now);
			auditLog.record(new AuditRecord("proposal.review-started", "proposal", Long.toString(proposal.id())));
		}
	}

	/** 審査終了: the scores stop changing and become visible to staff and the call's reviewers. */
	@Transactional
	void close(long callId, Actor actor) {
		ProposalCall call = calls.find(callId);
		call.closeReview(actor, clock.instant());
		auditLog.record(new AuditRecord("proposal-call.review-closed", "proposal-call", Long.toString(callId)));
	}

	/** Who has declared and scored each proposal: for staff, without the scores while the review is open. */
	@Transactional(readOnly = true)
	List<ProgressLine> progress(long callId) {
		ProposalCall call = calls.find(callId);
		List<ProposalReview> all = reviews.ofCall(callId);
		return proposals.ofCall(callId, REVIEWED).stream().map(p -> {
			List<ReviewerProgress> lines = call.reviewers().stream().map(reviewerId -> {
				ProposalReview r = all.stream()
					.filter(x -> x.proposalId() == p.id() && reviewerId.equals(x.reviewerId()))
					.findFirst()
					.orElse(null);
				return new ReviewerProgress(name(reviewerId), r != null, r != null && r.conflict(),
						r != null && r.scored());
			}).sorted(java.util.Comparator.comparing(ReviewerProgress::reviewer)).toList();
			return new ProgressLine(p.id(), p.title(), p.groupName(), p.status(), lines);
		}).toList();
	}

	/**
	 * The scores of each proposal, for staff and the call's reviewers once the review is closed (and for everybody
	 * once the results are published, decided proposals only); an empty list before.
	 */
	@Transactional(readOnly = true)
	List<Result> results(long callId) {
		ProposalCall call = calls.find(callId);
		if (call.reviewPhase() != ReviewPhase.CLOSED && call.reviewPhase() != ReviewPhase.PUBLISHED) {
			return List.of();
		}
		List<CallCriterion> criteria = call.criteria();
		List<ProposalReview> all = reviews.ofCall(callId);
		List<Result> results = new ArrayList<>();
		// The same few reviewers score every proposal of the call: each name is looked up once.
		java.util.Map<Long, String> names = new java.util.HashMap<>();
		for (Proposal p : proposals.ofCall(callId, REVIEWED)) {
			List<ProposalReview> ofProposal = all.stream().filter(r -> r.proposalId() == p.id()).toList();
			List<ReviewerScores> byReviewer = ofProposal.stream()
				.map(r -> new ReviewerScores(names.computeIfAbsent(r.reviewerId(), this::name), r.conflict(),
						scoresOf(r, criteria.size()),
						r.weightedTotal(criteria), r.comment()))
				.sorted(java.util.Comparator.comparing(ReviewerScores::reviewer))
				.toList();
			List<ProposalReview> scored = ofProposal.stream().filter(ProposalReview::scored).toList();
			// Each scored review's line once; a criterion a reviewer left unscored is not averaged as 0.
			List<List<@Nullable Integer>> lines = scored.stream().map(r -> scoresOf(r, criteria.size())).toList();
			List<@Nullable Double> averages = new ArrayList<>();
			for (int i = 0; i < criteria.size(); i++) {
				int index = i;
				averages.add(mean(lines.stream()
					.map(line -> line.get(index))
					.filter(java.util.Objects::nonNull)
					.mapToDouble(Integer::doubleValue)));
			}
			Double total = mean(scored.stream()
				.map(r -> r.weightedTotal(criteria))
				.filter(java.util.Objects::nonNull)
				.mapToDouble(Double::doubleValue));
			results.add(new Result(p.id(), p.title(), p.groupName(), partners(p), p.status(), p.decisionReason(),
					p.decisionConditions(), byReviewer, averages, total, scored.size()));
		}
		return results;
	}

	/** The results everybody reads once staff have published them: decided proposals only; empty before. */
	@Transactional(readOnly = true)
	List<Result> publishedResults(long callId) {
		if (calls.find(callId).reviewPhase() != ReviewPhase.PUBLISHED) {
			return List.of();
		}
		return results(callId).stream().filter(r -> r.status().decided()).toList();
	}

	// ---------------------------------------------------------------- helpers

	/** The mean, or {@code null} when nobody scored (no average of nothing shown as 0). */
	private static @Nullable Double mean(java.util.stream.DoubleStream values) {
		java.util.OptionalDouble mean = values.average();
		return mean.isPresent() ? mean.getAsDouble() : null;
	}

	private static List<@Nullable Integer> scoresOf(ProposalReview review, int size) {
		List<@Nullable Integer> list = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			list.add(null);
		}
		for (ProposalReview.Score s : review.scores()) {
			if (s.criterionNo() < size) {
				list.set(s.criterionNo(), s.score());
			}
		}
		return list;
	}

	private static List<String> partners(Proposal p) {
		return p.partners().stream().map(Partner::groupName).toList();
	}

	private static boolean assignedAndClosed(ProposalCall call, Actor reviewer, Instant now) {
		return reviewer.roles().contains(Role.REVIEWER) && call.reviewers().contains(reviewer.accountId())
				&& call.status(now) == CallStatus.CLOSED;
	}

	private ProposalCall assignedCall(long callId, Actor reviewer) {
		ProposalCall call = calls.find(callId);
		if (!assignedAndClosed(call, reviewer, clock.instant())) {
			throw new ProposalNotFound("call", callId);
		}
		return call;
	}

	/** A proposal this reviewer may read: of a call assigned to them and closed, submitted and not withdrawn. */
	private Proposal reviewable(long proposalId, Actor reviewer) {
		Proposal proposal = proposals.findById(proposalId)
			.filter(p -> REVIEWED.contains(p.status()))
			.orElseThrow(() -> new ProposalNotFound("proposal", proposalId));
		ProposalCall call = calls.find(proposal.callId());
		if (!assignedAndClosed(call, reviewer, clock.instant())) {
			throw new ProposalNotFound("proposal", proposalId);
		}
		return proposal;
	}

	/** The reviewer's name; a dash for one who deleted their account (their review stays, decision 0073). */
	private String name(@Nullable Long accountId) {
		return accountId == null ? "—" : accounts.find(accountId).map(AccountView::fullName).orElse("—");
	}

	private void audit(String action, ProposalReview review) {
		auditLog.record(new AuditRecord(action, "proposal-review", Long.toString(review.id())));
	}
}
