package jp.tomoni.proposals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import jp.tomoni.proposals.ProposalLines.Answer;
import jp.tomoni.proposals.ProposalLines.BudgetLine;
import jp.tomoni.proposals.ProposalLines.Indicator;
import jp.tomoni.proposals.ProposalLines.Partner;
import jp.tomoni.proposals.ProposalLines.ScheduleLine;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A proposal to a call and its state machine (decision 0066): 下書き → 提出済み → 審査中 → 採択 | 条件付き採択 | 不採択,
 * and 取り下げ from a draft, a submitted proposal or one under review. A group's administrator drafts, changes,
 * submits and withdraws it on the group's behalf; a draft keeps anything typed, submission checks everything and is
 * final, and nothing changes once the call's deadline has passed. Staff start the review and decide, with reasons.
 */
@Entity
@Table(name = "proposal")
class Proposal {

	/** The statuses a proposal can be withdrawn from: any before the decision. */
	static final Set<ProposalStatus> WITHDRAWABLE = EnumSet.of(ProposalStatus.DRAFT, ProposalStatus.SUBMITTED,
			ProposalStatus.UNDER_REVIEW);

	/** The outcomes of a decision. */
	static final Set<ProposalStatus> OUTCOMES = EnumSet.of(ProposalStatus.ADOPTED,
			ProposalStatus.ADOPTED_WITH_CONDITIONS, ProposalStatus.NOT_ADOPTED);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "municipality_code", nullable = false, length = 6)
	private String municipalityCode;

	@Column(name = "call_id", nullable = false)
	private long callId;

	@Column(name = "group_id", nullable = false)
	private long groupId;

	@Column(name = "group_name", nullable = false, length = 200)
	private String groupName;

	@Column(name = "drafted_by")
	private @Nullable Long draftedBy;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private ProposalStatus status;

	@Column(length = 200)
	private @Nullable String title;

	@Column(length = 4000)
	private @Nullable String problem;

	@Column(length = 8000)
	private @Nullable String plan;

	@Column(name = "group_role", length = 2000)
	private @Nullable String groupRole;

	@Column(name = "city_role", length = 2000)
	private @Nullable String cityRole;

	@Column(name = "expected_effects", length = 4000)
	private @Nullable String expectedEffects;

	@Column(name = "not_political", nullable = false)
	private boolean notPolitical;

	@Column(name = "not_religious", nullable = false)
	private boolean notReligious;

	@Column(name = "not_electoral", nullable = false)
	private boolean notElectoral;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "submitted_at")
	private @Nullable Instant submittedAt;

	@Column(name = "withdrawn_at")
	private @Nullable Instant withdrawnAt;

	@Column(name = "decided_at")
	private @Nullable Instant decidedAt;

	@Column(name = "decision_reason", length = 4000)
	private @Nullable String decisionReason;

	@Column(name = "decision_conditions", length = 4000)
	private @Nullable String decisionConditions;

	@Column(name = "project_id")
	private @Nullable Long projectId;

	@ElementCollection
	@CollectionTable(name = "proposal_partner", joinColumns = @JoinColumn(name = "proposal_id"))
	@OrderColumn(name = "line_no")
	private List<Partner> partners = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "proposal_schedule_line", joinColumns = @JoinColumn(name = "proposal_id"))
	@OrderColumn(name = "line_no")
	private List<ScheduleLine> schedule = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "proposal_budget_line", joinColumns = @JoinColumn(name = "proposal_id"))
	@OrderColumn(name = "line_no")
	private List<BudgetLine> budget = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "proposal_indicator", joinColumns = @JoinColumn(name = "proposal_id"))
	@OrderColumn(name = "line_no")
	private List<Indicator> indicators = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "proposal_suitability_answer", joinColumns = @JoinColumn(name = "proposal_id"))
	@OrderColumn(name = "line_no")
	private List<Answer> answers = new ArrayList<>();

	@Version
	private long version;

	protected Proposal() {
	}

	/** A group's administrator starts a draft for the group, while the call is open. */
	static Proposal draft(ProposalCall call, Actor actor, long groupId, String groupName, Instant now) {
		require(actor.groupAdministrator(), "proposal.role.groupAdministratorOnly");
		requireOpen(call, now);
		Proposal proposal = new Proposal();
		proposal.municipalityCode = call.municipalityCode();
		proposal.callId = call.id();
		proposal.groupId = groupId;
		proposal.groupName = groupName;
		proposal.draftedBy = actor.accountId();
		proposal.status = ProposalStatus.DRAFT;
		proposal.createdAt = now;
		proposal.updatedAt = now;
		return proposal;
	}

	/** The draft takes what was typed, whatever it is: only the form's sizes limit it. */
	void save(ProposalCall call, Actor actor, ProposalContent content, Instant now) {
		require(actor.groupAdministrator(), "proposal.role.groupAdministratorOnly");
		requireStatus(ProposalStatus.DRAFT);
		requireOpen(call, now);
		this.title = content.title();
		this.problem = content.problem();
		this.plan = content.plan();
		this.groupRole = content.groupRole();
		this.cityRole = content.cityRole();
		this.expectedEffects = content.expectedEffects();
		replace(partners, content.partners());
		replace(schedule, content.schedule());
		replace(budget, content.budget());
		replace(indicators, content.indicators());
		replace(answers, content.answers());
		this.notPolitical = content.notPolitical();
		this.notReligious = content.notReligious();
		this.notElectoral = content.notElectoral();
		this.updatedAt = now;
	}

	/**
	 * 提出: final. Everything is checked first; all that is missing or wrong is refused at once.
	 *
	 * @throws Incomplete listing each problem with its field
	 */
	void submit(ProposalCall call, Actor actor, Instant now) {
		require(actor.groupAdministrator(), "proposal.role.groupAdministratorOnly");
		requireStatus(ProposalStatus.DRAFT);
		requireOpen(call, now);
		List<ProposalRuleViolation> problems = ProposalChecks.problems(this, call);
		if (!problems.isEmpty()) {
			throw new Incomplete(problems);
		}
		this.status = ProposalStatus.SUBMITTED;
		this.submittedAt = now;
		this.updatedAt = now;
	}

	/** 取り下げ: by the group, any time before the decision. */
	void withdraw(Actor actor, Instant now) {
		require(actor.groupAdministrator(), "proposal.role.groupAdministratorOnly");
		requireStatus(WITHDRAWABLE.toArray(ProposalStatus[]::new));
		this.status = ProposalStatus.WITHDRAWN;
		this.withdrawnAt = now;
		this.updatedAt = now;
	}

	/** 審査中: staff begin the review of a submitted proposal once the call has closed. */
	void startReview(ProposalCall call, Actor actor, Instant now) {
		require(actor.staff(), "proposal.role.staffOnly");
		requireStatus(ProposalStatus.SUBMITTED);
		if (call.status(now) != CallStatus.CLOSED) {
			throw new ProposalRuleViolation("status", "proposal.review.callNotClosed");
		}
		this.status = ProposalStatus.UNDER_REVIEW;
		this.updatedAt = now;
	}

	/**
	 * The decision, by city staff, with the reasons the proposer and the public read (反映できない理由を明確に), and the
	 * conditions of an adoption with conditions.
	 */
	void decide(Actor actor, ProposalStatus outcome, @Nullable String reason, @Nullable String conditions,
			Instant now) {
		require(actor.callStaff(), "proposal.role.callStaffOnly");
		requireStatus(ProposalStatus.UNDER_REVIEW);
		if (!OUTCOMES.contains(outcome)) {
			throw new ProposalRuleViolation("outcome", "proposal.decision.outcome");
		}
		if (reason == null || reason.isBlank()) {
			throw new ProposalRuleViolation("reason", "proposal.decision.reasonRequired");
		}
		boolean conditional = outcome == ProposalStatus.ADOPTED_WITH_CONDITIONS;
		if (conditional && (conditions == null || conditions.isBlank())) {
			throw new ProposalRuleViolation("conditions", "proposal.decision.conditionsRequired");
		}
		this.status = outcome;
		this.decisionReason = reason.strip();
		this.decisionConditions = conditional ? conditions.strip() : null;
		this.decidedAt = now;
		this.updatedAt = now;
	}

	/** The collaboration project an adoption registered. */
	void linkProject(long projectId) {
		if (status != ProposalStatus.ADOPTED && status != ProposalStatus.ADOPTED_WITH_CONDITIONS) {
			throw new ProposalRuleViolation("status", "proposal.transition.notAllowed",
					new DefaultMessageSourceResolvable(status.messageKey()));
		}
		this.projectId = projectId;
	}

	/** Whether the group's administrators may still change it: a draft, while the call is open. */
	boolean editable(ProposalCall call, Instant now) {
		return status == ProposalStatus.DRAFT && call.open(now);
	}

	/** The answers by item code. */
	Map<String, Answer> answersByItem() {
		return answers.stream().collect(Collectors.toMap(Answer::itemCode, Function.identity(), (a, b) -> a));
	}

	private static <T> void replace(List<T> target, List<T> source) {
		target.clear();
		target.addAll(source);
	}

	private static void requireOpen(ProposalCall call, Instant now) {
		if (!call.open(now)) {
			throw new ProposalRuleViolation("status", "proposal.call.notOpen");
		}
	}

	private static void require(boolean allowed, String code) {
		if (!allowed) {
			throw new ProposalRuleViolation("status", code);
		}
	}

	private void requireStatus(ProposalStatus... allowed) {
		if (!Set.of(allowed).contains(status)) {
			throw new ProposalRuleViolation("status", "proposal.transition.notAllowed",
					new DefaultMessageSourceResolvable(status.messageKey()));
		}
	}

	/** Submission refused: each problem names its field and rule. */
	static class Incomplete extends ProposalRuleViolation {

		private final transient List<ProposalRuleViolation> problems;

		Incomplete(List<ProposalRuleViolation> problems) {
			super("status", "proposal.submit.incomplete", problems.size());
			this.problems = List.copyOf(problems);
		}

		List<ProposalRuleViolation> problems() {
			return problems;
		}
	}

	long id() {
		return id;
	}

	String municipalityCode() {
		return municipalityCode;
	}

	long callId() {
		return callId;
	}

	long groupId() {
		return groupId;
	}

	String groupName() {
		return groupName;
	}

	ProposalStatus status() {
		return status;
	}

	@Nullable String title() {
		return title;
	}

	@Nullable String problem() {
		return problem;
	}

	@Nullable String plan() {
		return plan;
	}

	@Nullable String groupRole() {
		return groupRole;
	}

	@Nullable String cityRole() {
		return cityRole;
	}

	@Nullable String expectedEffects() {
		return expectedEffects;
	}

	boolean notPolitical() {
		return notPolitical;
	}

	boolean notReligious() {
		return notReligious;
	}

	boolean notElectoral() {
		return notElectoral;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	@Nullable Instant submittedAt() {
		return submittedAt;
	}

	@Nullable Instant withdrawnAt() {
		return withdrawnAt;
	}

	@Nullable String decisionReason() {
		return decisionReason;
	}

	@Nullable String decisionConditions() {
		return decisionConditions;
	}

	@Nullable Instant decidedAt() {
		return decidedAt;
	}

	@Nullable Long projectId() {
		return projectId;
	}

	List<Partner> partners() {
		return List.copyOf(partners);
	}

	List<ScheduleLine> schedule() {
		return List.copyOf(schedule);
	}

	List<BudgetLine> budget() {
		return List.copyOf(budget);
	}

	List<Indicator> indicators() {
		return List.copyOf(indicators);
	}

	List<Answer> answers() {
		return List.copyOf(answers);
	}
}
