package jp.tomoni.newsletter;

import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jp.tomoni.areas.Areas;
import jp.tomoni.shared.ActivityField;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public newsletter pages: subscribe (anyone, no sign-in; limited per client and per address, with a honeypot),
 * confirm, change one's choices and unsubscribe with the link of a mail (docs/decisions/0042). Confirmation and
 * unsubscription happen on a button (POST), never on opening a link, which mail scanners do.
 */
@Controller
@PreAuthorize("permitAll()")
class NewsletterController {

	private final Newsletter newsletter;

	private final Areas areas;

	private final SubscribeThrottle throttle;

	NewsletterController(Newsletter newsletter, Areas areas, SubscribeThrottle throttle) {
		this.newsletter = newsletter;
		this.areas = areas;
		this.throttle = throttle;
	}

	@GetMapping("/newsletter")
	String form(Model model) {
		model.addAttribute("form", SubscribeForm.empty());
		return choices(model, "newsletter/subscribe");
	}

	@PostMapping("/newsletter")
	String subscribe(@Valid @ModelAttribute("form") SubscribeForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		if (form.isFromRobot()) {
			return "redirect:/newsletter/sent";
		}
		checkCodes(form.fields(), form.areas(), result);
		if (result.hasErrors()) {
			return choices(model, "newsletter/subscribe");
		}
		if (!throttle.tryAcquire(request.getRemoteAddr(), form.email())) {
			result.reject("newsletter.throttled");
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			return choices(model, "newsletter/subscribe");
		}
		newsletter.subscribe(form.email(), form.fields(), form.areas(), LocaleContextHolder.getLocale());
		return "redirect:/newsletter/sent";
	}

	@GetMapping("/newsletter/sent")
	String sent() {
		return "newsletter/sent";
	}

	@GetMapping("/newsletter/confirm")
	String confirmPage(@RequestParam(defaultValue = "") String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("usable", !token.isBlank() && newsletter.canConfirm(token));
		return "newsletter/confirm";
	}

	@PostMapping("/newsletter/confirm")
	String confirm(@RequestParam(defaultValue = "") String token, Model model) {
		if (!token.isBlank() && newsletter.confirm(token)) {
			return "redirect:/newsletter/confirmed";
		}
		model.addAttribute("token", token);
		model.addAttribute("usable", false);
		return "newsletter/confirm";
	}

	@GetMapping("/newsletter/confirmed")
	String confirmed() {
		return "newsletter/confirmed";
	}

	@GetMapping("/newsletter/preferences")
	String preferences(@RequestParam(defaultValue = "") String token, Model model) {
		var preferences = token.isBlank() ? java.util.Optional.<Newsletter.Preferences>empty()
				: newsletter.preferences(token);
		model.addAttribute("found", preferences.isPresent());
		model.addAttribute("form", preferences
			.map(p -> new PreferencesForm(token, List.copyOf(p.fieldCodes()), List.copyOf(p.areaCodes())))
			.orElse(new PreferencesForm("", List.of(), List.of())));
		return choices(model, "newsletter/preferences");
	}

	@PostMapping("/newsletter/preferences")
	String changePreferences(@ModelAttribute("form") PreferencesForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		checkCodes(form.fields(), form.areas(), result);
		if (result.hasErrors()) {
			model.addAttribute("found", true);
			return choices(model, "newsletter/preferences");
		}
		if (!newsletter.changePreferences(form.token(), form.fields(), form.areas())) {
			model.addAttribute("found", false);
			return choices(model, "newsletter/preferences");
		}
		redirect.addFlashAttribute("notice", "newsletter.preferences.saved");
		redirect.addAttribute("token", form.token());
		return "redirect:/newsletter/preferences";
	}

	@GetMapping("/newsletter/unsubscribe")
	String unsubscribePage(@RequestParam(defaultValue = "") String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("found", !token.isBlank() && newsletter.preferences(token).isPresent());
		return "newsletter/unsubscribe";
	}

	/**
	 * The button of the page, and RFC 8058 one-click unsubscription: a mail program posts
	 * {@code List-Unsubscribe=One-Click} to the address of the {@code List-Unsubscribe} header (so this path takes
	 * no CSRF token: the unguessable token in the address is the authority). Answers the same whether or not the
	 * subscription still existed.
	 */
	@PostMapping("/newsletter/unsubscribe")
	String unsubscribe(@RequestParam(defaultValue = "") String token) {
		if (!token.isBlank()) {
			newsletter.unsubscribe(token);
		}
		return "newsletter/unsubscribed";
	}

	private void checkCodes(List<String> fields, List<String> areaCodes, BindingResult result) {
		if (fields.stream().anyMatch(code -> !ActivityField.isKnown(code))) {
			result.rejectValue("fieldCodes", "newsletter.fieldCodes.unknown");
		}
		if (!areas.unknown(areaCodes).isEmpty()) {
			result.rejectValue("areaCodes", "newsletter.areaCodes.unknown");
		}
	}

	private String choices(Model model, String view) {
		model.addAttribute("activityFields", ActivityField.ALL);
		Set<String> retired = areas.retiredCodes();
		model.addAttribute("areas", areas.all().stream().filter(a -> !retired.contains(a.code())).toList());
		return view;
	}
}
