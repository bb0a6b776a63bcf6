package jp.tomoni.groups;

/** An umbrella relation is requested by the member group and confirmed by the umbrella group (or a coordinator). */
public enum AffiliationStatus {

	REQUESTED, CONFIRMED
}
