package jp.tomoni.news;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public pages and feeds of news and case stories; open to everyone. */
@Controller
@PreAuthorize("permitAll()")
class NewsController {

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private final PublicPosts publicPosts;

	private final NewsDesk newsDesk;

	private final CaseStories stories;

	private final Tags tags;

	private final PostJsonLd jsonLd;

	private final AtomFeeds feeds;

	NewsController(PublicPosts publicPosts, NewsDesk newsDesk, CaseStories stories, Tags tags, PostJsonLd jsonLd,
			AtomFeeds feeds) {
		this.publicPosts = publicPosts;
		this.newsDesk = newsDesk;
		this.stories = stories;
		this.tags = tags;
		this.jsonLd = jsonLd;
		this.feeds = feeds;
	}

	@GetMapping("/news")
	String news(@RequestParam(required = false) @Nullable String field,
			@RequestParam(required = false) @Nullable String area, @RequestParam(defaultValue = "0") int page,
			Model model) {
		Page<NewsView> posts = publicPosts.news(blankToNull(field), blankToNull(area), page);
		model.addAttribute("posts", posts);
		addFilters(model, field, area);
		return "news/news-list";
	}

	@GetMapping("/news/{id}")
	String newsPost(@PathVariable long id, Model model, Locale locale) {
		NewsView post = newsDesk.published(id);
		var groups = tags.groupNames(post.groupIds());
		model.addAttribute("post", post);
		model.addAttribute("paragraphs", RichText.paragraphs(post.body()));
		model.addAttribute("groupNames", groups);
		model.addAttribute("areaNames", tags.areaNames());
		model.addAttribute("jsonLd", jsonLd.news(post, groups, locale));
		return "news/news-page";
	}

	@GetMapping(path = "/news.atom")
	ResponseEntity<String> newsFeed(Locale locale) {
		return ResponseEntity.ok().contentType(ATOM).body(feeds.news(locale));
	}

	@GetMapping("/stories")
	String stories(@RequestParam(required = false) @Nullable String field,
			@RequestParam(required = false) @Nullable String area, @RequestParam(defaultValue = "0") int page,
			Model model) {
		Page<StoryView> posts = publicPosts.stories(blankToNull(field), blankToNull(area), page);
		model.addAttribute("posts", posts);
		addFilters(model, field, area);
		return "news/story-list";
	}

	@GetMapping("/stories/{id}")
	String story(@PathVariable long id, Model model, Locale locale) {
		StoryView story = stories.published(id);
		var groups = tags.groupNames(story.groupIds());
		model.addAttribute("story", story);
		model.addAttribute("sections", StorySections.of(story));
		model.addAttribute("groupNames", groups);
		model.addAttribute("areaNames", tags.areaNames());
		model.addAttribute("jsonLd", jsonLd.story(story, groups, locale));
		return "news/story-page";
	}

	@GetMapping(path = "/stories.atom")
	ResponseEntity<String> storiesFeed(Locale locale) {
		return ResponseEntity.ok().contentType(ATOM).body(feeds.stories(locale));
	}

	private void addFilters(Model model, @Nullable String field, @Nullable String area) {
		model.addAttribute("field", blankToNull(field));
		model.addAttribute("area", blankToNull(area));
		tags.addChoices(model);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value;
	}
}
