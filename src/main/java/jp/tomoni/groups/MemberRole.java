package jp.tomoni.groups;

/** A person's role in one group: administrators keep the group's profile and members; members belong to it. */
public enum MemberRole {

	ADMINISTRATOR, MEMBER;

	/** Message key of the role's name. */
	public String messageKey() {
		return "groupMembers.role." + name();
	}
}
