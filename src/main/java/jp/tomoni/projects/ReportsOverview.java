package jp.tomoni.projects;

import java.util.List;

/**
 * A project's reports for the people who file them.
 *
 * @param parties the parties this person may file for
 * @param reports the submitted reports and the drafts of those parties, oldest first
 * @param finalTaken whether the project already has its final report (draft or submitted)
 */
public record ReportsOverview(List<ReportParty> parties, List<ReportView> reports, boolean finalTaken) {
}
