package jp.tomoni.localissues;

import org.jspecify.annotations.Nullable;

/** What a resident posts: what (title and description), where (an area and a place in their words), who is affected. */
record IssueCommand(String title, String description, String areaCode, @Nullable String place, String affected) {
}
