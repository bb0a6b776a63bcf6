package jp.tomoni.groups;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An invitation by e-mail to join a group as a member or an administrator. The link carries a random token, of which
 * only the SHA-256 hash is stored; it can be answered once, before it expires, and its group's administrators may
 * revoke it while it is pending.
 */
@Entity
@Table(name = "group_invitation")
class GroupInvitation {

	/** How long an invitation link stays usable. */
	static final Duration VALIDITY = Duration.ofDays(7);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "group_id", nullable = false)
	private Long groupId;

	@Column(nullable = false, length = 254)
	private String email;

	@Enumerated(EnumType.STRING)
	@Column(name = "member_role", nullable = false, length = 20)
	private MemberRole role;

	@Column(name = "token_hash", nullable = false, length = 64)
	private String tokenHash;

	/** PENDING, ACCEPTED, DECLINED or REVOKED; EXPIRED is never stored, it is computed. */
	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private InvitationStatus status;

	@Column(name = "invited_by")
	private Long invitedBy;

	@Column(name = "answered_by")
	private Long answeredBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	@Column(name = "answered_at")
	private Instant answeredAt;

	protected GroupInvitation() {
	}

	GroupInvitation(long groupId, String email, MemberRole role, String tokenHash, Long invitedBy, Instant now) {
		this.groupId = groupId;
		this.email = email;
		this.role = role;
		this.tokenHash = tokenHash;
		this.invitedBy = invitedBy;
		this.status = InvitationStatus.PENDING;
		this.createdAt = now;
		this.expiresAt = now.plus(VALIDITY);
	}

	/** Stored status, with a pending invitation past its expiry shown as EXPIRED. */
	InvitationStatus statusAt(Instant now) {
		return status == InvitationStatus.PENDING && !now.isBefore(expiresAt) ? InvitationStatus.EXPIRED : status;
	}

	boolean isPendingAt(Instant now) {
		return statusAt(now) == InvitationStatus.PENDING;
	}

	void accept(long accountId, Instant now) {
		answer(InvitationStatus.ACCEPTED, accountId, now);
	}

	void decline(long accountId, Instant now) {
		answer(InvitationStatus.DECLINED, accountId, now);
	}

	void revoke(long accountId, Instant now) {
		answer(InvitationStatus.REVOKED, accountId, now);
	}

	private void answer(InvitationStatus outcome, long accountId, Instant now) {
		if (!isPendingAt(now)) {
			throw new GroupRuleViolation("token", "groupMembers.invitation.invalid");
		}
		this.status = outcome;
		this.answeredBy = accountId;
		this.answeredAt = now;
	}

	/** When the account behind an id is deleted, the invitations it sent or answered no longer name it. */
	void forget(long accountId) {
		if (invitedBy != null && invitedBy == accountId) {
			invitedBy = null;
		}
		if (answeredBy != null && answeredBy == accountId) {
			answeredBy = null;
		}
	}

	Long id() {
		return id;
	}

	Long groupId() {
		return groupId;
	}

	String email() {
		return email;
	}

	MemberRole role() {
		return role;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant expiresAt() {
		return expiresAt;
	}

	Instant answeredAt() {
		return answeredAt;
	}
}
