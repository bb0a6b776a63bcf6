package jp.tomoni.news;

import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jp.tomoni.audit.AuditLog;
import jp.tomoni.audit.AuditRecord;
import jp.tomoni.municipality.Municipalities;
import jp.tomoni.shared.ActivityField;
import jp.tomoni.shared.PersonalDataContributor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case stories (協働事例): reporters write and submit them, editors ask for changes or publish them, and the author
 * is told by mail. The state machine is on {@link CaseStory}; this facade finds the story the actor may touch (a
 * reporter only their own), checks the tags, audits the editors' decisions and sends the mails.
 */
@Service
class CaseStories implements PersonalDataContributor, CaseStoryDrafts {

	private final CaseStoryRepository stories;

	private final Tags tags;

	private final Municipalities municipalities;

	private final AuditLog auditLog;

	private final StoryMails mails;

	private final SiteUrl siteUrl;

	private final MessageSource messages;

	private final Clock clock;

	CaseStories(CaseStoryRepository stories, Tags tags, Municipalities municipalities, AuditLog auditLog,
			StoryMails mails, SiteUrl siteUrl, MessageSource messages, Clock clock) {
		this.stories = stories;
		this.tags = tags;
		this.municipalities = municipalities;
		this.auditLog = auditLog;
		this.mails = mails;
		this.siteUrl = siteUrl;
		this.messages = messages;
		this.clock = clock;
	}

	/** A reporter starts a story as a draft. */
	@Transactional
	long draft(Actor author, StoryContent content) {
		tags.check(content.fieldCodes(), content.areaCodes(), content.groupIds());
		return stories.save(CaseStory.draft(code(), author, content, clock.instant())).id();
	}

	/**
	 * Starts a draft from another module's seed (decision 0073), owned by the person signed in, whose roles decide
	 * whether they may write stories. What cannot be tagged is left out, and the text is cut to the story's limits.
	 */
	@Override
	@Transactional
	public long startFrom(CaseStoryAuthor author, CaseStorySeed seed) {
		Actor actor = Actors.of(author.accountId(), clipped(author.name(), 100));
		Set<String> areas = new LinkedHashSet<>(seed.areaCodes());
		areas.removeAll(tags.unknownAreas(areas));
		Set<Long> groups = new LinkedHashSet<>(tags.groupNames(seed.groupIds()).keySet());
		StoryContent content = new StoryContent(clipped(seed.title(), 200), null, clip(seed.partners(), 2000),
				clip(seed.whatWasDone(), 8000), clip(seed.effect(), 8000), null, null, null,
				seed.fieldCodes().stream().filter(ActivityField::isKnown).collect(Collectors.toCollection(LinkedHashSet::new)),
				areas, groups.stream().limit(Tags.MAX_GROUPS).collect(Collectors.toCollection(LinkedHashSet::new)));
		long id = stories.save(CaseStory.seeded(code(), actor, content, clock.instant())).id();
		auditLog.record(new AuditRecord("story.started", "story", Long.toString(id)));
		return id;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CaseStoryState> find(long storyId) {
		return stories.findById(storyId)
			.filter(story -> story.municipalityCode().equals(code()))
			.map(story -> new CaseStoryState(story.id(), story.status(), story.authorAccountId(),
					story.toView().authorName()));
	}

	private static @Nullable String clip(@Nullable String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

	private static String clipped(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

	/** The author saves changes to a draft or a returned story. */
	@Transactional
	void revise(Actor author, long id, StoryContent content) {
		tags.check(content.fieldCodes(), content.areaCodes(), content.groupIds());
		own(author, id).revise(author, content, clock.instant());
	}

	/** The author submits the story for review. */
	@Transactional
	void submit(Actor author, long id) {
		own(author, id).submit(author, clock.instant());
	}

	@Transactional
	void withdraw(Actor author, long id) {
		own(author, id).withdraw(author, clock.instant());
	}

	/** An editor returns the story with a comment; the author is told by mail. */
	@Transactional
	void requestChanges(Actor editor, long id, String comment) {
		CaseStory story = any(id);
		story.requestChanges(editor, comment, clock.instant());
		auditLog.record(new AuditRecord("story.changes-requested", "story", Long.toString(id)));
		if (story.authorAccountId() != null) {
			mails.changesRequested(story.authorAccountId(), story.title(), comment.strip(),
					siteUrl.of("/account/stories/" + id + "/edit"));
		}
	}

	/** An editor publishes the story; the author is told by mail. */
	@Transactional
	void publish(Actor editor, long id) {
		CaseStory story = any(id);
		story.publish(editor, clock.instant());
		auditLog.record(new AuditRecord("story.published", "story", Long.toString(id)));
		if (story.authorAccountId() != null) {
			mails.published(story.authorAccountId(), story.title(), siteUrl.of("/stories/" + id));
		}
	}

	/** The reporter's own stories, last changed first. */
	@Transactional(readOnly = true)
	List<StoryView> mine(Actor author) {
		return stories.findByMunicipalityCodeAndAuthorAccountIdOrderByUpdatedAtDesc(code(), author.accountId())
			.stream()
			.map(CaseStory::toView)
			.toList();
	}

	/** One of the reporter's own stories. */
	@Transactional(readOnly = true)
	StoryView ownView(Actor author, long id) {
		return own(author, id).toView();
	}

	/** The editors' queue: stories waiting for review first, then the rest in review, last changed first. */
	@Transactional(readOnly = true)
	List<StoryView> inReview() {
		return stories
			.findByMunicipalityCodeAndStatusInOrderByUpdatedAtDesc(code(),
					EnumSet.of(StoryStatus.SUBMITTED, StoryStatus.CHANGES_REQUESTED, StoryStatus.PUBLISHED))
			.stream()
			.map(CaseStory::toView)
			.sorted(java.util.Comparator.comparing((StoryView story) -> story.status() != StoryStatus.SUBMITTED))
			.toList();
	}

	/** A story for the editors: any that was ever submitted (drafts stay their author's). */
	@Transactional(readOnly = true)
	StoryView forEditor(long id) {
		CaseStory story = any(id);
		if (story.status() == StoryStatus.DRAFT || story.status() == StoryStatus.WITHDRAWN) {
			throw new PostNotFound(id);
		}
		return story.toView();
	}

	/** A published story for everyone. */
	@Transactional(readOnly = true)
	StoryView published(long id) {
		CaseStory story = any(id);
		if (story.status() != StoryStatus.PUBLISHED) {
			throw new PostNotFound(id);
		}
		return story.toView();
	}

	@Override
	public String section() {
		return "caseStories";
	}

	/** The stories the person wrote, with every section. */
	@Override
	@Transactional(readOnly = true)
	public Map<String, Object> collect(PersonRef person) {
		List<Map<String, Object>> written = stories.findByAuthorAccountId(person.accountId()).stream().map(story -> {
			StoryView view = story.toView();
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("id", view.id());
			entry.put("title", view.title());
			entry.put("status", view.status().name());
			for (StoryView.Section section : view.sections()) {
				entry.put(section.field(), section.text());
			}
			entry.put("updatedAt", view.updatedAt().toString());
			return entry;
		}).toList();
		return Map.of("caseStoriesYouWrote", written);
	}

	/**
	 * Unpublished stories go with the account; published ones are the municipality's record of a collaboration and
	 * stay, no longer naming their author.
	 */
	@Override
	@Transactional
	public void erase(PersonRef person) {
		String anonymous = messages.getMessage("story.author.anonymous", null, java.util.Locale.JAPANESE);
		for (CaseStory story : stories.findByAuthorAccountId(person.accountId())) {
			if (story.status() == StoryStatus.PUBLISHED) {
				story.forgetAuthor(anonymous);
			}
			else {
				stories.delete(story);
			}
		}
	}

	private CaseStory own(Actor author, long id) {
		return stories.findById(id)
			.filter(story -> story.municipalityCode().equals(code()) && story.isAuthor(author.accountId()))
			.orElseThrow(() -> new PostNotFound(id));
	}

	private CaseStory any(long id) {
		return stories.findById(id)
			.filter(story -> story.municipalityCode().equals(code()))
			.orElseThrow(() -> new PostNotFound(id));
	}

	private String code() {
		return municipalities.current().code();
	}
}
