package jp.tomoni.news;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.tomoni.municipality.Municipalities;
import jp.tomoni.shared.ActivityField;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * schema.org JSON-LD of a post's page: NewsArticle for news, Article for case stories; the groups involved as
 * {@code mentions}. {@code <} is escaped so that no text can end the script element.
 */
@Component
class PostJsonLd {

	private final JsonMapper json;

	private final Municipalities municipalities;

	private final SiteUrl siteUrl;

	private final MessageSource messages;

	PostJsonLd(JsonMapper json, Municipalities municipalities, SiteUrl siteUrl, MessageSource messages) {
		this.json = json;
		this.municipalities = municipalities;
		this.siteUrl = siteUrl;
		this.messages = messages;
	}

	String news(NewsView post, Map<Long, String> groups, Locale locale) {
		Map<String, Object> article = article("NewsArticle", PostType.NEWS.url(post.id()), post.title(),
				RichText.summary(post.body(), 200), post.publicationDate(), post.updatedAt(), post.fieldCodes(), groups,
				locale);
		article.put("author", organization());
		article.put("articleBody", post.body());
		return write(article);
	}

	String story(StoryView story, Map<Long, String> groups, Locale locale) {
		Map<String, Object> article = article("Article", PostType.STORY.url(story.id()), story.title(),
				RichText.summary(StoryText.of(story), 200), story.date(), story.updatedAt(), story.fieldCodes(), groups,
				locale);
		article.put("author", Map.of("@type", "Person", "name", story.authorName()));
		article.put("articleBody", StoryText.of(story));
		return write(article);
	}

	private Map<String, Object> article(String type, String path, String headline, String description,
			LocalDate published, Instant modified, List<String> fieldCodes, Map<Long, String> groups, Locale locale) {
		Map<String, Object> article = new LinkedHashMap<>();
		article.put("@context", "https://schema.org");
		article.put("@type", type);
		article.put("headline", headline);
		article.put("description", description);
		article.put("url", siteUrl.of(path));
		article.put("mainEntityOfPage", siteUrl.of(path));
		article.put("datePublished", published.toString());
		article.put("dateModified", modified.toString());
		article.put("inLanguage", "ja");
		article.put("publisher", organization());
		if (!fieldCodes.isEmpty()) {
			article.put("keywords", fieldCodes.stream()
				.map(code -> ActivityField.of(code)
					.map(field -> messages.getMessage(field.messageKey(), null, field.shortName(), locale))
					.orElse(code))
				.toList());
		}
		if (!groups.isEmpty()) {
			article.put("mentions", groups.entrySet()
				.stream()
				.map(group -> Map.of("@type", "Organization", "name", group.getValue(), "url",
						siteUrl.of("/groups/" + group.getKey())))
				.toList());
		}
		return article;
	}

	private Map<String, Object> organization() {
		return Map.of("@type", "GovernmentOrganization", "name", municipalities.current().name());
	}

	private String write(Map<String, Object> value) {
		return json.writeValueAsString(value).replace("<", "\\u003c");
	}
}
