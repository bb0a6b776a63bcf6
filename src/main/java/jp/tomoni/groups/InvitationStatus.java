package jp.tomoni.groups;

/** Where an invitation stands; a pending invitation past its expiry is shown as expired. */
public enum InvitationStatus {

	PENDING, ACCEPTED, DECLINED, REVOKED, EXPIRED
}
