package jp.tomoni.patronage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.tomoni.shared.PersonalDataContributor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applications a person made for their groups (or decided, as staff): exported with the account; on erasure the
 * person is removed from them, and the group's application and the city's decision stay, as public records.
 */
@Component
class PatronagePersonalData implements PersonalDataContributor {

	private final PatronageApplicationRepository applications;

	PatronagePersonalData(PatronageApplicationRepository applications) {
		this.applications = applications;
	}

	@Override
	public String section() {
		return "patronage";
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Object> collect(PersonRef person) {
		List<Map<String, Object>> applied = applications.namingAccount(person.accountId())
			.stream()
			.filter(a -> a.appliedBy() != null && a.appliedBy() == person.accountId())
			.map(a -> {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("id", a.id());
				entry.put("group", a.groupName());
				entry.put("event", a.eventName());
				entry.put("kind", a.kind().name());
				entry.put("purpose", a.purpose());
				entry.put("status", a.status().name());
				entry.put("appliedAt", a.appliedAt().toString());
				return entry;
			})
			.toList();
		return Map.of("applications", applied);
	}

	@Override
	@Transactional
	public void erase(PersonRef person) {
		applications.namingAccount(person.accountId()).forEach(a -> a.forget(person.accountId()));
	}
}
