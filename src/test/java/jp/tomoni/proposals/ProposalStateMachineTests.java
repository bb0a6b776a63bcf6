package jp.tomoni.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import jp.tomoni.proposals.ProposalLines.Answer;
import jp.tomoni.proposals.ProposalLines.BudgetLine;
import jp.tomoni.proposals.ProposalLines.Indicator;
import jp.tomoni.proposals.ProposalLines.Partner;
import jp.tomoni.proposals.ProposalLines.ScheduleLine;
import jp.tomoni.shared.FiscalYear;
import jp.tomoni.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The state machines of calls and proposals, without Spring: every transition from every status, by every role;
 * what is allowed happens, everything else is refused and changes nothing. Time is a parameter: before the deadline
 * and after it.
 */
class ProposalStateMachineTests {

	static final LocalDate TODAY = LocalDate.of(2026, 5, 1);

	static final Instant DEADLINE = TODAY.plusDays(10).atTime(17, 0).atZone(FiscalYear.JAPAN).toInstant();

	static final Instant BEFORE = DEADLINE.minusSeconds(86_400);

	static final Instant AFTER = DEADLINE.plusSeconds(3_600);

	static final Actor CITY_STAFF = actor(1, Role.CITY_STAFF);

	static final Actor ADMIN = actor(2, Role.ADMIN);

	static final Actor COORDINATOR = actor(3, Role.COORDINATOR);

	static final Actor GROUP_ADMIN = actor(4, Role.GROUP_ADMIN);

	static final Actor CITIZEN = actor(5, Role.CITIZEN);

	static final Actor REVIEWER = actor(6, Role.REVIEWER);

	static final List<Actor> EVERYONE = List.of(CITY_STAFF, ADMIN, COORDINATOR, GROUP_ADMIN, CITIZEN, REVIEWER);

	static Actor actor(long id, Role role) {
		return new Actor(id, role.name(), EnumSet.of(Role.CITIZEN, role));
	}

	static CallDetails details(CallKind kind, Map<String, Object> overrides) {
		Long ceiling = (Long) overrides.getOrDefault("budgetCeiling", 100_000L);
		LocalDate reviewTo = (LocalDate) overrides.getOrDefault("reviewTo", TODAY.plusDays(20));
		return new CallDetails(kind, "試しの募集", kind == CallKind.CITY_THEMED ? "parks" : null, "テーマ", "課題", ceiling,
				TODAY, TODAY.plusDays(5), DEADLINE, TODAY.plusDays(11), reviewTo, TODAY.plusDays(25), "市内の団体",
				List.of(new CallCriterion("feasibility", "実現性", null, 20)), List.of("fine-grained", "need-exists"),
				Set.of(9L));
	}

	static ProposalCall draftCall() {
		ProposalCall call = ProposalCall.open("142093", CITY_STAFF, details(CallKind.CITY_THEMED, Map.of()), BEFORE);
		ReflectionTestUtils.setField(call, "id", 7L);
		return call;
	}

	static ProposalCall publishedCall() {
		ProposalCall call = draftCall();
		call.publish(CITY_STAFF, BEFORE);
		return call;
	}

	static ProposalContent complete() {
		return new ProposalContent("見守り", "課題", "計画", "団体の役割", "市の役割", "効果",
				List.of(new Partner(20, "協力する会", "広報を担う")), List.of(new ScheduleLine("6月", "準備")),
				List.of(new BudgetLine("印刷費", "50,000", "10000", "40000")), List.of(new Indicator("参加者数", "100人")),
				List.of(new Answer("fine-grained", true, "理由"), new Answer("need-exists", false, "理由")), true, true,
				true);
	}

	/** A proposal brought to the status by the allowed transitions. */
	static Proposal in(ProposalStatus status, ProposalCall call) {
		Proposal proposal = Proposal.draft(call, GROUP_ADMIN, 10, "提案する会", BEFORE);
		if (status == ProposalStatus.DRAFT) {
			return proposal;
		}
		proposal.save(call, GROUP_ADMIN, complete(), BEFORE);
		if (status == ProposalStatus.WITHDRAWN) {
			proposal.withdraw(GROUP_ADMIN, BEFORE);
			return proposal;
		}
		proposal.submit(call, GROUP_ADMIN, BEFORE);
		if (status == ProposalStatus.SUBMITTED) {
			return proposal;
		}
		proposal.startReview(call, COORDINATOR, AFTER);
		if (status != ProposalStatus.UNDER_REVIEW) {
			proposal.decide(CITY_STAFF, status, "理由", "条件", AFTER);
		}
		return proposal;
	}

	// ------------------------------------------------------------------ calls

	@Test
	void onlyCityStaffAndAdministratorsOpenACall() {
		for (Actor actor : EVERYONE) {
			boolean allowed = actor == CITY_STAFF || actor == ADMIN;
			if (allowed) {
				assertThat(ProposalCall.open("142093", actor, details(CallKind.OPEN, Map.of()), BEFORE).status(BEFORE))
					.isEqualTo(CallStatus.DRAFT);
			}
			else {
				assertThatThrownBy(() -> ProposalCall.open("142093", actor, details(CallKind.OPEN, Map.of()), BEFORE))
					.as(actor.name())
					.isInstanceOf(ProposalRuleViolation.class)
					.hasMessage("proposalCall.role.staffOnly");
			}
		}
	}

	@Test
	void everyCallTransitionIsAllowedOnlyFromItsStatusAndToItsRoles() {
		Map<String, Consumer<Object[]>> transitions = Map.of(
				"publish", a -> ((ProposalCall) a[0]).publish((Actor) a[1], (Instant) a[2]),
				"cancel", a -> ((ProposalCall) a[0]).cancel((Actor) a[1], (Instant) a[2]),
				"edit", a -> ((ProposalCall) a[0]).edit((Actor) a[1], details(CallKind.OPEN, Map.of()), (Instant) a[2]));
		for (CallStatus from : CallStatus.values()) {
			for (var transition : transitions.entrySet()) {
				for (Actor actor : EVERYONE) {
					ProposalCall call = callIn(from);
					Instant now = from == CallStatus.CLOSED ? AFTER : BEFORE;
					boolean allowed = from == CallStatus.DRAFT && (actor == CITY_STAFF || actor == ADMIN);
					String what = transition.getKey() + " from " + from + " by " + actor.name();
					if (allowed) {
						transition.getValue().accept(new Object[] { call, actor, now });
						assertThat(call.status(now)).as(what)
							.isEqualTo(switch (transition.getKey()) {
								case "publish" -> CallStatus.PUBLISHED;
								case "cancel" -> CallStatus.CANCELLED;
								default -> CallStatus.DRAFT;
							});
					}
					else {
						assertThatThrownBy(() -> transition.getValue().accept(new Object[] { call, actor, now })).as(what)
							.isInstanceOf(ProposalRuleViolation.class);
						assertThat(call.status(now)).as(what + " changes nothing").isEqualTo(from);
					}
				}
			}
		}
	}

	private static ProposalCall callIn(CallStatus status) {
		ProposalCall call = draftCall();
		switch (status) {
			case PUBLISHED, CLOSED -> call.publish(CITY_STAFF, BEFORE);
			case CANCELLED -> call.cancel(CITY_STAFF, BEFORE);
			case DRAFT -> {
			}
		}
		return call;
	}

	@Test
	void aPublishedCallClosesByTheClockAndIsPublishedOnlyWithADeadlineAheadAndAReviewer() {
		ProposalCall call = publishedCall();
		assertThat(call.status(DEADLINE.minusSeconds(1))).isEqualTo(CallStatus.PUBLISHED);
		assertThat(call.status(DEADLINE)).isEqualTo(CallStatus.CLOSED);
		assertThat(call.open(DEADLINE)).isFalse();

		ProposalCall late = draftCall();
		assertThatThrownBy(() -> late.publish(CITY_STAFF, AFTER)).hasMessage("proposalCall.deadline.passed");
		CallDetails noReviewer = new CallDetails(CallKind.OPEN, "t", null, null, null, null, TODAY, TODAY, DEADLINE,
				TODAY.plusDays(11), TODAY.plusDays(12), TODAY.plusDays(13), "e",
				List.of(new CallCriterion(null, "n", null, 1)), List.of("local"), Set.of());
		ProposalCall unreviewed = ProposalCall.open("142093", ADMIN, noReviewer, BEFORE);
		assertThatThrownBy(() -> unreviewed.publish(ADMIN, BEFORE)).hasMessage("proposalCall.reviewers.required");
	}

	@Test
	void theScheduleRunsInOrderAndACityThemedCallHasItsCeiling() {
		assertThatThrownBy(() -> ProposalCall.check(details(CallKind.CITY_THEMED, Map.of("reviewTo", TODAY))))
			.isInstanceOf(ProposalRuleViolation.class)
			.hasMessage("proposalCall.schedule.reviewTo");
		assertThatThrownBy(() -> ProposalCall.check(details(CallKind.CITY_THEMED, Map.of("budgetCeiling", 0L))))
			.hasMessage("proposalCall.budgetCeiling.positive");
		ProposalCall.check(details(CallKind.OPEN, Map.of("budgetCeiling", 0L)));
	}

	// ------------------------------------------------------------------ proposals

	/** Who may do what, from which status: everything not listed here is refused. */
	static final Map<String, Set<ProposalStatus>> FROM = Map.of("save", EnumSet.of(ProposalStatus.DRAFT), "submit",
			EnumSet.of(ProposalStatus.DRAFT), "withdraw",
			EnumSet.of(ProposalStatus.DRAFT, ProposalStatus.SUBMITTED, ProposalStatus.UNDER_REVIEW), "startReview",
			EnumSet.of(ProposalStatus.SUBMITTED), "decide", EnumSet.of(ProposalStatus.UNDER_REVIEW));

	static final Map<String, Set<Actor>> BY = Map.of("save", Set.of(GROUP_ADMIN), "submit", Set.of(GROUP_ADMIN),
			"withdraw", Set.of(GROUP_ADMIN), "startReview", Set.of(COORDINATOR, CITY_STAFF, ADMIN), "decide",
			Set.of(CITY_STAFF, ADMIN));

	/** The deadline matters: drafts change before it, the review starts after it. */
	static final Map<String, Instant> WHEN = Map.of("save", BEFORE, "submit", BEFORE, "withdraw", BEFORE,
			"startReview", AFTER, "decide", AFTER);

	static final Map<String, ProposalStatus> TO = Map.of("save", ProposalStatus.DRAFT, "submit",
			ProposalStatus.SUBMITTED, "withdraw", ProposalStatus.WITHDRAWN, "startReview", ProposalStatus.UNDER_REVIEW,
			"decide", ProposalStatus.ADOPTED);

	static void apply(String transition, Proposal proposal, ProposalCall call, Actor actor, Instant now) {
		switch (transition) {
			case "save" -> proposal.save(call, actor, complete(), now);
			case "submit" -> proposal.submit(call, actor, now);
			case "withdraw" -> proposal.withdraw(actor, now);
			case "startReview" -> proposal.startReview(call, actor, now);
			case "decide" -> proposal.decide(actor, ProposalStatus.ADOPTED, "地域の実情に合う", null, now);
			default -> throw new IllegalArgumentException(transition);
		}
	}

	@Test
	void everyProposalTransitionIsAllowedOnlyFromItsStatusAndToItsRoles() {
		Map<ProposalStatus, Integer> refusedFrom = new EnumMap<>(ProposalStatus.class);
		for (ProposalStatus from : ProposalStatus.values()) {
			for (String transition : FROM.keySet()) {
				for (Actor actor : EVERYONE) {
					ProposalCall call = publishedCall();
					Proposal proposal = in(from, call);
					if (from == ProposalStatus.DRAFT && transition.equals("submit")) {
						proposal.save(call, GROUP_ADMIN, complete(), BEFORE);
					}
					boolean allowed = FROM.get(transition).contains(from) && BY.get(transition).contains(actor);
					String what = transition + " from " + from + " by " + actor.name();
					Instant now = WHEN.get(transition);
					if (allowed) {
						apply(transition, proposal, call, actor, now);
						assertThat(proposal.status()).as(what).isEqualTo(TO.get(transition));
					}
					else {
						assertThatThrownBy(() -> apply(transition, proposal, call, actor, now)).as(what)
							.isInstanceOf(ProposalRuleViolation.class);
						assertThat(proposal.status()).as(what + " changes nothing").isEqualTo(from);
						refusedFrom.merge(from, 1, Integer::sum);
					}
				}
			}
		}
		assertThat(refusedFrom).as("every status refuses something").containsOnlyKeys(ProposalStatus.values());
	}

	@Test
	void nothingChangesAfterTheDeadlineNotEvenADraft() {
		ProposalCall call = publishedCall();
		Proposal draft = in(ProposalStatus.DRAFT, call);
		assertThatThrownBy(() -> draft.save(call, GROUP_ADMIN, complete(), DEADLINE)).hasMessage("proposal.call.notOpen");
		assertThatThrownBy(() -> draft.submit(call, GROUP_ADMIN, AFTER)).hasMessage("proposal.call.notOpen");
		assertThat(draft.editable(call, AFTER)).isFalse();
		assertThatThrownBy(() -> Proposal.draft(call, GROUP_ADMIN, 11, "遅れた会", AFTER))
			.hasMessage("proposal.call.notOpen");
		assertThatThrownBy(() -> in(ProposalStatus.SUBMITTED, publishedCall()).startReview(call, CITY_STAFF, BEFORE))
			.hasMessage("proposal.review.callNotClosed");
		assertThatThrownBy(() -> Proposal.draft(draftCall(), GROUP_ADMIN, 11, "早すぎた会", BEFORE))
			.as("a draft call takes no proposal")
			.hasMessage("proposal.call.notOpen");
	}

	@Test
	void submissionRefusesAllThatIsMissingAtOnceAndTheDraftKeepsIt() {
		ProposalCall call = publishedCall();
		Proposal proposal = in(ProposalStatus.DRAFT, call);
		proposal.save(call, GROUP_ADMIN, new ProposalContent("題名だけ", null, null, null, null, null,
				List.of(new Partner(20, "協力する会", null)), List.of(new ScheduleLine("6月", null)),
				List.of(new BudgetLine("印刷費", "50000", "10000", "30000"), new BudgetLine("会場費", "abc", "0", "0")),
				List.of(), List.of(new Answer("fine-grained", null, null), new Answer("need-exists", true, " ")), true,
				false, false), BEFORE);
		assertThatThrownBy(() -> proposal.submit(call, GROUP_ADMIN, BEFORE)).isInstanceOfSatisfying(
				Proposal.Incomplete.class,
				incomplete -> assertThat(incomplete.problems().stream().map(p -> p.field() + ":" + p.code()))
					.containsExactly("problem:proposal.problem.required", "plan:proposal.plan.required",
							"groupRole:proposal.groupRole.required", "cityRole:proposal.cityRole.required",
							"partners:proposal.partner.roleRequired", "schedule:proposal.schedule.line",
							"budget:proposal.budget.shares", "budget:proposal.budget.number",
							"expectedEffects:proposal.expectedEffects.required",
							"indicators:proposal.indicators.required", "answers:proposal.answer.required",
							"answers:proposal.answer.explanationRequired", "notReligious:proposal.exclusion.notReligious",
							"notElectoral:proposal.exclusion.notElectoral"));
		assertThat(proposal.status()).isEqualTo(ProposalStatus.DRAFT);
		assertThat(proposal.title()).isEqualTo("題名だけ");
		assertThat(proposal.budget()).hasSize(2);
	}

	@Test
	void theCitySharesStayWithinACityThemedCallsCeiling() {
		ProposalCall call = publishedCall();
		Proposal proposal = in(ProposalStatus.DRAFT, call);
		ProposalContent content = complete();
		proposal.save(call, GROUP_ADMIN, new ProposalContent(content.title(), content.problem(), content.plan(),
				content.groupRole(), content.cityRole(), content.expectedEffects(), content.partners(),
				content.schedule(), List.of(new BudgetLine("委託費", "150000", "0", "150000")), content.indicators(),
				content.answers(), true, true, true), BEFORE);
		assertThatThrownBy(() -> proposal.submit(call, GROUP_ADMIN, BEFORE)).isInstanceOfSatisfying(
				Proposal.Incomplete.class, incomplete -> assertThat(incomplete.problems())
					.extracting(ProposalRuleViolation::code)
					.containsExactly("proposal.budget.ceiling"));
	}

	@Test
	void aDecisionNeedsAnOutcomeAndItsReasons() {
		ProposalCall call = publishedCall();
		Proposal proposal = in(ProposalStatus.UNDER_REVIEW, call);
		assertThatThrownBy(() -> proposal.decide(CITY_STAFF, ProposalStatus.ADOPTED, " ", null, AFTER))
			.hasMessage("proposal.decision.reasonRequired");
		assertThatThrownBy(() -> proposal.decide(CITY_STAFF, ProposalStatus.NOT_ADOPTED, null, null, AFTER))
			.hasMessage("proposal.decision.reasonRequired");
		assertThatThrownBy(() -> proposal.decide(CITY_STAFF, ProposalStatus.WITHDRAWN, "理由", null, AFTER))
			.hasMessage("proposal.decision.outcome");
		assertThatThrownBy(() -> proposal.decide(CITY_STAFF, ProposalStatus.ADOPTED_WITH_CONDITIONS, "理由", " ", AFTER))
			.hasMessage("proposal.decision.conditionsRequired");
		assertThatThrownBy(() -> proposal.linkProject(5)).hasMessage("proposal.transition.notAllowed");
		assertThat(proposal.status()).isEqualTo(ProposalStatus.UNDER_REVIEW);
		proposal.decide(ADMIN, ProposalStatus.ADOPTED_WITH_CONDITIONS, "地域の要望に応える", "予算を見直すこと", AFTER);
		assertThat(proposal.decisionReason()).isEqualTo("地域の要望に応える");
		assertThat(proposal.decisionConditions()).isEqualTo("予算を見直すこと");
		proposal.linkProject(5);
		assertThat(proposal.projectId()).isEqualTo(5L);
		assertThat(proposal.status().decided()).isTrue();
	}

	// ------------------------------------------------------------------ review (decision 0068)

	@Test
	void theReviewStartsAfterTheDeadlineClosesThenPublishesOnlyByCityStaffAndInOrder() {
		for (Actor actor : EVERYONE) {
			ProposalCall call = publishedCall();
			boolean allowed = actor == CITY_STAFF || actor == ADMIN;
			if (!allowed) {
				assertThatThrownBy(() -> call.startReview(actor, AFTER)).as(actor.name())
					.hasMessage("proposalCall.role.staffOnly");
				assertThat(call.reviewPhase()).isEqualTo(ReviewPhase.NOT_STARTED);
			}
		}
		ProposalCall call = publishedCall();
		assertThatThrownBy(() -> call.startReview(CITY_STAFF, BEFORE)).hasMessage("proposal.review.callNotClosed");
		assertThatThrownBy(() -> call.closeReview(CITY_STAFF, AFTER)).hasMessage("review.transition.notAllowed");
		assertThatThrownBy(() -> call.publishResults(CITY_STAFF, true, AFTER))
			.hasMessage("review.transition.notAllowed");
		call.startReview(CITY_STAFF, AFTER);
		assertThat(call.reviewPhase()).isEqualTo(ReviewPhase.OPEN);
		assertThatThrownBy(() -> call.startReview(CITY_STAFF, AFTER)).hasMessage("review.transition.notAllowed");
		assertThatThrownBy(() -> call.closeReview(COORDINATOR, AFTER)).hasMessage("proposalCall.role.staffOnly");
		assertThatThrownBy(() -> call.closeReview(REVIEWER, AFTER)).hasMessage("proposalCall.role.staffOnly");
		call.closeReview(ADMIN, AFTER);
		assertThat(call.reviewPhase()).isEqualTo(ReviewPhase.CLOSED);
		assertThatThrownBy(() -> call.publishResults(CITY_STAFF, false, AFTER)).hasMessage("review.publish.undecided");
		assertThatThrownBy(() -> call.publishResults(GROUP_ADMIN, true, AFTER))
			.hasMessage("proposalCall.role.staffOnly");
		call.publishResults(CITY_STAFF, true, AFTER);
		assertThat(call.reviewPhase()).isEqualTo(ReviewPhase.PUBLISHED);
		assertThatThrownBy(() -> call.closeReview(CITY_STAFF, AFTER)).hasMessage("review.transition.notAllowed");
	}

	@Test
	void onlyTheCallsReviewersDeclareAndScoreWhileTheReviewIsOpenAndNotWithAConflict() {
		ProposalCall call = publishedCall();
		Proposal proposal = in(ProposalStatus.UNDER_REVIEW, call);
		ReflectionTestUtils.setField(proposal, "id", 30L);
		Actor named = actor(9, Role.REVIEWER);
		Actor otherNamed = actor(9, Role.CITIZEN);
		assertThatThrownBy(() -> ProposalReview.declare(call, proposal, named, false, null, AFTER))
			.as("before the review starts")
			.hasMessage("review.notOpen");
		call.startReview(CITY_STAFF, AFTER);
		for (Actor actor : EVERYONE) {
			assertThatThrownBy(() -> ProposalReview.declare(call, proposal, actor, false, null, AFTER)).as(actor.name())
				.hasMessage("review.notReviewer");
		}
		assertThatThrownBy(() -> ProposalReview.declare(call, proposal, otherNamed, false, null, AFTER))
			.as("named but no longer a reviewer")
			.hasMessage("review.notReviewer");
		assertThatThrownBy(() -> ProposalReview.declare(call, proposal, named, true, " ", AFTER))
			.hasMessage("review.conflictNote.required");

		ProposalReview conflicted = ProposalReview.declare(call, proposal, named, true, "会員である", AFTER);
		assertThatThrownBy(() -> conflicted.score(call, proposal, named, List.of(5), "よい", AFTER))
			.hasMessage("review.conflict.cannotScore");
		assertThat(conflicted.scores()).isEmpty();

		ProposalReview review = ProposalReview.declare(call, proposal, named, false, null, AFTER);
		assertThatThrownBy(() -> review.score(call, proposal, named, List.of(6), "よい", AFTER))
			.hasMessage("review.score.range");
		assertThatThrownBy(() -> review.score(call, proposal, named, List.of(), "よい", AFTER))
			.hasMessage("review.score.range");
		assertThatThrownBy(() -> review.score(call, proposal, named, List.of(3), " ", AFTER))
			.hasMessage("review.comment.required");
		review.score(call, proposal, named, List.of(3), "よい", AFTER);
		assertThat(review.weightedTotal(call.criteria())).isEqualTo(12.0);
		review.score(call, proposal, named, List.of(5), "とてもよい", AFTER);
		assertThat(review.weightedTotal(call.criteria())).isEqualTo(20.0);

		call.closeReview(CITY_STAFF, AFTER);
		assertThatThrownBy(() -> review.score(call, proposal, named, List.of(1), "変更", AFTER))
			.hasMessage("review.notOpen");
		assertThat(review.weightedTotal(call.criteria())).isEqualTo(20.0);
	}
}
