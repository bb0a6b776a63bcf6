package jp.tomoni.groups;

import java.util.List;

import jp.tomoni.areas.AreaView;
import jp.tomoni.areas.Areas;
import jp.tomoni.shared.ActivityField;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The choices the group pages offer: kinds, the 20 fields, areas and visibilities. */
@Component
class GroupFormSupport {

	private final GroupDirectory directory;

	private final Areas areas;

	private final GroupKindAdministration kindAdministration;

	GroupFormSupport(GroupDirectory directory, Areas areas, GroupKindAdministration kindAdministration) {
		this.directory = directory;
		this.areas = areas;
		this.kindAdministration = kindAdministration;
	}

	void addChoices(Model model) {
		model.addAttribute("kinds", directory.kinds());
		model.addAttribute("activityFields", ActivityField.ALL);
		List<AreaView> all = areas.all();
		model.addAttribute("areas", all);
		model.addAttribute("visibilities", List.of(Visibility.values()));
		model.addAttribute("legalForms", LegalForm.ALL);
		model.addAttribute("offerKinds", Exchange.OFFERS);
		model.addAttribute("seekKinds", Exchange.SEEKS);
		model.addAttribute("daysOfWeek", List.of(java.time.DayOfWeek.values()));
		// Retired kinds and areas still name existing groups, but the forms no longer offer them.
		model.addAttribute("retiredKinds", kindAdministration.retiredCodes());
		model.addAttribute("retiredAreas", areas.retiredCodes());
	}
}
