package jp.tomoni.newsletter;

import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;

import jp.tomoni.areas.AreaView;
import jp.tomoni.areas.Areas;
import jp.tomoni.shared.ActivityField;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Coordinators, city staff and administrators see how many subscribe (never who), preview this week's digest and
 * send it at once. Nobody sees subscribers' addresses here; an administrator sees the mails in the outbox.
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'CITY_STAFF', 'ADMIN')")
class NewsletterBackOfficeController {

	private final Newsletter newsletter;

	private final Areas areas;

	private final Clock clock;

	NewsletterBackOfficeController(Newsletter newsletter, Areas areas, Clock clock) {
		this.newsletter = newsletter;
		this.areas = areas;
		this.clock = clock;
	}

	@GetMapping("/backoffice/newsletter")
	String overview(Model model) {
		model.addAttribute("counts", newsletter.counts());
		model.addAttribute("runs", newsletter.runs());
		model.addAttribute("activityFields", ActivityField.ALL);
		model.addAttribute("areaNames", areaNames());
		return "newsletter/backoffice";
	}

	@GetMapping("/backoffice/newsletter/preview")
	String preview(Model model) {
		model.addAttribute("preview", newsletter.preview(clock.instant()));
		return "newsletter/preview";
	}

	@PostMapping("/backoffice/newsletter/send")
	String send(RedirectAttributes redirect) {
		Newsletter.DigestRunView run = newsletter.sendDigest(clock.instant(), "STAFF");
		redirect.addFlashAttribute("sent", run);
		return "redirect:/backoffice/newsletter";
	}

	private Map<String, String> areaNames() {
		return areas.all().stream().collect(Collectors.toMap(AreaView::code, AreaView::name));
	}
}
