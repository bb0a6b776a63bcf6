package jp.tomoni.news;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jp.tomoni.municipality.Municipalities;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The published news and case stories as other modules use them (the weekly newsletter digest). */
@Service
public class Posts {

	private final NewsPostRepository news;

	private final CaseStoryRepository stories;

	private final Municipalities municipalities;

	Posts(NewsPostRepository news, CaseStoryRepository stories, Municipalities municipalities) {
		this.news = news;
		this.stories = stories;
		this.municipalities = municipalities;
	}

	/**
	 * The posts that became public in {@code [from, to)} and are still public, news and stories together, in the order
	 * they were published.
	 */
	@Transactional(readOnly = true)
	public List<PublishedPost> publishedBetween(Instant from, Instant to) {
		String code = municipalities.current().code();
		List<PublishedPost> posts = new ArrayList<>();
		news.publishedBetween(code, from, to).forEach(post -> posts.add(published(post.toView())));
		stories.publishedBetween(code, from, to).forEach(story -> posts.add(published(story.toView())));
		posts.sort(Comparator.comparing(PublishedPost::publishedAt).thenComparing(PublishedPost::type));
		return posts;
	}

	/**
	 * As {@link #publishedBetween(Instant, Instant)}, for a reader of some fields and areas: a post is kept when it
	 * shares a field with {@code fieldCodes} (or that set is empty) and shares an area with {@code areaCodes} (or
	 * that set is empty, or the post names no area: it concerns the whole municipality).
	 */
	@Transactional(readOnly = true)
	public List<PublishedPost> publishedBetween(Instant from, Instant to, Set<String> fieldCodes,
			Set<String> areaCodes) {
		return publishedBetween(from, to).stream()
			.filter(post -> fieldCodes.isEmpty() || shares(post.fieldCodes(), fieldCodes))
			.filter(post -> areaCodes.isEmpty() || post.areaCodes().isEmpty() || shares(post.areaCodes(), areaCodes))
			.toList();
	}

	private static boolean shares(Collection<String> a, Set<String> b) {
		return a.stream().anyMatch(b::contains);
	}

	static PublishedPost published(NewsView post) {
		return new PublishedPost(PostType.NEWS, post.id(), post.title(), RichText.summary(post.body(), 120),
				post.publicationDate(), post.publishedAt(), PostType.NEWS.url(post.id()), post.fieldCodes(),
				post.areaCodes(), post.groupIds());
	}

	static PublishedPost published(StoryView story) {
		return new PublishedPost(PostType.STORY, story.id(), story.title(), RichText.summary(StoryText.of(story), 120),
				story.date(), story.publishedAt(), PostType.STORY.url(story.id()), story.fieldCodes(),
				story.areaCodes(), story.groupIds());
	}
}
