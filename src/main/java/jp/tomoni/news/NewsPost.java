package jp.tomoni.news;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.search.engine.backend.types.Norms;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.jspecify.annotations.Nullable;

/**
 * A collaboration news post (協働ニュース). Editors write it as a draft, publish it, and may unpublish it and publish
 * it again; it keeps the moment it first became public ({@code publishedAt}, the newsletter's "new since"). Its
 * index fields have the same names as a case story's, so that one query searches both.
 */
@Entity
@Indexed(index = "news-post-v1")
@Table(name = "news_post")
class NewsPost {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@KeywordField
	@Column(name = "municipality_code", nullable = false, length = 6)
	private String municipalityCode;

	@FullTextField(analyzer = "japanese")
	@FullTextField(name = "titleReading", analyzer = "japanese_reading", norms = Norms.NO)
	@FullTextField(name = "titleNgram", analyzer = "ngram", norms = Norms.NO)
	@Column(nullable = false, length = 200)
	private String title;

	@FullTextField(analyzer = "ngram", norms = Norms.NO)
	@Column(name = "title_kana", length = 400)
	private @Nullable String titleKana;

	@FullTextField(name = "text", analyzer = "japanese")
	@FullTextField(name = "textReading", analyzer = "japanese_reading", norms = Norms.NO)
	@FullTextField(name = "textNgram", analyzer = "ngram", norms = Norms.NO)
	@Column(nullable = false, length = 20000)
	private String body;

	@Column(name = "publication_date", nullable = false)
	private LocalDate publicationDate;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private NewsPostStatus status;

	@Column(name = "author_account_id")
	private @Nullable Long authorAccountId;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@GenericField(sortable = Sortable.YES)
	@Column(name = "published_at")
	private @Nullable Instant publishedAt;

	@Version
	private long version;

	@KeywordField(name = "fields")
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "news_post_field", joinColumns = @JoinColumn(name = "post_id"))
	@Column(name = "field_code", length = 2)
	private Set<String> fieldCodes = new HashSet<>();

	@KeywordField(name = "areas")
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "news_post_area", joinColumns = @JoinColumn(name = "post_id"))
	@Column(name = "area_code", length = 40)
	private Set<String> areaCodes = new HashSet<>();

	@GenericField(name = "groups")
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "news_post_group", joinColumns = @JoinColumn(name = "post_id"))
	@Column(name = "group_id")
	private Set<Long> groupIds = new HashSet<>();

	protected NewsPost() {
	}

	static NewsPost draft(String municipalityCode, long authorAccountId, NewsContent content, Instant now) {
		NewsPost post = new NewsPost();
		post.municipalityCode = municipalityCode;
		post.authorAccountId = authorAccountId;
		post.status = NewsPostStatus.DRAFT;
		post.createdAt = now;
		post.apply(content, now);
		return post;
	}

	void change(NewsContent content, Instant now) {
		apply(content, now);
	}

	void publish(Instant now) {
		if (status == NewsPostStatus.PUBLISHED) {
			throw new NewsRuleViolation("status", "news.post.alreadyPublished");
		}
		status = NewsPostStatus.PUBLISHED;
		if (publishedAt == null) {
			publishedAt = now;
		}
		updatedAt = now;
	}

	void unpublish(Instant now) {
		if (status != NewsPostStatus.PUBLISHED) {
			throw new NewsRuleViolation("status", "news.post.notPublished");
		}
		status = NewsPostStatus.UNPUBLISHED;
		updatedAt = now;
	}

	private void apply(NewsContent content, Instant now) {
		title = content.title().strip();
		titleKana = content.titleKana() == null || content.titleKana().isBlank() ? null : content.titleKana().strip();
		body = content.body().strip();
		publicationDate = content.publicationDate();
		fieldCodes.clear();
		fieldCodes.addAll(content.fieldCodes());
		areaCodes.clear();
		areaCodes.addAll(content.areaCodes());
		groupIds.clear();
		groupIds.addAll(content.groupIds());
		updatedAt = now;
	}

	/** Whether every visitor may read it (index field {@code published}, shared with stories). */
	@GenericField(name = "published")
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "status")))
	boolean isPublic() {
		return status == NewsPostStatus.PUBLISHED;
	}

	/** The date shown and sorted on (index field {@code date}, shared with stories). */
	@GenericField(name = "date", sortable = Sortable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "publicationDate")))
	LocalDate getDate() {
		return publicationDate;
	}

	NewsView toView() {
		return new NewsView(id == null ? 0 : id, title, titleKana, body, publicationDate, status, Tags.sorted(fieldCodes),
				Tags.sorted(areaCodes), Tags.sortedIds(groupIds), createdAt, updatedAt, publishedAt);
	}

	NewsContent toContent() {
		return new NewsContent(title, titleKana, body, publicationDate, Set.copyOf(fieldCodes), Set.copyOf(areaCodes),
				Set.copyOf(groupIds));
	}

	Long id() {
		return id;
	}

	String municipalityCode() {
		return municipalityCode;
	}

	String title() {
		return title;
	}

	NewsPostStatus status() {
		return status;
	}
}
