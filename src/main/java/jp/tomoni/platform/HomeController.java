package jp.tomoni.platform;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public home page and the site's fixed pages. */
@Controller
@PreAuthorize("permitAll()")
class HomeController {

	@GetMapping("/")
	String home() {
		return "home/index";
	}

	@GetMapping("/privacy")
	String privacy() {
		return "home/privacy";
	}

	@GetMapping("/accessibility")
	String accessibility() {
		return "home/accessibility";
	}
}
