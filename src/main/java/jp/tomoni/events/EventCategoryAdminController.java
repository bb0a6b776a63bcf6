package jp.tomoni.events;

import jp.tomoni.shared.MasterListController;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** Administrators keep the categories of event (master data): {@code /admin/event-categories}. */
@Controller
@RequestMapping("/admin/event-categories")
@PreAuthorize("hasRole('ADMIN')")
class EventCategoryAdminController extends MasterListController {

	EventCategoryAdminController(EventCategoryAdministration categories, MessageSource messages) {
		super(categories, "/admin/event-categories", "eventCategory", messages);
	}
}
