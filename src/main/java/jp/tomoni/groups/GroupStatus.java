package jp.tomoni.groups;

/** Where a group stands in its review. */
public enum GroupStatus {
	/** 仮登録: waiting for a coordinator. */
	PENDING,
	/** Returned to the applicant with a reason, to be fixed and submitted again. */
	RETURNED,
	/** 本登録: public in the directory. */
	APPROVED
}
