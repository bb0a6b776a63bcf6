package jp.tomoni.news;

/** The two kinds of post: collaboration news (協働ニュース) and case stories (協働事例). */
public enum PostType {

	NEWS, STORY;

	/** The public address of a post of this kind. */
	public String url(long id) {
		return (this == NEWS ? "/news/" : "/stories/") + id;
	}

	/** Message key of the kind's name. */
	public String messageKey() {
		return "news.type." + name();
	}
}
