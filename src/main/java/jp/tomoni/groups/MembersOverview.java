package jp.tomoni.groups;

import java.util.List;

/**
 * What a group's administrators (or staff) see on its members page.
 *
 * @param administrator whether the viewer administers the group (staff may manage without being one)
 */
public record MembersOverview(GroupSummary group, List<MemberView> members, List<InvitationView> invitations,
		AffiliationsView affiliations, boolean administrator) {
}
