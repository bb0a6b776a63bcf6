package jp.tomoni.projects;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.tomoni.shared.PersonalDataContributor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the register of projects holds about a person (decisions 0072, 0073): the reports they last wrote for a party,
 * the agreement versions they generated, and the evaluations they recorded (a party's self- and mutual evaluation, the
 * committee's) or published. These are the project's record, read by its parties and, once published, by everyone, so
 * they stay when the account is deleted, without the person's id; an agreement version names an anonymous author
 * instead of theirs.
 */
@Component
class ProjectPersonalData implements PersonalDataContributor {

	private final ProjectRepository projects;

	private final ProjectAgreementRepository agreements;

	private final PartyEvaluationRepository parties;

	private final ProjectEvaluationRepository evaluations;

	private final MessageSource messages;

	private final ProjectReportRepository reports;

	ProjectPersonalData(ProjectRepository projects, ProjectAgreementRepository agreements,
			PartyEvaluationRepository parties, ProjectEvaluationRepository evaluations, MessageSource messages,
			ProjectReportRepository reports) {
		this.reports = reports;
		this.projects = projects;
		this.agreements = agreements;
		this.parties = parties;
		this.evaluations = evaluations;
		this.messages = messages;
	}

	@Override
	public String section() {
		return "projects";
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Object> collect(PersonRef person) {
		long id = person.accountId();
		List<Map<String, Object>> generated = agreements.generatedBy(id).stream().map(a -> {
			Map<String, Object> entry = project(a.projectId());
			entry.put("agreementVersion", a.versionNo());
			entry.put("generatedByName", a.generatedByName());
			entry.put("generatedAt", a.generatedAt().toString());
			return entry;
		}).toList();
		List<Map<String, Object>> recorded = parties.recordedBy(id).stream().map(e -> {
			Map<String, Object> entry = project(e.projectId());
			entry.put("party", e.partyName());
			entry.put("achievements", e.achievements());
			entry.put("rating", e.rating().name());
			entry.put("comments", e.comments());
			entry.put("recordedAt", e.recordedAt().toString());
			return entry;
		}).toList();
		List<Map<String, Object>> committee = evaluations.recordedOrPublishedBy(id).stream().map(e -> {
			Map<String, Object> entry = project(e.projectId());
			boolean recorder = Long.valueOf(id).equals(e.committeeRecordedBy());
			entry.put("recordedCommitteeEvaluation", recorder);
			if (recorder) {
				entry.put("assessment", e.assessment());
				entry.put("conclusion", e.conclusion() == null ? null : e.conclusion().name());
				entry.put("recordedAt", String.valueOf(e.committeeRecordedAt()));
			}
			entry.put("publishedEvaluation", Long.valueOf(id).equals(e.publishedBy()));
			return entry;
		}).toList();
		List<Map<String, Object>> written = reports.recordedBy(id).stream().map(r -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("id", r.id());
			entry.put("projectId", r.projectId());
			entry.put("kind", r.kind().name());
			entry.put("party", r.partyName());
			entry.put("status", r.status().name());
			entry.put("createdAt", r.createdAt().toString());
			entry.put("updatedAt", r.updatedAt().toString());
			entry.put("submittedAt", r.submittedAt() == null ? "" : r.submittedAt().toString());
			return entry;
		}).toList();
		return Map.of("reports", written, "agreementVersionsGenerated", generated, "partyEvaluationsRecorded", recorded,
				"committeeEvaluations", committee);
	}

	@Override
	@Transactional
	public void erase(PersonRef person) {
		long id = person.accountId();
		agreements.forgetGenerator(id, messages.getMessage("agreement.generatedBy.anonymous", null, Locale.JAPANESE));
		parties.forgetRecorder(id);
		evaluations.forgetCommitteeRecorder(id);
		evaluations.forgetPublisher(id);
		reports.recordedBy(id).forEach(r -> r.forget(id));
	}

	private Map<String, Object> project(long projectId) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("projectId", projectId);
		entry.put("project", projects.findById(projectId).map(Project::title).orElse(null));
		return entry;
	}
}
