package jp.tomoni.projects;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.tomoni.shared.PersonalDataContributor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the projects module holds about a person: the reports they last wrote for a party of a project (decision
 * 0072). Exported with the account; on erasure the report stays, as the party's (a public record once submitted),
 * without the person's id.
 */
@Component
class ProjectPersonalData implements PersonalDataContributor {

	private final ProjectReportRepository reports;

	ProjectPersonalData(ProjectReportRepository reports) {
		this.reports = reports;
	}

	@Override
	public String section() {
		return "projects";
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Object> collect(PersonRef person) {
		List<Map<String, Object>> written = reports.recordedBy(person.accountId()).stream().map(r -> {
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
		return Map.of("reports", written);
	}

	@Override
	@Transactional
	public void erase(PersonRef person) {
		reports.recordedBy(person.accountId()).forEach(r -> r.forget(person.accountId()));
	}
}
