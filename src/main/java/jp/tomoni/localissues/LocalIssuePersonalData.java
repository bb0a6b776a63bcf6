package jp.tomoni.localissues;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.tomoni.shared.PersonalDataContributor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's local issues in their personal-data export, and what happens to them when the account is deleted
 * (decision 0057): issues never made public (submitted, duplicate, out of scope) are deleted with their photos;
 * public ones stay, as part of the city's record, without their poster; the person's name leaves every history line
 * and their id every proposal they made for a group.
 */
@Component
class LocalIssuePersonalData implements PersonalDataContributor {

	private final LocalIssueRepository issues;

	private final IssuePhotoRepository photos;

	LocalIssuePersonalData(LocalIssueRepository issues, IssuePhotoRepository photos) {
		this.issues = issues;
		this.photos = photos;
	}

	@Override
	public String section() {
		return "localIssues";
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Object> collect(PersonRef person) {
		List<Map<String, Object>> posted = issues.findByPosterId(person.accountId()).stream().map(issue -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("id", issue.id());
			entry.put("title", issue.title());
			entry.put("description", issue.description());
			entry.put("area", issue.areaCode());
			entry.put("place", issue.place());
			entry.put("affected", issue.affected());
			entry.put("photo", issue.hasPhoto());
			entry.put("status", issue.storedStatus().name());
			entry.put("postedAt", issue.postedAt().toString());
			return entry;
		}).toList();
		List<Map<String, Object>> proposals = issues.proposedBy(person.accountId())
			.stream()
			.flatMap(issue -> issue.proposals()
				.stream()
				.filter(p -> p.proposedBy() != null && p.proposedBy() == person.accountId())
				.map(p -> {
					Map<String, Object> entry = new LinkedHashMap<>();
					entry.put("issueId", issue.id());
					entry.put("group", p.groupName());
					entry.put("summary", p.summary());
					entry.put("proposedAt", p.proposedAt().toString());
					return entry;
				}))
			.toList();
		return Map.of("posted", posted, "proposals", proposals);
	}

	@Override
	@Transactional
	public void erase(PersonRef person) {
		long account = person.accountId();
		for (LocalIssue issue : issues.findByPosterId(account)) {
			if (!issue.storedStatus().isPublic()) {
				photos.findById(issue.id()).ifPresent(photos::delete);
				issues.delete(issue);
			}
		}
		issues.flush();
		issues.actedOnBy(account).forEach(issue -> issue.forget(account));
		issues.proposedBy(account).forEach(issue -> issue.forget(account));
		issues.findByPosterId(account).forEach(issue -> issue.forget(account));
	}
}
