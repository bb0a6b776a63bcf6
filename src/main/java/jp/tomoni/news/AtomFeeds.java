package jp.tomoni.news;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import jp.tomoni.municipality.Municipalities;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Atom feeds (RFC 4287) of news and of case stories: the latest 30 published posts, written with ROME
 * (docs/decisions/0040), so that the XML, its escaping and the required elements are the library's concern.
 */
@Component
class AtomFeeds {

	static final int ENTRIES = 30;

	private final NewsPostRepository news;

	private final CaseStoryRepository stories;

	private final Municipalities municipalities;

	private final MessageSource messages;

	private final SiteUrl siteUrl;

	AtomFeeds(NewsPostRepository news, CaseStoryRepository stories, Municipalities municipalities,
			MessageSource messages, SiteUrl siteUrl) {
		this.news = news;
		this.stories = stories;
		this.municipalities = municipalities;
		this.messages = messages;
		this.siteUrl = siteUrl;
	}

	@Transactional(readOnly = true)
	String news(Locale locale) {
		List<NewsView> posts = news.latestPublished(municipalities.current().code(), Limit.of(ENTRIES))
			.stream()
			.map(NewsPost::toView)
			.toList();
		Feed feed = feed("news", "/news", "/news.atom", locale,
				posts.stream().map(NewsView::updatedAt).max(Instant::compareTo).orElse(Instant.EPOCH));
		feed.setEntries(posts.stream()
			.map(post -> entry(PostType.NEWS, post.id(), post.title(), RichText.summary(post.body(), 200), post.body(),
					post.publishedAt(), post.updatedAt(), null))
			.toList());
		return write(feed);
	}

	@Transactional(readOnly = true)
	String stories(Locale locale) {
		List<StoryView> posts = stories.latestPublished(municipalities.current().code(), Limit.of(ENTRIES))
			.stream()
			.map(CaseStory::toView)
			.toList();
		Feed feed = feed("stories", "/stories", "/stories.atom", locale,
				posts.stream().map(StoryView::updatedAt).max(Instant::compareTo).orElse(Instant.EPOCH));
		feed.setEntries(posts.stream()
			.map(story -> entry(PostType.STORY, story.id(), story.title(), RichText.summary(StoryText.of(story), 200),
					StoryText.of(story), story.publishedAt(), story.updatedAt(), story.authorName()))
			.toList());
		return write(feed);
	}

	private Feed feed(String kind, String page, String self, Locale locale, Instant updated) {
		Feed feed = new Feed("atom_1.0");
		feed.setId(siteUrl.of(self));
		feed.setTitle(messages.getMessage("news.feed." + kind + ".title", new Object[] { municipalities.current().name() },
				locale));
		feed.setLanguage(locale.getLanguage());
		feed.setUpdated(Date.from(updated));
		feed.setAlternateLinks(List.of(link("alternate", siteUrl.of(page), "text/html")));
		feed.setOtherLinks(List.of(link("self", siteUrl.of(self), "application/atom+xml")));
		Person author = new Person();
		author.setName(municipalities.current().name());
		feed.setAuthors(List.of(author));
		return feed;
	}

	private Entry entry(PostType type, long id, String title, String summary, String text, Instant published,
			Instant updated, String authorName) {
		Entry entry = new Entry();
		String url = siteUrl.of(type.url(id));
		entry.setId(url);
		entry.setTitle(title);
		entry.setAlternateLinks(List.of(link("alternate", url, "text/html")));
		entry.setPublished(Date.from(published));
		entry.setUpdated(Date.from(updated));
		Content summaryContent = new Content();
		summaryContent.setType(Content.TEXT);
		summaryContent.setValue(summary);
		entry.setSummary(summaryContent);
		Content content = new Content();
		content.setType(Content.TEXT);
		content.setValue(text);
		entry.setContents(List.of(content));
		if (authorName != null) {
			Person author = new Person();
			author.setName(authorName);
			entry.setAuthors(List.of(author));
		}
		return entry;
	}

	private static Link link(String rel, String href, String type) {
		Link link = new Link();
		link.setRel(rel);
		link.setHref(href);
		link.setType(type);
		return link;
	}

	private static String write(Feed feed) {
		try {
			return new WireFeedOutput().outputString(feed);
		}
		catch (FeedException ex) {
			throw new IllegalStateException("Atom feed could not be written", ex);
		}
	}
}
