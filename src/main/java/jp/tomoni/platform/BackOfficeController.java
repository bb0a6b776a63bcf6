package jp.tomoni.platform;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The back office's start page: the staff roles' own menu. */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR','CITY_STAFF','REVIEWER','ADMIN')")
class BackOfficeController {

	@GetMapping("/backoffice")
	String dashboard() {
		return "backoffice/index";
	}
}
