package jp.tomoni.places;

import jp.tomoni.shared.MasterListController;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** Administrators keep the kinds of place (master data): {@code /admin/place-kinds}. */
@Controller
@RequestMapping("/admin/place-kinds")
@PreAuthorize("hasRole('ADMIN')")
class PlaceKindAdminController extends MasterListController {

	PlaceKindAdminController(PlaceKindAdministration kinds, MessageSource messages) {
		super(kinds, "/admin/place-kinds", "placeKind", messages);
	}
}
