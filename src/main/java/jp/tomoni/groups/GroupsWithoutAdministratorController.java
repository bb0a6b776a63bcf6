package jp.tomoni.groups;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Coordinators see the groups left without administrator (管理者不在) and can look after their members. */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR','CITY_STAFF','ADMIN')")
class GroupsWithoutAdministratorController {

	private final GroupMembers members;

	GroupsWithoutAdministratorController(GroupMembers members) {
		this.members = members;
	}

	@GetMapping("/backoffice/groups/without-administrator")
	String list(Model model) {
		model.addAttribute("groups", members.withoutAdministrator());
		return "groups/without-administrator";
	}
}
