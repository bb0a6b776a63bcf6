package jp.tomoni.volunteering;

/** Draft (only its organisers see it), published (residents sign up), closed (no more sign-ups; history stays). */
enum OpportunityStatus {

	DRAFT, PUBLISHED, CLOSED;

	public String messageKey() {
		return "volunteering.status." + name();
	}
}
