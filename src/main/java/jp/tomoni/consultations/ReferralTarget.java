package jp.tomoni.consultations;

/** Where a consultation was referred to; labels {@code consultation.referral.*}. */
enum ReferralTarget {
	UNIVERSITY, DEPARTMENT, GROUP, EXPERT, OTHER
}
