package jp.tomoni.shared;

/**
 * What a notice is about. Each person chooses, per topic, whether notices of it also come by mail (in-app notices
 * are always kept); the topics are few so that the choice stays understandable.
 */
public enum NoticeTopic {

	/** Needs and offers: interest shown, contact shared, introductions by a coordinator. */
	MATCHING,

	/** Volunteer opportunities: sign-ups, cancellations, reminders, attendance and hours. */
	VOLUNTEERING,

	/** Local issues (地域課題): status changes, calls for solutions, chosen partners. */
	LOCAL_ISSUES,

	/** The talent bank: introductions and dispatches recorded for a supporter. */
	TALENT,

	/** The proposal scheme: proposals submitted or withdrawn, prior consultations recorded. */
	PROPOSALS,

	/** Patronage and co-hosting (後援・共催名義): the city's decision on a group's application. */
	PATRONAGE;

	/** Message key of the topic's name. */
	public String messageKey() {
		return "notice.topic." + name();
	}
}
