package jp.tomoni.groups;

/** Where a group stands in its review. */
public enum GroupStatus {
	/** 仮登録: waiting for a coordinator. */
	PENDING,
	/** Returned to the applicant with a reason, to be fixed and submitted again. */
	RETURNED,
	/** 本登録: public in the directory. */
	APPROVED,
	/** 一時停止 by a coordinator with a reason: hidden from the public; its administrators still see it. */
	SUSPENDED,
	/** 削除 by a coordinator with a reason: kept for the record (soft delete), seen by staff only. */
	REMOVED
}
