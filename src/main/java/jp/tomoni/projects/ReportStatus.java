package jp.tomoni.projects;

/** A report is a draft, changed as often as needed, until it is submitted; then it is public and never changes. */
public enum ReportStatus {

	DRAFT, SUBMITTED;

	public String messageKey() {
		return "report.status." + name();
	}
}
