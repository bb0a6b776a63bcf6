package jp.tomoni.groups;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/** The rules of membership and umbrella relations that need no database, kept apart so they can be tested alone. */
final class MembershipRules {

	/** At most this many invitations of one group may wait for an answer at the same time. */
	static final int MAX_PENDING_INVITATIONS = 20;

	/** At most this many invitations may be sent for one group within a day (revoking does not refill it). */
	static final int MAX_INVITATIONS_PER_DAY = 50;

	private MembershipRules() {
	}

	/**
	 * A group keeps at least one administrator: its last administrator can neither leave, be removed nor become a
	 * member. (A group loses its last administrator only when that person deletes their account.)
	 */
	static void checkKeepsAnAdministrator(MemberRole current, MemberRole next, long administrators) {
		if (current == MemberRole.ADMINISTRATOR && next != MemberRole.ADMINISTRATOR && administrators <= 1) {
			throw new GroupRuleViolation("role", "groupMembers.lastAdministrator");
		}
	}

	/** The same for leaving or removal ({@code null}: no role afterwards). */
	static void checkMayGo(MemberRole current, long administrators) {
		checkKeepsAnAdministrator(current, null, administrators);
	}

	/** Whether an invitation may be sent now, given how many are pending and how many were sent today. */
	static void checkInvitationAllowance(long pending, long sentToday) {
		if (pending >= MAX_PENDING_INVITATIONS) {
			throw new GroupRuleViolation("email", "groupMembers.invitation.tooManyPending", MAX_PENDING_INVITATIONS);
		}
		if (sentToday >= MAX_INVITATIONS_PER_DAY) {
			throw new GroupRuleViolation("email", "groupMembers.invitation.tooManyToday", MAX_INVITATIONS_PER_DAY);
		}
	}

	/**
	 * Refuses an umbrella relation that names the group itself or would close a cycle: a group cannot belong, directly
	 * or through others, to one of its own member groups.
	 *
	 * @param umbrellasOf the umbrella groups (requested or confirmed) each group already belongs to
	 */
	static void checkNoCycle(long member, long umbrella, Function<Long, Collection<Long>> umbrellasOf) {
		if (member == umbrella) {
			throw new GroupRuleViolation("umbrellaId", "groupMembers.affiliation.self");
		}
		Set<Long> seen = new HashSet<>();
		Deque<Long> next = new ArrayDeque<>();
		next.add(umbrella);
		while (!next.isEmpty()) {
			long group = next.poll();
			if (group == member) {
				throw new GroupRuleViolation("umbrellaId", "groupMembers.affiliation.cycle");
			}
			if (seen.add(group)) {
				next.addAll(umbrellasOf.apply(group));
			}
		}
	}
}
