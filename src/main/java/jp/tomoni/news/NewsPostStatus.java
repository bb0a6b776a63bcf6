package jp.tomoni.news;

/** A news post is written as a draft, published, and may be taken down (unpublished) and published again. */
enum NewsPostStatus {
	DRAFT, PUBLISHED, UNPUBLISHED
}
