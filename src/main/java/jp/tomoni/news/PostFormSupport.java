package jp.tomoni.news;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the news and story forms show besides their fields: the fields and areas to tag, and the group picker: the
 * groups already chosen (checked) followed by the public groups the picker's search found (unchecked).
 */
@Component
class PostFormSupport {

	/** One group of the picker. */
	record GroupChoice(long id, String name, boolean chosen) {
	}

	private final Tags tags;

	PostFormSupport(Tags tags) {
		this.tags = tags;
	}

	void addChoices(Model model, List<Long> chosen, @Nullable String groupQuery, boolean searched) {
		if (searched) {
			// Searching for groups is not saving: the form comes back as typed, without complaints about its fields.
			Object form = model.getAttribute("form");
			if (form != null) {
				model.addAttribute(org.springframework.validation.BindingResult.MODEL_KEY_PREFIX + "form",
						new org.springframework.validation.BeanPropertyBindingResult(form, "form"));
			}
		}
		tags.addChoices(model);
		Map<Long, GroupChoice> choices = new LinkedHashMap<>();
		tags.groupNames(chosen).forEach((id, name) -> choices.put(id, new GroupChoice(id, name, true)));
		List<GroupChoice> found = new ArrayList<>();
		if (searched && groupQuery != null && !groupQuery.isBlank()) {
			tags.findGroups(groupQuery)
				.stream()
				.filter(group -> !choices.containsKey(group.id()))
				.forEach(group -> found.add(new GroupChoice(group.id(), group.name(), false)));
			model.addAttribute("groupsSearched", true);
			model.addAttribute("groupsFound", found.size());
		}
		found.forEach(choice -> choices.put(choice.id(), choice));
		model.addAttribute("groupChoices", List.copyOf(choices.values()));
	}
}
