package jp.tomoni.groups;

import jp.tomoni.accounts.AccountManagement;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the platform roles GROUP_ADMIN and GROUP_MEMBER in step with a person's memberships, through the accounts
 * module's facade (docs/decisions/0019). Runs in the transaction of the change, so a membership and the roles that
 * follow from it are saved together or not at all.
 */
@Component
class GroupRoleSync {

	private final GroupMemberRepository members;

	private final AccountManagement accounts;

	GroupRoleSync(GroupMemberRepository members, AccountManagement accounts) {
		this.members = members;
		this.accounts = accounts;
	}

	@EventListener
	void on(GroupMembershipChanged event) {
		long accountId = event.accountId();
		accounts.syncGroupRoles(accountId, members.existsByAccountIdAndRole(accountId, MemberRole.ADMINISTRATOR),
				members.existsByAccountId(accountId));
	}
}
