package jp.tomoni.projects;

/**
 * A line of a project's plan (schedule): when, and what is done. A report says for each how far it went.
 *
 * @param period when, as written ("6月", "7月〜翌3月")
 */
public record ProjectMilestone(String period, String activity) {
}
