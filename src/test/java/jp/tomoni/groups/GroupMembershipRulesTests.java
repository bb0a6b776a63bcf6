package jp.tomoni.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/** The rules of membership, invitations and umbrella relations, without Spring. */
class GroupMembershipRulesTests {

	private static final Instant NOW = Instant.parse("2026-05-01T00:00:00Z");

	private static String code(Runnable rule) {
		try {
			rule.run();
			return null;
		}
		catch (GroupRuleViolation violation) {
			return violation.code();
		}
	}

	@Test
	void theLastAdministratorCannotLeaveBeRemovedOrBecomeAMember() {
		assertThat(code(() -> MembershipRules.checkMayGo(MemberRole.ADMINISTRATOR, 1)))
			.isEqualTo("groupMembers.lastAdministrator");
		assertThat(code(() -> MembershipRules.checkKeepsAnAdministrator(MemberRole.ADMINISTRATOR, MemberRole.MEMBER, 1)))
			.isEqualTo("groupMembers.lastAdministrator");
	}

	@Test
	void anAdministratorWithACoAdministratorMayGoAndMembersAlwaysMay() {
		assertThatCode(() -> MembershipRules.checkMayGo(MemberRole.ADMINISTRATOR, 2)).doesNotThrowAnyException();
		assertThatCode(() -> MembershipRules.checkKeepsAnAdministrator(MemberRole.ADMINISTRATOR, MemberRole.MEMBER, 2))
			.doesNotThrowAnyException();
		assertThatCode(() -> MembershipRules.checkKeepsAnAdministrator(MemberRole.ADMINISTRATOR,
				MemberRole.ADMINISTRATOR, 1))
			.doesNotThrowAnyException();
		assertThatCode(() -> MembershipRules.checkMayGo(MemberRole.MEMBER, 1)).doesNotThrowAnyException();
		assertThatCode(() -> MembershipRules.checkMayGo(MemberRole.MEMBER, 0)).doesNotThrowAnyException();
	}

	@Test
	void invitationsAreLimitedByPendingAndByDay() {
		assertThatCode(() -> MembershipRules.checkInvitationAllowance(19, 49)).doesNotThrowAnyException();
		assertThat(code(() -> MembershipRules.checkInvitationAllowance(20, 0)))
			.isEqualTo("groupMembers.invitation.tooManyPending");
		assertThat(code(() -> MembershipRules.checkInvitationAllowance(0, 50)))
			.isEqualTo("groupMembers.invitation.tooManyToday");
	}

	@Test
	void anInvitationIsPendingUntilItExpiresAndCanBeAnsweredOnce() {
		GroupInvitation invitation = new GroupInvitation(1, "a@example.jp", MemberRole.MEMBER, "hash", 2L, NOW);
		assertThat(invitation.isPendingAt(NOW.plus(Duration.ofDays(7)).minusSeconds(1))).isTrue();
		assertThat(invitation.statusAt(NOW.plus(Duration.ofDays(7)))).isEqualTo(InvitationStatus.EXPIRED);
		invitation.accept(3, NOW.plusSeconds(60));
		assertThat(invitation.statusAt(NOW.plusSeconds(61))).isEqualTo(InvitationStatus.ACCEPTED);
		assertThatThrownBy(() -> invitation.decline(3, NOW.plusSeconds(62))).isInstanceOf(GroupRuleViolation.class);
	}

	@Test
	void anExpiredInvitationCannotBeAcceptedOrRevoked() {
		GroupInvitation invitation = new GroupInvitation(1, "a@example.jp", MemberRole.ADMINISTRATOR, "hash", 2L, NOW);
		Instant later = NOW.plus(GroupInvitation.VALIDITY);
		assertThat(code(() -> invitation.accept(3, later))).isEqualTo("groupMembers.invitation.invalid");
		assertThat(code(() -> invitation.revoke(2, later))).isEqualTo("groupMembers.invitation.invalid");
	}

	@Test
	void anUmbrellaRelationToItselfIsRefused() {
		assertThat(code(() -> new GroupAffiliation(5, 5, 1L, NOW))).isEqualTo("groupMembers.affiliation.self");
		assertThat(code(() -> MembershipRules.checkNoCycle(5, 5, group -> List.of())))
			.isEqualTo("groupMembers.affiliation.self");
	}

	@Test
	void aCycleThroughUmbrellaGroupsIsRefusedAndATreeIsNot() {
		// 1 → 2 → 3 (1 belongs to 2, which belongs to 3); 4 belongs to 3 as well.
		Map<Long, List<Long>> umbrellas = Map.of(1L, List.of(2L), 2L, List.of(3L), 4L, List.of(3L));
		Function<Long, Collection<Long>> lookup = group -> umbrellas.getOrDefault(group, List.of());
		assertThat(code(() -> MembershipRules.checkNoCycle(3, 1, lookup))).isEqualTo("groupMembers.affiliation.cycle");
		assertThat(code(() -> MembershipRules.checkNoCycle(2, 1, lookup))).isEqualTo("groupMembers.affiliation.cycle");
		assertThatCode(() -> MembershipRules.checkNoCycle(1, 3, lookup)).doesNotThrowAnyException();
		assertThatCode(() -> MembershipRules.checkNoCycle(4, 2, lookup)).doesNotThrowAnyException();
	}

	@Test
	void aConfirmedRelationCarriesItsDateAndCannotBeConfirmedTwice() {
		GroupAffiliation affiliation = new GroupAffiliation(1, 2, 9L, NOW);
		assertThat(affiliation.isConfirmed()).isFalse();
		affiliation.confirm(LocalDate.of(2026, 5, 1), NOW);
		assertThat(affiliation.since()).isEqualTo(LocalDate.of(2026, 5, 1));
		assertThat(code(() -> affiliation.confirm(LocalDate.of(2026, 5, 2), NOW)))
			.isEqualTo("groupMembers.affiliation.alreadyConfirmed");
	}
}
