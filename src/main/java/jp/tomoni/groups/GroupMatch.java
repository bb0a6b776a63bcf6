package jp.tomoni.groups;

import java.util.List;

/**
 * An approved group as the matching module suggests it: its summary, the categories of what it offers and seeks, its
 * searchable text (for the words in common) and the score of the search that found it.
 */
public record GroupMatch(GroupSummary group, List<String> offers, List<String> seeks, String text, float score) {
}
