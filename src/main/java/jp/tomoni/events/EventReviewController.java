package jp.tomoni.events;

import java.util.Locale;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Coordinators check groups' events (publish, or return with a reason) and staff set whether they must. */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR','CITY_STAFF','ADMIN')")
class EventReviewController {

	private final EventManagement management;

	private final EventSettings settings;

	private final EventPages pages;

	EventReviewController(EventManagement management, EventSettings settings, EventPages pages) {
		this.management = management;
		this.settings = settings;
		this.pages = pages;
	}

	@GetMapping("/backoffice/events")
	String queue(Model model, Locale locale) {
		model.addAttribute("events", management.pendingReview());
		model.addAttribute("categoryLabels", pages.categoryLabels(locale));
		model.addAttribute("needsReview", settings.groupEventsNeedReview());
		return "events/review-queue";
	}

	@GetMapping("/backoffice/events/{id}")
	String review(@PathVariable long id, Model model, Locale locale) {
		EventDetails details = management.managedDetails(Actors.required(), id);
		model.addAttribute("event", details);
		model.addAttribute("categoryLabel", pages.categoryLabels(locale).get(details.summary().categoryCode()));
		model.addAttribute("organiserName", pages.organiserName(details.summary()).orElse(null));
		if (!model.containsAttribute("reason")) {
			model.addAttribute("reason", "");
		}
		return "events/review";
	}

	@PostMapping("/backoffice/events/{id}/approve")
	String approve(@PathVariable long id, RedirectAttributes redirect) {
		management.approve(id);
		redirect.addFlashAttribute("approved", true);
		return "redirect:/backoffice/events";
	}

	@PostMapping("/backoffice/events/{id}/return")
	String returnToOrganiser(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Model model,
			Locale locale, RedirectAttributes redirect) {
		try {
			management.returnToOrganiser(id, reason);
		}
		catch (EventRuleViolation violation) {
			model.addAttribute("reasonError", violation.code());
			model.addAttribute("reason", reason);
			return review(id, model, locale);
		}
		redirect.addFlashAttribute("returned", true);
		return "redirect:/backoffice/events";
	}

	@GetMapping("/backoffice/events/settings")
	String settingsPage(Model model) {
		model.addAttribute("needsReview", settings.groupEventsNeedReview());
		return "events/settings";
	}

	@PostMapping("/backoffice/events/settings")
	String changeSettings(@RequestParam(required = false) Boolean needsReview, RedirectAttributes redirect) {
		// Optional so that a refused role gets its 403 before the parameter is read; nothing chosen changes nothing.
		if (needsReview != null) {
			settings.changeGroupEventsNeedReview(needsReview);
			redirect.addFlashAttribute("saved", true);
		}
		return "redirect:/backoffice/events/settings";
	}
}
