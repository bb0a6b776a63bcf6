package jp.tomoni.projects;

/**
 * An indicator of a project's plan: what is measured and the target promised. A report gives the value achieved.
 *
 * @param target as written ("1,000人", "8割以上")
 */
public record ProjectIndicator(String what, String target) {
}
