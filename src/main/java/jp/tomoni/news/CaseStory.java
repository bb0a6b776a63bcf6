package jp.tomoni.news;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
import jp.tomoni.shared.FiscalYear;
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
 * A case story (協働事例) written by a reporter (協働リポーター). Its review is a state machine (docs/decisions/0039):
 * the author writes a DRAFT and submits it (SUBMITTED); an editor asks for changes with a comment
 * (CHANGES_REQUESTED), and the author revises and submits again, or the editor publishes it (PUBLISHED). The author
 * may withdraw it (WITHDRAWN) until it is published. Every other transition, and every step by the wrong person, is
 * refused with a message code. Its index fields have the same names as a news post's.
 */
@Entity
@Indexed(index = "case-story-v1")
@Table(name = "case_story")
class CaseStory {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@KeywordField
	@Column(name = "municipality_code", nullable = false, length = 6)
	private String municipalityCode;

	/** The author, or {@code null} once they deleted their account (a published story stays). */
	@Column(name = "author_account_id")
	private @Nullable Long authorAccountId;

	@Column(name = "author_name", nullable = false, length = 100)
	private String authorName;

	@FullTextField(analyzer = "japanese")
	@FullTextField(name = "titleReading", analyzer = "japanese_reading", norms = Norms.NO)
	@FullTextField(name = "titleNgram", analyzer = "ngram", norms = Norms.NO)
	@Column(nullable = false, length = 200)
	private String title;

	@FullTextField(analyzer = "ngram", norms = Norms.NO)
	@Column(name = "title_kana", length = 400)
	private @Nullable String titleKana;

	@Column(length = 2000)
	private @Nullable String partners;

	@Column(name = "activities", length = 8000)
	private @Nullable String whatWasDone;

	@Column(length = 8000)
	private @Nullable String effect;

	@Column(name = "went_well", length = 8000)
	private @Nullable String wentWell;

	@Column(length = 8000)
	private @Nullable String difficulties;

	@Column(length = 8000)
	private @Nullable String improvements;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private StoryStatus status;

	@Column(name = "editor_comment", length = 2000)
	private @Nullable String editorComment;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "submitted_at")
	private @Nullable Instant submittedAt;

	@GenericField(sortable = Sortable.YES)
	@Column(name = "published_at")
	private @Nullable Instant publishedAt;

	@Version
	private long version;

	@KeywordField(name = "fields")
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "case_story_field", joinColumns = @JoinColumn(name = "story_id"))
	@Column(name = "field_code", length = 2)
	private Set<String> fieldCodes = new HashSet<>();

	@KeywordField(name = "areas")
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "case_story_area", joinColumns = @JoinColumn(name = "story_id"))
	@Column(name = "area_code", length = 40)
	private Set<String> areaCodes = new HashSet<>();

	@GenericField(name = "groups")
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "case_story_group", joinColumns = @JoinColumn(name = "story_id"))
	@Column(name = "group_id")
	private Set<Long> groupIds = new HashSet<>();

	protected CaseStory() {
	}

	/** A reporter starts a story; it is a draft only they see. */
	static CaseStory draft(String municipalityCode, Actor author, StoryContent content, Instant now) {
		if (!author.isReporter()) {
			throw new NewsRuleViolation("status", "story.role.reporterOnly");
		}
		CaseStory story = new CaseStory();
		story.municipalityCode = municipalityCode;
		story.authorAccountId = author.accountId();
		story.authorName = author.displayName();
		story.status = StoryStatus.DRAFT;
		story.createdAt = now;
		story.apply(content, now);
		return story;
	}

	/**
	 * A story started from what another module knows (a finished project, decision 0073): a draft of the person who
	 * started it, a reporter, city staff or an administrator, only they see.
	 */
	static CaseStory seeded(String municipalityCode, Actor author, StoryContent content, Instant now) {
		if (!author.isWriter()) {
			throw new NewsRuleViolation("status", "story.role.writerOnly");
		}
		CaseStory story = new CaseStory();
		story.municipalityCode = municipalityCode;
		story.authorAccountId = author.accountId();
		story.authorName = author.displayName();
		story.status = StoryStatus.DRAFT;
		story.createdAt = now;
		story.apply(content, now);
		return story;
	}

	/** The author revises a draft or a story returned with the editor's comment. */
	void revise(Actor actor, StoryContent content, Instant now) {
		requireAuthor(actor);
		if (status != StoryStatus.DRAFT && status != StoryStatus.CHANGES_REQUESTED) {
			throw new NewsRuleViolation("status", "story.transition.notEditable");
		}
		apply(content, now);
	}

	/** The author submits the story for review: every section must be written. */
	void submit(Actor actor, Instant now) {
		requireAuthor(actor);
		if (status != StoryStatus.DRAFT && status != StoryStatus.CHANGES_REQUESTED) {
			throw new NewsRuleViolation("status", "story.transition.notSubmittable");
		}
		List<String> missing = toContent().missingSections();
		if (!missing.isEmpty()) {
			throw new NewsRuleViolation(missing.getFirst(), "story.section.required", label(missing.getFirst()));
		}
		status = StoryStatus.SUBMITTED;
		submittedAt = now;
		updatedAt = now;
	}

	/** An editor returns the submitted story to its author with a comment saying what to change. */
	void requestChanges(Actor actor, String comment, Instant now) {
		requireEditor(actor);
		if (status != StoryStatus.SUBMITTED) {
			throw new NewsRuleViolation("status", "story.transition.notSubmitted");
		}
		String text = comment == null ? "" : comment.strip();
		if (text.isEmpty()) {
			throw new NewsRuleViolation("comment", "story.comment.required");
		}
		if (text.length() > 2000) {
			throw new NewsRuleViolation("comment", "story.comment.tooLong", 2000);
		}
		status = StoryStatus.CHANGES_REQUESTED;
		editorComment = text;
		updatedAt = now;
	}

	/** An editor publishes the submitted story: every visitor may read it. */
	void publish(Actor actor, Instant now) {
		requireEditor(actor);
		if (status != StoryStatus.SUBMITTED) {
			throw new NewsRuleViolation("status", "story.transition.notSubmitted");
		}
		status = StoryStatus.PUBLISHED;
		publishedAt = now;
		updatedAt = now;
	}

	/** The author withdraws the story before it is published. */
	void withdraw(Actor actor, Instant now) {
		requireAuthor(actor);
		if (status == StoryStatus.PUBLISHED || status == StoryStatus.WITHDRAWN) {
			throw new NewsRuleViolation("status", "story.transition.notWithdrawable");
		}
		status = StoryStatus.WITHDRAWN;
		updatedAt = now;
	}

	/** The author deleted their account: the story no longer names them (a published one stays public). */
	void forgetAuthor(String anonymousName) {
		authorAccountId = null;
		authorName = anonymousName;
	}

	/** The label of a form field, as a message argument resolved in the reader's language. */
	static org.springframework.context.MessageSourceResolvable label(String field) {
		return new org.springframework.context.support.DefaultMessageSourceResolvable("form." + field);
	}

	boolean isAuthor(long accountId) {
		return authorAccountId != null && authorAccountId == accountId;
	}

	private void requireAuthor(Actor actor) {
		if (!isAuthor(actor.accountId()) || !actor.isWriter()) {
			throw new NewsRuleViolation("status", "story.role.authorOnly");
		}
	}

	private static void requireEditor(Actor actor) {
		if (!actor.isEditor()) {
			throw new NewsRuleViolation("status", "story.role.editorOnly");
		}
	}

	private void apply(StoryContent content, Instant now) {
		title = content.title().strip();
		titleKana = blankToNull(content.titleKana());
		partners = blankToNull(content.partners());
		whatWasDone = blankToNull(content.whatWasDone());
		effect = blankToNull(content.effect());
		wentWell = blankToNull(content.wentWell());
		difficulties = blankToNull(content.difficulties());
		improvements = blankToNull(content.improvements());
		fieldCodes.clear();
		fieldCodes.addAll(content.fieldCodes());
		areaCodes.clear();
		areaCodes.addAll(content.areaCodes());
		groupIds.clear();
		groupIds.addAll(content.groupIds());
		updatedAt = now;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** The story's sections searched as one text (index fields shared with news posts). */
	@FullTextField(name = "text", analyzer = "japanese")
	@FullTextField(name = "textReading", analyzer = "japanese_reading", norms = Norms.NO)
	@FullTextField(name = "textNgram", analyzer = "ngram", norms = Norms.NO)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "partners")),
			@ObjectPath(@PropertyValue(propertyName = "whatWasDone")),
			@ObjectPath(@PropertyValue(propertyName = "effect")),
			@ObjectPath(@PropertyValue(propertyName = "wentWell")),
			@ObjectPath(@PropertyValue(propertyName = "difficulties")),
			@ObjectPath(@PropertyValue(propertyName = "improvements")) })
	String getSearchText() {
		return Stream.of(partners, whatWasDone, effect, wentWell, difficulties, improvements)
			.filter(text -> text != null && !text.isBlank())
			.collect(Collectors.joining("\n"));
	}

	@GenericField(name = "published")
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "status")))
	boolean isPublic() {
		return status == StoryStatus.PUBLISHED;
	}

	/** The day it was published, in Japan (index field {@code date}, shared with news posts). */
	@GenericField(name = "date", sortable = Sortable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "publishedAt")))
	@Nullable LocalDate getDate() {
		return publishedAt == null ? null : LocalDate.ofInstant(publishedAt, FiscalYear.JAPAN);
	}

	StoryContent toContent() {
		return new StoryContent(title, titleKana, partners, whatWasDone, effect, wentWell, difficulties, improvements,
				Set.copyOf(fieldCodes), Set.copyOf(areaCodes), Set.copyOf(groupIds));
	}

	StoryView toView() {
		return new StoryView(id == null ? 0 : id, authorAccountId, authorName, title, titleKana, partners, whatWasDone, effect, wentWell,
				difficulties, improvements, status, editorComment, Tags.sorted(fieldCodes), Tags.sorted(areaCodes),
				Tags.sortedIds(groupIds), createdAt, updatedAt, submittedAt, publishedAt, getDate());
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

	StoryStatus status() {
		return status;
	}

	@Nullable Long authorAccountId() {
		return authorAccountId;
	}
}
