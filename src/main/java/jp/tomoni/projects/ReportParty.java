package jp.tomoni.projects;

import org.jspecify.annotations.Nullable;

/**
 * A party of a project that files reports: a partner (its key is that of the partner line) or the city.
 *
 * @param groupId the group of the directory, or {@code null} for the city or an outside party
 */
public record ReportParty(String key, String name, @Nullable Long groupId) {
}
