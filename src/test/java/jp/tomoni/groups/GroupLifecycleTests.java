package jp.tomoni.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;

import jp.tomoni.shared.FiscalYear;
import org.junit.jupiter.api.Test;

/** The states of a group after review: suspension, removal, reinstatement, and the yearly confirmation. */
class GroupLifecycleTests {

	private static final Instant REGISTERED = Instant.parse("2026-03-20T01:00:00Z");

	private static final Instant LATER = Instant.parse("2026-06-01T01:00:00Z");

	private static final long OWNER = 42L;

	private static Group registered() {
		return Group.register("141500", OWNER,
				new GroupCommand("テストの会", "テストノカイ", "volunteer-group", null, Set.of("01"), Set.of("hashimoto"),
						"地域の見守りをします。", null, null, null, false, null, "owner@example.jp", Visibility.STAFF, null,
						Visibility.STAFF),
				REGISTERED);
	}

	private static Group approved() {
		Group group = registered();
		group.approve(REGISTERED);
		return group;
	}

	@Test
	void aPublicGroupIsSuspendedWithItsReasonAndReinstated() {
		Group group = approved();
		group.suspend("連絡先が確認できません。", LATER);
		assertThat(group.status()).isEqualTo(GroupStatus.SUSPENDED);
		assertThat(group.isApproved()).isFalse();
		assertThat(group.moderationReason()).isEqualTo("連絡先が確認できません。");

		group.reinstate(LATER);
		assertThat(group.status()).isEqualTo(GroupStatus.APPROVED);
		assertThat(group.moderationReason()).isNull();
	}

	@Test
	void onlyAPublicGroupCanBeSuspended() {
		Group pending = registered();
		assertThatThrownBy(() -> pending.suspend("理由", LATER)).isInstanceOfSatisfying(GroupRuleViolation.class,
				violation -> assertThat(violation.code()).isEqualTo("group.lifecycle.notApproved"));
		Group suspended = approved();
		suspended.suspend("理由", LATER);
		assertThatThrownBy(() -> suspended.suspend("もう一度", LATER)).isInstanceOf(GroupRuleViolation.class);
		assertThat(suspended.moderationReason()).isEqualTo("理由");
	}

	@Test
	void onlyASuspendedGroupCanBeReinstated() {
		assertThatThrownBy(() -> approved().reinstate(LATER)).isInstanceOfSatisfying(GroupRuleViolation.class,
				violation -> assertThat(violation.code()).isEqualTo("group.lifecycle.notSuspended"));
		assertThatThrownBy(() -> registered().reinstate(LATER)).isInstanceOf(GroupRuleViolation.class);
	}

	@Test
	void publicAndSuspendedGroupsCanBeRemovedAndARemovedGroupStaysRemoved() {
		Group group = approved();
		group.remove("活動を終えたとの連絡がありました。", LATER);
		assertThat(group.isRemoved()).isTrue();
		assertThatThrownBy(() -> group.reinstate(LATER)).isInstanceOf(GroupRuleViolation.class);
		assertThatThrownBy(() -> group.remove("again", LATER)).isInstanceOfSatisfying(GroupRuleViolation.class,
				violation -> assertThat(violation.code()).isEqualTo("group.lifecycle.notRemovable"));
		assertThatThrownBy(() -> group.confirmCurrent(LATER)).isInstanceOfSatisfying(GroupRuleViolation.class,
				violation -> assertThat(violation.code()).isEqualTo("group.lifecycle.removed"));

		Group suspended = approved();
		suspended.suspend("理由", LATER);
		suspended.remove("削除の理由", LATER);
		assertThat(suspended.moderationReason()).isEqualTo("削除の理由");
		assertThatThrownBy(() -> registered().remove("理由", LATER)).isInstanceOf(GroupRuleViolation.class);
	}

	@Test
	void registeringChangingAndConfirmingCountAsTheYearsConfirmation() {
		Group group = approved();
		// Registered on 2026-03-20: confirmed for FY2025, not for FY2026 that begins on 1 April.
		assertThat(group.confirmedAt()).isEqualTo(REGISTERED);
		assertThat(new FiscalYear(2025).contains(group.confirmedAt())).isTrue();
		assertThat(new FiscalYear(2026).contains(group.confirmedAt())).isFalse();

		group.confirmCurrent(LATER);
		assertThat(new FiscalYear(2026).contains(group.confirmedAt())).isTrue();

		Instant nextYear = Instant.parse("2027-05-01T00:00:00Z");
		group.change(group.toCommand(), nextYear);
		assertThat(group.confirmedAt()).isEqualTo(nextYear);
	}

	@Test
	void theReasonIsRequiredAndLimited() {
		assertThatThrownBy(() -> GroupModeration.checkedReason("  ")).isInstanceOfSatisfying(GroupRuleViolation.class,
				violation -> assertThat(violation.code()).isEqualTo("group.lifecycle.reasonRequired"));
		assertThatThrownBy(() -> GroupModeration.checkedReason("あ".repeat(2001)))
			.isInstanceOfSatisfying(GroupRuleViolation.class,
					violation -> assertThat(violation.code()).isEqualTo("group.lifecycle.reasonTooLong"));
		assertThat(GroupModeration.checkedReason("  理由  ")).isEqualTo("理由");
	}
}
