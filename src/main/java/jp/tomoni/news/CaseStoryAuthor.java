package jp.tomoni.news;

/** Who starts a case story: their account and the name the story shows as its author. */
public record CaseStoryAuthor(long accountId, String name) {
}
