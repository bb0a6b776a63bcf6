package jp.tomoni.groups;

import java.time.Instant;
import java.util.List;

import jp.tomoni.shared.PersonalDataContributor.PersonRef;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Who administers a group, for the directory's own checks (edit, staff view, mails). It depends on nothing outside
 * the module, so {@link GroupDirectory} can use it although the accounts module collects GroupDirectory as a
 * {@code PersonalDataContributor}.
 */
@Component
class Administrators {

	private final GroupMemberRepository members;

	private final GroupInvitationRepository invitations;

	private final GroupAffiliationRepository affiliations;

	private final ApplicationEventPublisher events;

	Administrators(GroupMemberRepository members, GroupInvitationRepository invitations,
			GroupAffiliationRepository affiliations, ApplicationEventPublisher events) {
		this.members = members;
		this.invitations = invitations;
		this.affiliations = affiliations;
		this.events = events;
	}

	boolean administers(long accountId, long groupId) {
		return members.existsByGroupIdAndAccountIdAndRole(groupId, accountId, MemberRole.ADMINISTRATOR);
	}

	List<Long> of(long groupId) {
		return members.accountIds(groupId, MemberRole.ADMINISTRATOR);
	}

	List<GroupMembership> membershipsOf(long accountId) {
		return members.findByAccountId(accountId);
	}

	/** The person who registers a group becomes its first administrator. */
	void addFounder(long groupId, long accountId, Instant now) {
		members.save(new GroupMembership(groupId, accountId, MemberRole.ADMINISTRATOR, now));
		events.publishEvent(new GroupMembershipChanged(accountId));
	}

	/**
	 * Removes the person's memberships and the invitations addressed to them, and their id from the invitations and
	 * umbrella requests they made. A group whose last administrator this was stays, without administrator, and is
	 * listed for coordinators.
	 */
	void erase(PersonRef person) {
		members.deleteByAccount(person.accountId());
		invitations.deleteByEmail(person.email().toLowerCase(java.util.Locale.ROOT));
		invitations.findByInvitedByOrAnsweredBy(person.accountId(), person.accountId())
			.forEach(invitation -> invitation.forget(person.accountId()));
		affiliations.findByRequestedBy(person.accountId()).forEach(affiliation -> affiliation.forget(person.accountId()));
	}
}
