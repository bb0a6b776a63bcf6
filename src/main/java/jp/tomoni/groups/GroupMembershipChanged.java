package jp.tomoni.groups;

/**
 * A person's memberships changed (joined, left, removed, role changed, registered a group). The platform roles
 * GROUP_ADMIN and GROUP_MEMBER follow from the memberships (docs/decisions/0019).
 */
public record GroupMembershipChanged(long accountId) {
}
