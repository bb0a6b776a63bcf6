package jp.tomoni.proposals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.tomoni.shared.FiscalYear;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A call for proposals (募集) and its state machine (decision 0065): 下書き → 募集中 (published, before its deadline) →
 * 締切 (computed from the clock once the deadline has passed); a draft can be cancelled. Staff edit a draft only:
 * what groups rely on does not change under them. Every rule refuses with the field it concerns.
 */
@Entity
@Table(name = "proposal_call")
class ProposalCall {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "municipality_code", nullable = false, length = 6)
	private String municipalityCode;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private CallKind kind;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private CallStatus status;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(name = "department_code", length = 40)
	private @Nullable String departmentCode;

	@Column(length = 1000)
	private @Nullable String theme;

	@Column(length = 4000)
	private @Nullable String problem;

	@Column(name = "budget_ceiling")
	private @Nullable Long budgetCeiling;

	@Column(name = "consultation_from", nullable = false)
	private LocalDate consultationFrom;

	@Column(name = "consultation_to", nullable = false)
	private LocalDate consultationTo;

	@Column(name = "submission_deadline", nullable = false)
	private Instant submissionDeadline;

	@Column(name = "review_from", nullable = false)
	private LocalDate reviewFrom;

	@Column(name = "review_to", nullable = false)
	private LocalDate reviewTo;

	@Column(name = "decision_date", nullable = false)
	private LocalDate decisionDate;

	@Column(nullable = false, length = 4000)
	private String eligibility;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "published_at")
	private @Nullable Instant publishedAt;

	@Column(name = "review_started_at")
	private @Nullable Instant reviewStartedAt;

	@Column(name = "review_closed_at")
	private @Nullable Instant reviewClosedAt;

	@Column(name = "results_published_at")
	private @Nullable Instant resultsPublishedAt;

	@Column(name = "opinions_opened_at")
	private @Nullable Instant opinionsOpenedAt;

	@Column(name = "opinions_until")
	private @Nullable LocalDate opinionsUntil;

	@ElementCollection
	@CollectionTable(name = "proposal_call_criterion", joinColumns = @JoinColumn(name = "call_id"))
	@OrderColumn(name = "line_no")
	private List<CallCriterion> criteria = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "proposal_call_suitability", joinColumns = @JoinColumn(name = "call_id"))
	@OrderColumn(name = "line_no")
	@Column(name = "item_code", nullable = false, length = 40)
	private List<String> suitability = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "proposal_call_reviewer", joinColumns = @JoinColumn(name = "call_id"))
	@Column(name = "account_id", nullable = false)
	private Set<Long> reviewers = new LinkedHashSet<>();

	@Version
	private long version;

	protected ProposalCall() {
	}

	/** Staff open a call as a draft. */
	static ProposalCall open(String municipalityCode, Actor actor, CallDetails details, Instant now) {
		require(actor.callStaff(), "proposalCall.role.staffOnly");
		ProposalCall call = new ProposalCall();
		call.municipalityCode = municipalityCode;
		call.status = CallStatus.DRAFT;
		call.createdAt = now;
		call.apply(details, now);
		return call;
	}

	/** Staff change a draft. */
	void edit(Actor actor, CallDetails details, Instant now) {
		require(actor.callStaff(), "proposalCall.role.staffOnly");
		requireStatus(now, CallStatus.DRAFT);
		apply(details, now);
	}

	/** 募集中: the call becomes public, with at least one reviewer and a deadline still ahead. */
	void publish(Actor actor, Instant now) {
		require(actor.callStaff(), "proposalCall.role.staffOnly");
		requireStatus(now, CallStatus.DRAFT);
		if (!submissionDeadline.isAfter(now)) {
			throw new ProposalRuleViolation("submissionDeadline", "proposalCall.deadline.passed");
		}
		if (reviewers.isEmpty()) {
			throw new ProposalRuleViolation("reviewers", "proposalCall.reviewers.required");
		}
		this.status = CallStatus.PUBLISHED;
		this.publishedAt = now;
		this.updatedAt = now;
	}

	/** 取りやめ: a draft that will not be published. */
	void cancel(Actor actor, Instant now) {
		require(actor.callStaff(), "proposalCall.role.staffOnly");
		requireStatus(now, CallStatus.DRAFT);
		this.status = CallStatus.CANCELLED;
		this.updatedAt = now;
	}

	/** 審査開始: city staff start the review once the deadline has passed; the submitted proposals go under review. */
	void startReview(Actor actor, Instant now) {
		require(actor.callStaff(), "proposalCall.role.staffOnly");
		if (status(now) != CallStatus.CLOSED) {
			throw new ProposalRuleViolation("status", "proposal.review.callNotClosed");
		}
		requirePhase(ReviewPhase.NOT_STARTED);
		this.reviewStartedAt = now;
		this.updatedAt = now;
	}

	/** 審査終了: city staff close the review; scores no longer change and become visible to staff and reviewers. */
	void closeReview(Actor actor, Instant now) {
		require(actor.callStaff(), "proposalCall.role.staffOnly");
		requirePhase(ReviewPhase.OPEN);
		this.reviewClosedAt = now;
		this.updatedAt = now;
	}

	/** 結果公表: once the review is closed and every proposal decided (checked by the caller, who knows them). */
	void publishResults(Actor actor, boolean everyProposalDecided, Instant now) {
		require(actor.callStaff(), "proposalCall.role.staffOnly");
		requirePhase(ReviewPhase.CLOSED);
		if (!everyProposalDecided) {
			throw new ProposalRuleViolation("status", "review.publish.undecided");
		}
		this.resultsPublishedAt = now;
		this.updatedAt = now;
	}

	/**
	 * 意見募集: city staff open the residents' opinion period while the review is open, until a day that is neither
	 * past nor after the review's last day; while it runs they may move its last day within the same bounds. From
	 * then on the proposals under review are public.
	 */
	void openOpinions(Actor actor, @Nullable LocalDate until, Instant now) {
		require(actor.callStaff(), "proposalCall.role.staffOnly");
		requirePhase(ReviewPhase.OPEN);
		if (until == null) {
			throw new ProposalRuleViolation("until", "opinion.period.untilRequired");
		}
		LocalDate today = LocalDate.ofInstant(now, FiscalYear.JAPAN);
		if (until.isBefore(today)) {
			throw new ProposalRuleViolation("until", "opinion.period.untilPast", today.toString());
		}
		if (until.isAfter(reviewTo)) {
			throw new ProposalRuleViolation("until", "opinion.period.untilAfterReview", reviewTo.toString());
		}
		if (opinionsOpenedAt != null && !opinionsOpen(now)) {
			throw new ProposalRuleViolation("until", "opinion.period.ended");
		}
		if (opinionsOpenedAt == null) {
			this.opinionsOpenedAt = now;
		}
		this.opinionsUntil = until;
		this.updatedAt = now;
	}

	/** Whether residents may give an opinion now: the period is open, its last day not past, the review still open. */
	boolean opinionsOpen(Instant now) {
		return opinionsOpenedAt != null && opinionsUntil != null && reviewPhase() == ReviewPhase.OPEN
				&& !LocalDate.ofInstant(now, FiscalYear.JAPAN).isAfter(opinionsUntil);
	}

	/** Whether the proposals under review and decided have a public page: once opinions were asked, or results out. */
	boolean proposalsPublic() {
		return opinionsOpenedAt != null || resultsPublishedAt != null;
	}

	@Nullable Instant opinionsOpenedAt() {
		return opinionsOpenedAt;
	}

	@Nullable LocalDate opinionsUntil() {
		return opinionsUntil;
	}

	/** Where the review stands. */
	ReviewPhase reviewPhase() {
		if (resultsPublishedAt != null) {
			return ReviewPhase.PUBLISHED;
		}
		if (reviewClosedAt != null) {
			return ReviewPhase.CLOSED;
		}
		return reviewStartedAt != null ? ReviewPhase.OPEN : ReviewPhase.NOT_STARTED;
	}

	private void requirePhase(ReviewPhase allowed) {
		ReviewPhase current = reviewPhase();
		if (current != allowed) {
			throw new ProposalRuleViolation("status", "review.transition.notAllowed",
					new DefaultMessageSourceResolvable(current.messageKey()));
		}
	}

	/** The status at this moment: a published call whose deadline has passed is closed. */
	CallStatus status(Instant now) {
		if (status == CallStatus.PUBLISHED && !now.isBefore(submissionDeadline)) {
			return CallStatus.CLOSED;
		}
		return status;
	}

	/** Whether groups may consult, draft, change and submit now. */
	boolean open(Instant now) {
		return status(now) == CallStatus.PUBLISHED;
	}

	/** Whether everybody sees it: published, open or closed. */
	boolean isPublic() {
		return status == CallStatus.PUBLISHED;
	}

	private void apply(CallDetails details, Instant now) {
		check(details);
		this.kind = details.kind();
		this.title = details.title();
		boolean themed = details.kind() == CallKind.CITY_THEMED;
		this.departmentCode = themed ? details.departmentCode() : null;
		this.theme = themed ? details.theme() : null;
		this.problem = themed ? details.problem() : null;
		this.budgetCeiling = themed ? details.budgetCeiling() : null;
		this.consultationFrom = details.consultationFrom();
		this.consultationTo = details.consultationTo();
		this.submissionDeadline = details.submissionDeadline();
		this.reviewFrom = details.reviewFrom();
		this.reviewTo = details.reviewTo();
		this.decisionDate = details.decisionDate();
		this.eligibility = details.eligibility();
		this.criteria.clear();
		this.criteria.addAll(details.criteria());
		this.suitability.clear();
		this.suitability.addAll(details.suitability());
		this.reviewers.clear();
		this.reviewers.addAll(details.reviewers());
		this.updatedAt = now;
	}

	/**
	 * The rules of a call's content: a city-themed call names its department, theme, problem and budget ceiling; the
	 * schedule runs in order (consultation, deadline, review, decision); criteria have names and weights above zero;
	 * the checklist has at least one item.
	 */
	static void check(CallDetails details) {
		if (details.kind() == CallKind.CITY_THEMED) {
			requireText(details.departmentCode(), "departmentCode");
			requireText(details.theme(), "theme");
			requireText(details.problem(), "problem");
			if (details.budgetCeiling() == null) {
				throw new ProposalRuleViolation("budgetCeiling", "proposalCall.budgetCeiling.required");
			}
			if (details.budgetCeiling() <= 0) {
				throw new ProposalRuleViolation("budgetCeiling", "proposalCall.budgetCeiling.positive");
			}
		}
		LocalDate deadlineDay = LocalDate.ofInstant(details.submissionDeadline(), FiscalYear.JAPAN);
		order(details.consultationFrom(), details.consultationTo(), "consultationTo",
				"proposalCall.schedule.consultationTo");
		order(details.consultationTo(), deadlineDay, "submissionDeadline", "proposalCall.schedule.deadline");
		order(deadlineDay, details.reviewFrom(), "reviewFrom", "proposalCall.schedule.reviewFrom");
		order(details.reviewFrom(), details.reviewTo(), "reviewTo", "proposalCall.schedule.reviewTo");
		order(details.reviewTo(), details.decisionDate(), "decisionDate", "proposalCall.schedule.decisionDate");
		if (details.criteria().isEmpty()) {
			throw new ProposalRuleViolation("criteria", "proposalCall.criteria.required");
		}
		for (int i = 0; i < details.criteria().size(); i++) {
			CallCriterion criterion = details.criteria().get(i);
			if (criterion.name().isBlank()) {
				throw new ProposalRuleViolation("criteria", "proposalCall.criteria.name", i + 1);
			}
			if (criterion.weight() < 1 || criterion.weight() > ReviewCriterion.MAX_WEIGHT) {
				throw new ProposalRuleViolation("criteria", "proposalCall.criteria.weight", i + 1,
						ReviewCriterion.MAX_WEIGHT);
			}
		}
		if (details.suitability().isEmpty()) {
			throw new ProposalRuleViolation("suitability", "proposalCall.suitability.required");
		}
	}

	private static void requireText(@Nullable String value, String field) {
		if (value == null || value.isBlank()) {
			throw new ProposalRuleViolation(field, "proposalCall." + field + ".required");
		}
	}

	private static void order(LocalDate earlier, LocalDate later, String field, String code) {
		if (later.isBefore(earlier)) {
			throw new ProposalRuleViolation(field, code, earlier.toString());
		}
	}

	private static void require(boolean allowed, String code) {
		if (!allowed) {
			throw new ProposalRuleViolation("status", code);
		}
	}

	private void requireStatus(Instant now, CallStatus allowed) {
		CallStatus current = status(now);
		if (current != allowed) {
			throw new ProposalRuleViolation("status", "proposalCall.transition.notAllowed",
					new DefaultMessageSourceResolvable(current.messageKey()));
		}
	}

	long id() {
		return id;
	}

	String municipalityCode() {
		return municipalityCode;
	}

	CallKind kind() {
		return kind;
	}

	CallStatus storedStatus() {
		return status;
	}

	String title() {
		return title;
	}

	@Nullable String departmentCode() {
		return departmentCode;
	}

	@Nullable String theme() {
		return theme;
	}

	@Nullable String problem() {
		return problem;
	}

	@Nullable Long budgetCeiling() {
		return budgetCeiling;
	}

	LocalDate consultationFrom() {
		return consultationFrom;
	}

	LocalDate consultationTo() {
		return consultationTo;
	}

	Instant submissionDeadline() {
		return submissionDeadline;
	}

	LocalDate reviewFrom() {
		return reviewFrom;
	}

	LocalDate reviewTo() {
		return reviewTo;
	}

	LocalDate decisionDate() {
		return decisionDate;
	}

	String eligibility() {
		return eligibility;
	}

	@Nullable Instant publishedAt() {
		return publishedAt;
	}

	List<CallCriterion> criteria() {
		return List.copyOf(criteria);
	}

	List<String> suitability() {
		return List.copyOf(suitability);
	}

	Set<Long> reviewers() {
		return Set.copyOf(reviewers);
	}
}
