package jp.tomoni.localissues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import jp.tomoni.shared.Role;
import org.junit.jupiter.api.Test;

/**
 * The state machine of a local issue: every transition from every state, allowed only from its own state and only
 * to its roles; each change is a history line; the deadline is after today and its passing makes the call 選考中.
 */
class LocalIssueTests {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

	static final Instant NOW = Instant.parse("2026-06-01T01:00:00Z");

	static final Actor RESIDENT = new Actor(1, "市民", Set.of(Role.CITIZEN));

	static final Actor COORDINATOR = new Actor(2, "コーディネーター", Set.of(Role.CITIZEN, Role.COORDINATOR));

	static final Actor GROUP_ADMIN = new Actor(3, "団体管理者", Set.of(Role.CITIZEN, Role.GROUP_ADMIN));

	static final Actor REVIEWER = new Actor(4, "審査委員", Set.of(Role.CITIZEN, Role.REVIEWER));

	/** Each transition, as the right role does it. */
	enum Transition {

		ACCEPT(IssueStatus.SUBMITTED, i -> i.accept(COORDINATOR, null, NOW)),
		DUPLICATE(IssueStatus.SUBMITTED, i -> i.markDuplicate(COORDINATOR, 99, null, NOW)),
		OUT_OF_SCOPE(IssueStatus.SUBMITTED, i -> i.outOfScope(COORDINATOR, "市の事業の対象外です", NOW)),
		OPEN_CALL(IssueStatus.ACCEPTED, i -> i.openCall(COORDINATOR, "提案を募集します", TODAY.plusDays(14), TODAY, NOW)),
		CLOSE_CALL(IssueStatus.CALL_OPEN, i -> i.closeCall(COORDINATOR, null, TODAY, NOW)),
		PROPOSE(IssueStatus.CALL_OPEN, i -> i.propose(GROUP_ADMIN, 77, "新しい団体", "見守りをします", TODAY, NOW)),
		CHOOSE(IssueStatus.SELECTING, i -> i.choosePartners(COORDINATOR, Map.of(0, "地域での実績"), null, TODAY, NOW));

		final IssueStatus from;

		final Consumer<LocalIssue> action;

		Transition(IssueStatus from, Consumer<LocalIssue> action) {
			this.from = from;
			this.action = action;
		}
	}

	static LocalIssue posted() {
		return LocalIssue.post("142123", RESIDENT,
				new IssueCommand("街灯が暗い", "夜道が暗くて危ない", "hashimoto", "駅の北口", "通勤・通学する人"), false, NOW);
	}

	/** An issue brought to the given status by the usual path (with one proposal once the call is open). */
	static LocalIssue in(IssueStatus status) {
		LocalIssue issue = posted();
		switch (status) {
			case SUBMITTED -> {
			}
			case DUPLICATE -> issue.markDuplicate(COORDINATOR, 99, null, NOW);
			case OUT_OF_SCOPE -> issue.outOfScope(COORDINATOR, "対象外の理由", NOW);
			default -> {
				issue.accept(COORDINATOR, null, NOW);
				if (status != IssueStatus.ACCEPTED) {
					issue.openCall(COORDINATOR, "募集", TODAY.plusDays(7), TODAY, NOW);
					issue.propose(GROUP_ADMIN, 5, "子育てひろば", "見守り隊をつくります", TODAY, NOW);
				}
				if (status == IssueStatus.SELECTING || status == IssueStatus.PARTNERS_CHOSEN) {
					issue.closeCall(COORDINATOR, null, TODAY, NOW);
				}
				if (status == IssueStatus.PARTNERS_CHOSEN) {
					issue.choosePartners(COORDINATOR, Map.of(0, "実績"), null, TODAY, NOW);
				}
			}
		}
		assertThat(issue.status(TODAY)).isEqualTo(status);
		return issue;
	}

	@Test
	void everyTransitionIsRefusedFromEveryOtherStateAndNothingChanges() {
		int refused = 0;
		for (Transition transition : Transition.values()) {
			for (IssueStatus status : IssueStatus.values()) {
				LocalIssue issue = in(status);
				int lines = issue.history().size();
				int proposals = issue.proposals().size();
				if (status == transition.from) {
					transition.action.accept(issue);
					continue;
				}
				assertThatThrownBy(() -> transition.action.accept(issue)).as("%s from %s", transition, status)
					.isInstanceOf(LocalIssueRuleViolation.class);
				assertThat(issue.status(TODAY)).isEqualTo(status);
				assertThat(issue.history()).hasSize(lines);
				assertThat(issue.proposals()).hasSize(proposals);
				refused++;
			}
		}
		assertThat(refused).isEqualTo(Transition.values().length * (IssueStatus.values().length - 1));
	}

	@Test
	void staffTransitionsAreRefusedToResidentsGroupAdministratorsAndReviewers() {
		for (Actor wrong : List.of(RESIDENT, GROUP_ADMIN, REVIEWER)) {
			assertRefused(() -> in(IssueStatus.SUBMITTED).accept(wrong, null, NOW), "localIssue.role.staffOnly");
			assertRefused(() -> in(IssueStatus.SUBMITTED).markDuplicate(wrong, 99, null, NOW),
					"localIssue.role.staffOnly");
			assertRefused(() -> in(IssueStatus.SUBMITTED).outOfScope(wrong, "理由", NOW), "localIssue.role.staffOnly");
			assertRefused(() -> in(IssueStatus.ACCEPTED).openCall(wrong, "募集", TODAY.plusDays(3), TODAY, NOW),
					"localIssue.role.staffOnly");
			assertRefused(() -> in(IssueStatus.CALL_OPEN).closeCall(wrong, null, TODAY, NOW),
					"localIssue.role.staffOnly");
			assertRefused(() -> in(IssueStatus.SELECTING).choosePartners(wrong, Map.of(0, "理由"), null, TODAY, NOW),
					"localIssue.role.staffOnly");
		}
		for (Actor wrong : List.of(RESIDENT, COORDINATOR, REVIEWER)) {
			assertRefused(() -> in(IssueStatus.CALL_OPEN).propose(wrong, 8, "団体", "提案", TODAY, NOW),
					"localIssue.role.groupAdministratorOnly");
		}
	}

	@Test
	void outOfScopeNeedsAReasonAndTheCallADeadlineAfterToday() {
		assertRefused(() -> in(IssueStatus.SUBMITTED).outOfScope(COORDINATOR, "  ", NOW), "localIssue.reason.required");
		assertRefused(() -> in(IssueStatus.ACCEPTED).openCall(COORDINATOR, "募集", TODAY, TODAY, NOW),
				"localIssue.deadline.notFuture");
		assertRefused(() -> in(IssueStatus.ACCEPTED).openCall(COORDINATOR, "募集", null, TODAY, NOW),
				"localIssue.deadline.required");
		assertRefused(() -> in(IssueStatus.ACCEPTED).openCall(COORDINATOR, " ", TODAY.plusDays(1), TODAY, NOW),
				"localIssue.callText.required");
		LocalIssue issue = in(IssueStatus.ACCEPTED);
		issue.openCall(COORDINATOR, "募集", TODAY.plusDays(1), TODAY, NOW);
		assertThat(issue.status(TODAY)).isEqualTo(IssueStatus.CALL_OPEN);
	}

	@Test
	void afterTheDeadlineTheCallIsSelectingNoProposalIsTakenAndPartnersAreChosenWithReasons() {
		LocalIssue issue = in(IssueStatus.CALL_OPEN);
		LocalDate after = TODAY.plusDays(8);
		assertThat(issue.status(TODAY.plusDays(7))).isEqualTo(IssueStatus.CALL_OPEN);
		assertThat(issue.status(after)).isEqualTo(IssueStatus.SELECTING);
		assertRefused(() -> issue.propose(GROUP_ADMIN, 6, "別の団体", "提案", after, NOW),
				"localIssue.proposal.callNotOpen");
		assertRefused(() -> issue.propose(GROUP_ADMIN, 5, "子育てひろば", "二つ目", TODAY, NOW),
				"localIssue.proposal.alreadyProposed");
		assertRefused(() -> issue.choosePartners(COORDINATOR, Map.of(), null, after, NOW), "localIssue.partners.none");
		assertRefused(() -> issue.choosePartners(COORDINATOR, Map.of(0, ""), null, after, NOW),
				"localIssue.partners.reasonRequired");

		issue.choosePartners(COORDINATOR, Map.of(0, "地域での見守りの実績"), "ご協力に感謝します", after, NOW);

		assertThat(issue.status(after)).isEqualTo(IssueStatus.PARTNERS_CHOSEN);
		assertThat(issue.proposals().getFirst().chosen()).isTrue();
		assertThat(issue.proposals().getFirst().chosenReason()).isEqualTo("地域での見守りの実績");
		assertThat(issue.history()).extracting(StatusLine::status)
			.containsExactly(IssueStatus.SUBMITTED, IssueStatus.ACCEPTED, IssueStatus.CALL_OPEN, IssueStatus.SELECTING,
					IssueStatus.PARTNERS_CHOSEN);
		StatusLine deadline = issue.history().get(3);
		assertThat(deadline.actorId()).isNull();
		assertThat(issue.history().getLast().actorName()).isEqualTo("コーディネーター");
		assertThat(issue.history().getLast().note()).isEqualTo("ご協力に感謝します");
	}

	@Test
	void onlyAcceptedIssuesAndTheirCallsArePublic() {
		assertThat(EnumSet.allOf(IssueStatus.class).stream().filter(IssueStatus::isPublic))
			.containsExactlyInAnyOrderElementsOf(LocalIssues.PUBLIC);
		assertThat(LocalIssues.PUBLIC).doesNotContain(IssueStatus.SUBMITTED, IssueStatus.DUPLICATE,
				IssueStatus.OUT_OF_SCOPE);
	}

	private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code) {
		assertThatThrownBy(call).isInstanceOfSatisfying(LocalIssueRuleViolation.class,
				violation -> assertThat(violation.code()).isEqualTo(code));
	}
}
