package jp.tomoni.groups;

/** A group the person belongs to, with their role in it. */
public record MembershipView(GroupSummary group, MemberRole role) {

	public boolean administrator() {
		return role == MemberRole.ADMINISTRATOR;
	}
}
