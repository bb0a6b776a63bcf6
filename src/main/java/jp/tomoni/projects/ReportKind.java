package jp.tomoni.projects;

/** A progress report (中間報告, as many as needed) or the final report (完了報告, one per project). */
public enum ReportKind {

	PROGRESS, FINAL;

	public String messageKey() {
		return "report.kind." + name();
	}
}
