package jp.tomoni.projects;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jp.tomoni.audit.AuditLog;
import jp.tomoni.audit.AuditRecord;
import jp.tomoni.municipality.Municipalities;
import jp.tomoni.news.CaseStoryAuthor;
import jp.tomoni.news.CaseStoryDrafts;
import jp.tomoni.news.CaseStorySeed;
import jp.tomoni.news.CaseStoryState;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A finished project becomes a case story (協働事例) for the information hub (issue 6, decision 0073): staff start a
 * draft in the news module, pre-filled from the project — its title, partners and their roles, summary, fields,
 * area, partner groups and, once the evaluation is published, the committee's assessment as the effect — and write
 * the rest there. The project keeps the story's id, so it is started once; audited.
 */
@Service
class ProjectCaseStories {

	private final ProjectCaseStoryRepository links;

	private final Projects projects;

	private final Evaluations evaluations;

	private final CaseStoryDrafts drafts;

	private final Municipalities municipalities;

	private final AuditLog auditLog;

	private final MessageSource messages;

	private final Clock clock;

	ProjectCaseStories(ProjectCaseStoryRepository links, Projects projects, Evaluations evaluations,
			CaseStoryDrafts drafts, Municipalities municipalities, AuditLog auditLog, MessageSource messages,
			Clock clock) {
		this.links = links;
		this.projects = projects;
		this.evaluations = evaluations;
		this.drafts = drafts;
		this.municipalities = municipalities;
		this.auditLog = auditLog;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Starts the project's case story as a draft of this person, or returns the one already started (a second draft
	 * is not made).
	 *
	 * @return the story's id
	 * @throws ProjectRuleViolation when the project is not finished
	 */
	@Transactional
	long start(long projectId, CaseStoryAuthor author) {
		ProjectView project = projects.find(projectId).orElseThrow(() -> new ProjectNotFound(projectId));
		Optional<ProjectCaseStory> link = links.findById(projectId);
		Optional<CaseStoryState> existing = link.flatMap(l -> drafts.find(l.storyId()));
		if (existing.isPresent()) {
			return existing.get().id();
		}
		if (project.status() != ProjectStatus.FINISHED) {
			throw new ProjectRuleViolation("status", "project.caseStory.notFinished");
		}
		long storyId = drafts.startFrom(author, seed(project));
		if (link.isPresent()) {
			link.get().replace(storyId, clock.instant());
		}
		else {
			links.save(new ProjectCaseStory(projectId, storyId, clock.instant()));
		}
		auditLog.record(new AuditRecord("project.case-story.started", "project", projectId + "/case-story/" + storyId));
		return storyId;
	}

	/** The project's case story for the person reading its back-office page. */
	@Transactional(readOnly = true)
	ProjectCaseStoryView view(ProjectView project, long accountId, boolean staff) {
		boolean finished = project.status() == ProjectStatus.FINISHED;
		Optional<CaseStoryState> story = links.findById(project.id()).flatMap(l -> drafts.find(l.storyId()));
		if (story.isEmpty()) {
			return new ProjectCaseStoryView(finished, finished && staff, null, null, null, null);
		}
		CaseStoryState state = story.get();
		return new ProjectCaseStoryView(finished, false, state.id(), state.status(), state.authorName(),
				state.pathFor(accountId));
	}

	/** What the story starts with: the project as registered, and the committee's assessment once published. */
	private CaseStorySeed seed(ProjectView project) {
		String partners = project.partners()
			.stream()
			.map(p -> text("project.caseStory.partner", p.name(), p.role()))
			.collect(Collectors.joining("\n"));
		if (project.cityTakesPart()) {
			String city = municipalities.current().name()
					+ (project.department() == null ? "" : " " + project.department().name());
			partners = partners.isEmpty() ? text("project.caseStory.city", city)
					: partners + "\n" + text("project.caseStory.city", city);
		}
		String effect = evaluations.published(project.id())
			.map(EvaluationView::committee)
			.map(EvaluationView.Committee::assessment)
			.orElse(null);
		Set<Long> groups = project.partners()
			.stream()
			.map(ProjectPartner::groupId)
			.filter(Objects::nonNull)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		return new CaseStorySeed(project.title(), partners, project.summary(), effect,
				new LinkedHashSet<>(project.fieldCodes()),
				project.areaCode() == null ? Set.of() : Set.of(project.areaCode()), groups);
	}

	/** The story is written in Japanese, whatever the language of the page that started it. */
	private String text(String code, Object... arguments) {
		return messages.getMessage(code, arguments, Locale.JAPANESE);
	}
}
