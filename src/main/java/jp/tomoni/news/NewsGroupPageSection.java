package jp.tomoni.news;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jp.tomoni.groups.GroupPageSection;
import jp.tomoni.municipality.Municipalities;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The news and case stories that name a group, newest first, on the group's public page. */
@Component
@Order(20)
class NewsGroupPageSection implements GroupPageSection {

	static final int LIMIT = 10;

	private final NewsPostRepository news;

	private final CaseStoryRepository stories;

	private final Municipalities municipalities;

	NewsGroupPageSection(NewsPostRepository news, CaseStoryRepository stories, Municipalities municipalities) {
		this.news = news;
		this.stories = stories;
		this.municipalities = municipalities;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Section> forGroup(long groupId, Locale locale) {
		String code = municipalities.current().code();
		List<PublishedPost> posts = new ArrayList<>();
		news.publishedNaming(code, groupId, Limit.of(LIMIT)).forEach(post -> posts.add(Posts.published(post.toView())));
		stories.publishedNaming(code, groupId, Limit.of(LIMIT))
			.forEach(story -> posts.add(Posts.published(story.toView())));
		if (posts.isEmpty()) {
			return Optional.empty();
		}
		List<Link> links = posts.stream()
			.sorted(Comparator.comparing(PublishedPost::date).thenComparing(PublishedPost::publishedAt).reversed())
			.limit(LIMIT)
			.map(post -> new Link(post.title(), post.url(), post.date(), post.type().messageKey()))
			.toList();
		return Optional.of(new Section("news", "news.groupSection.heading", links, null));
	}
}
