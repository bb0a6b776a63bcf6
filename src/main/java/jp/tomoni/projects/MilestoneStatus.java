package jp.tomoni.projects;

/** How far a milestone of the plan went, as a report says. */
public enum MilestoneStatus {

	DONE, IN_PROGRESS, NOT_STARTED, DROPPED;

	public String messageKey() {
		return "report.milestone." + name();
	}
}
