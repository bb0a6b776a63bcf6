package jp.tomoni.news;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jp.tomoni.areas.AreaView;
import jp.tomoni.areas.Areas;
import jp.tomoni.groups.DirectoryQuery;
import jp.tomoni.groups.GroupDirectory;
import jp.tomoni.groups.GroupNotFound;
import jp.tomoni.groups.GroupSummary;
import jp.tomoni.groups.Viewer;
import jp.tomoni.shared.ActivityField;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The tags of posts: activity fields, areas and the groups involved. Checks them, names them for pages, and finds
 * groups for the forms' group picker, through the group directory's public API.
 */
@Component
class Tags {

	/** At most this many groups are tagged on one post. */
	static final int MAX_GROUPS = 20;

	private final Areas areas;

	private final GroupDirectory directory;

	Tags(Areas areas, GroupDirectory directory) {
		this.areas = areas;
		this.directory = directory;
	}

	/** Refuses unknown fields and areas, and groups that are not public. */
	void check(Set<String> fieldCodes, Set<String> areaCodes, Set<Long> groupIds) {
		Set<String> unknownFields = fieldCodes.stream()
			.filter(code -> !ActivityField.isKnown(code))
			.collect(Collectors.toCollection(java.util.TreeSet::new));
		if (!unknownFields.isEmpty()) {
			throw new NewsRuleViolation("fieldCodes", "news.fields.unknown", String.join(",", unknownFields));
		}
		Set<String> unknownAreas = areas.unknown(areaCodes);
		if (!unknownAreas.isEmpty()) {
			throw new NewsRuleViolation("areaCodes", "news.areas.unknown", String.join(",", unknownAreas));
		}
		if (groupIds.size() > MAX_GROUPS) {
			throw new NewsRuleViolation("groupIds", "news.groups.tooMany", MAX_GROUPS);
		}
		if (groupNames(groupIds).size() != groupIds.size()) {
			throw new NewsRuleViolation("groupIds", "news.groups.unknown");
		}
	}

	/** The codes among these that name no area of the municipality. */
	Set<String> unknownAreas(Set<String> areaCodes) {
		return areas.unknown(areaCodes);
	}

	/** The names of the public groups among these, by id, in the given order. */
	Map<Long, String> groupNames(Collection<Long> groupIds) {
		Map<Long, String> names = new LinkedHashMap<>();
		for (Long id : groupIds) {
			try {
				names.put(id, directory.profile(id, Viewer.ANONYMOUS).summary().name());
			}
			catch (GroupNotFound notPublic) {
				// A group suspended or removed since it was tagged is no longer named.
			}
		}
		return names;
	}

	/** Public groups whose name or texts match, for the group picker. */
	List<GroupSummary> findGroups(String query) {
		if (query == null || query.isBlank()) {
			return List.of();
		}
		return directory
			.search(new DirectoryQuery(query, null, null, null, null, null, false, null, 0, 10, false, null))
			.items();
	}

	/** The names of areas by code, for pages. */
	Map<String, String> areaNames() {
		return areas.all().stream().collect(Collectors.toMap(AreaView::code, AreaView::name, (a, b) -> a, LinkedHashMap::new));
	}

	/** The choices of the forms and filters. */
	void addChoices(Model model) {
		model.addAttribute("activityFields", ActivityField.ALL);
		model.addAttribute("areas", areas.all());
		model.addAttribute("retiredAreas", areas.retiredCodes());
		model.addAttribute("areaNames", areaNames());
	}

	static List<String> sorted(Collection<String> codes) {
		return codes.stream().sorted().toList();
	}

	static List<Long> sortedIds(Collection<Long> ids) {
		return ids.stream().sorted().toList();
	}
}
