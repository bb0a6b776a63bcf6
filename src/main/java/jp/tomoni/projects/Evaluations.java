package jp.tomoni.projects;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.tomoni.audit.AuditLog;
import jp.tomoni.audit.AuditRecord;
import jp.tomoni.municipality.Municipalities;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluation of collaboration projects (PDS cycle, decision 0070): each party's self-evaluation and its ratings
 * of the partnership against the principles of collaboration, the committee's third-party evaluation, and the
 * publication by staff, after which it is public and no longer changes. A group's administrator records only for
 * their own groups (refused otherwise, 403). Every change is audited.
 */
@Service
class Evaluations {

	static final String CITY = "city";

	private final ProjectRepository projects;

	private final PartyEvaluationRepository parties;

	private final ProjectEvaluationRepository evaluations;

	private final CollaborationVocabulary vocabulary;

	private final Municipalities municipalities;

	private final AuditLog auditLog;

	private final Clock clock;

	Evaluations(ProjectRepository projects, PartyEvaluationRepository parties, ProjectEvaluationRepository evaluations,
			CollaborationVocabulary vocabulary, Municipalities municipalities, AuditLog auditLog, Clock clock) {
		this.projects = projects;
		this.parties = parties;
		this.evaluations = evaluations;
		this.vocabulary = vocabulary;
		this.municipalities = municipalities;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** A party of a project: its key in the evaluation, its name, its group (or none). */
	private record Party(String key, String name, @Nullable Long groupId) {
	}

	private List<Party> partiesOf(Project project) {
		List<Party> list = new ArrayList<>();
		for (PartnerLine line : project.partnerLines()) {
			ProjectPartner partner = line.toPartner();
			list.add(new Party(line.key(), partner.name(), partner.groupId()));
		}
		if (project.cityTakesPart()) {
			list.add(new Party(CITY, municipalities.current().name(), null));
		}
		return list;
	}

	private static boolean mayRecord(Party party, EvaluationActor actor) {
		return actor.staff() || (party.groupId() != null && actor.groupIds().contains(party.groupId()));
	}

	/** The principles a party rates: those in force, in their order. */
	List<CollaborationPrincipleView> principles() {
		return vocabulary.principles().stream().filter(p -> !p.retired()).toList();
	}

	/**
	 * The evaluation for the people who record it: staff and reviewers see every party; a group's administrator only
	 * when one of their groups is a party (refused otherwise).
	 */
	@Transactional(readOnly = true)
	EvaluationView view(long projectId, EvaluationActor actor) {
		Project project = project(projectId);
		if (!actor.staff() && !actor.reviewer()
				&& partiesOf(project).stream().noneMatch(p -> p.groupId() != null && mayRecord(p, actor))) {
			throw new AccessDeniedException("not a party of project " + projectId);
		}
		return view(project, actor);
	}

	/** The published evaluation, for everyone; empty while it is not published. */
	@Transactional(readOnly = true)
	public Optional<EvaluationView> published(long projectId) {
		return projects.findById(projectId)
			.filter(p -> p.municipalityCode().equals(municipalities.current().code()))
			.filter(p -> evaluations.findById(projectId).map(ProjectEvaluation::published).orElse(false))
			.map(p -> view(p, null));
	}

	/** Whether this person has something to record in the project's evaluation, still unpublished. */
	@Transactional(readOnly = true)
	boolean hasSomethingToRecord(long projectId, @Nullable EvaluationActor actor) {
		if (actor == null || isPublished(projectId)) {
			return false;
		}
		if (actor.staff() || actor.reviewer()) {
			return true;
		}
		return projects.findById(projectId)
			.map(p -> partiesOf(p).stream().anyMatch(x -> x.groupId() != null && mayRecord(x, actor)))
			.orElse(false);
	}

	/** Whether the project's evaluation is published. */
	@Transactional(readOnly = true)
	public boolean isPublished(long projectId) {
		return evaluations.findById(projectId).map(ProjectEvaluation::published).orElse(false);
	}

	/** The name of the party at this index, for the form's heading (refused as for {@link #recordParty}). */
	@Transactional(readOnly = true)
	String partyName(long projectId, int index, EvaluationActor actor) {
		return party(project(projectId), index, actor).name();
	}

	/**
	 * Records a party's evaluation (replacing the one recorded before). Audited.
	 *
	 * @throws AccessDeniedException when the person may not record for this party
	 * @throws ProjectRuleViolation when the evaluation is already published
	 */
	@Transactional
	void recordParty(long projectId, int index, PartyEvaluationCommand command, EvaluationActor actor) {
		Project project = project(projectId);
		Party party = party(project, index, actor);
		unpublished(projectId);
		Map<String, CollaborationPrincipleView> inForce = principles().stream()
			.collect(Collectors.toMap(CollaborationPrincipleView::code, Function.identity()));
		List<PrincipleRating> ratings = new ArrayList<>();
		for (PartyEvaluationCommand.Rating r : command.ratings()) {
			if (!inForce.containsKey(r.principleCode()) || r.rating() < 1 || r.rating() > 5) {
				throw new ProjectRuleViolation("principleRatings", "evaluation.principle.unknown");
			}
			ratings.add(new PrincipleRating(r.principleCode(), r.rating(), r.comment()));
		}
		if (ratings.size() != inForce.size()) {
			throw new ProjectRuleViolation("principleRatings", "evaluation.principle.changed");
		}
		PartyEvaluation evaluation = parties.findByProjectIdAndPartyKey(projectId, party.key())
			.orElseGet(() -> new PartyEvaluation(projectId, party.key()));
		evaluation.record(party.name(), command.achievements(), command.rating(), command.comments(), ratings,
				actor.accountId(), clock.instant());
		parties.save(evaluation);
		auditLog.record(new AuditRecord("project.evaluation.party", "project", projectId + "/evaluation/" + party.key()));
	}

	/**
	 * Records the committee's third-party evaluation (replacing the former one), by a reviewer or by staff for the
	 * committee. Audited.
	 */
	@Transactional
	void recordCommittee(long projectId, String assessment, String residentsOpinions, EvaluationConclusion conclusion,
			String reasons, EvaluationActor actor) {
		project(projectId);
		if (!actor.staff() && !actor.reviewer()) {
			throw new AccessDeniedException("not the committee");
		}
		unpublished(projectId);
		ProjectEvaluation evaluation = evaluations.findById(projectId).orElseGet(() -> new ProjectEvaluation(projectId));
		evaluation.recordCommittee(assessment, residentsOpinions, conclusion, reasons, actor.accountId(),
				clock.instant());
		evaluations.save(evaluation);
		auditLog.record(new AuditRecord("project.evaluation.committee", "project", projectId + "/evaluation"));
	}

	/**
	 * Publishes the evaluation, by staff, once every party and the committee have recorded theirs. Audited.
	 *
	 * @throws ProjectRuleViolation when it is incomplete (naming what is missing) or already published
	 */
	@Transactional
	void publish(long projectId, EvaluationActor actor) {
		Project project = project(projectId);
		if (!actor.staff()) {
			throw new AccessDeniedException("only staff publish");
		}
		unpublished(projectId);
		EvaluationView view = view(project, actor);
		List<String> missing = view.parties().stream().filter(p -> p.evaluation() == null).map(EvaluationView.Party::name)
			.toList();
		if (!missing.isEmpty()) {
			throw new ProjectRuleViolation("publish", "evaluation.publish.partiesMissing", String.join("、", missing));
		}
		ProjectEvaluation evaluation = evaluations.findById(projectId)
			.filter(ProjectEvaluation::committeeRecorded)
			.orElseThrow(() -> new ProjectRuleViolation("publish", "evaluation.publish.committeeMissing"));
		evaluation.publish(actor.accountId(), clock.instant());
		auditLog.record(new AuditRecord("project.evaluation.published", "project", projectId + "/evaluation"));
	}

	private void unpublished(long projectId) {
		if (isPublished(projectId)) {
			throw new ProjectRuleViolation("publish", "evaluation.published");
		}
	}

	private Party party(Project project, int index, EvaluationActor actor) {
		List<Party> list = partiesOf(project);
		if (index < 0 || index >= list.size()) {
			throw new ProjectNotFound(project.id());
		}
		Party party = list.get(index);
		if (!mayRecord(party, actor)) {
			throw new AccessDeniedException("not this party's administrator");
		}
		return party;
	}

	private EvaluationView view(Project project, @Nullable EvaluationActor actor) {
		Map<String, CollaborationPrincipleView> principles = vocabulary.principles().stream()
			.collect(Collectors.toMap(CollaborationPrincipleView::code, Function.identity()));
		Map<String, PartyEvaluation> recorded = parties.findByProjectId(project.id())
			.stream()
			.collect(Collectors.toMap(PartyEvaluation::partyKey, Function.identity()));
		Optional<ProjectEvaluation> evaluation = evaluations.findById(project.id());
		boolean published = evaluation.map(ProjectEvaluation::published).orElse(false);
		List<Party> list = partiesOf(project);
		List<EvaluationView.Party> views = new ArrayList<>();
		for (int i = 0; i < list.size(); i++) {
			Party party = list.get(i);
			PartyEvaluation e = recorded.get(party.key());
			EvaluationView.PartyEvaluation pe = e == null ? null
					: new EvaluationView.PartyEvaluation(e.achievements(), e.rating(), e.comments(),
							e.principles()
								.stream()
								.filter(r -> principles.containsKey(r.principleCode()))
								.map(r -> new EvaluationView.PrincipleRating(principles.get(r.principleCode()),
										r.rating(), r.comment()))
								.toList(),
							e.recordedAt());
			views.add(new EvaluationView.Party(i, party.key(), party.name(),
					actor != null && !published && mayRecord(party, actor), pe));
		}
		EvaluationView.Committee committee = evaluation.filter(ProjectEvaluation::committeeRecorded)
			.map(c -> new EvaluationView.Committee(nonNull(c.assessment()), nonNull(c.residentsOpinions()),
					java.util.Objects.requireNonNull(c.conclusion()), nonNull(c.reasons())))
			.orElse(null);
		boolean canCommittee = actor != null && !published && (actor.staff() || actor.reviewer());
		boolean complete = committee != null && views.stream().allMatch(p -> p.evaluation() != null);
		return new EvaluationView(project.id(), views, committee, evaluation.map(ProjectEvaluation::publishedAt).orElse(null),
				canCommittee, actor != null && actor.staff() && !published && complete);
	}

	private static String nonNull(@Nullable String text) {
		return text == null ? "" : text;
	}

	private Project project(long id) {
		return projects.findById(id)
			.filter(p -> p.municipalityCode().equals(municipalities.current().code()))
			.orElseThrow(() -> new ProjectNotFound(id));
	}
}
