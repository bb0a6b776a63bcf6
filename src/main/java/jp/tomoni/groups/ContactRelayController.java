package jp.tomoni.groups;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The contact form of a public group: anyone may write (visitors included), limited per client address and per
 * group, with a honeypot against robots (docs/decisions/0022). The group's address is never shown.
 */
@Controller
@PreAuthorize("permitAll()")
class ContactRelayController {

	private final GroupContactRelay relay;

	private final GroupDirectory directory;

	private final ContactThrottle throttle;

	ContactRelayController(GroupContactRelay relay, GroupDirectory directory, ContactThrottle throttle) {
		this.relay = relay;
		this.directory = directory;
		this.throttle = throttle;
	}

	@GetMapping("/groups/{id}/contact")
	String form(@PathVariable long id, Model model) {
		model.addAttribute("form", ContactForm.empty());
		return page(id, model);
	}

	@PostMapping("/groups/{id}/contact")
	String send(@PathVariable long id, @Valid @ModelAttribute("form") ContactForm form, BindingResult result,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		page(id, model);
		if (form.isFromRobot()) {
			relay.dropped(id);
			return "redirect:/groups/" + id + "/contact/sent";
		}
		if (result.hasErrors()) {
			return "groups/contact";
		}
		if (!throttle.tryAcquire(request.getRemoteAddr(), id)) {
			relay.throttled(id);
			result.reject("group.contact.throttled");
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			return "groups/contact";
		}
		relay.relay(id, form);
		return "redirect:/groups/" + id + "/contact/sent";
	}

	@GetMapping("/groups/{id}/contact/sent")
	String sent(@PathVariable long id, Model model) {
		model.addAttribute("profile", directory.profile(id, Viewer.ANONYMOUS));
		return "groups/contact-sent";
	}

	/** The group must be public and have a contact address; otherwise there is no form (404). */
	private String page(long id, Model model) {
		GroupProfile profile = directory.profile(id, Viewer.ANONYMOUS);
		if (!relay.available(id)) {
			throw new GroupNotFound(id);
		}
		model.addAttribute("profile", profile);
		return "groups/contact";
	}
}
