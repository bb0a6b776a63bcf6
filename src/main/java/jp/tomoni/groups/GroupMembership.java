package jp.tomoni.groups;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One person's membership of one group, with their role in it. The account is referred to by its id only. */
@Entity
@Table(name = "group_member")
class GroupMembership {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "group_id", nullable = false)
	private Long groupId;

	@Column(name = "account_id", nullable = false)
	private Long accountId;

	@Enumerated(EnumType.STRING)
	@Column(name = "member_role", nullable = false, length = 20)
	private MemberRole role;

	@Column(name = "joined_at", nullable = false)
	private Instant joinedAt;

	protected GroupMembership() {
	}

	GroupMembership(long groupId, long accountId, MemberRole role, Instant now) {
		this.groupId = groupId;
		this.accountId = accountId;
		this.role = role;
		this.joinedAt = now;
	}

	void changeRole(MemberRole newRole) {
		this.role = newRole;
	}

	boolean isAdministrator() {
		return role == MemberRole.ADMINISTRATOR;
	}

	Long groupId() {
		return groupId;
	}

	Long accountId() {
		return accountId;
	}

	MemberRole role() {
		return role;
	}

	Instant joinedAt() {
		return joinedAt;
	}
}
