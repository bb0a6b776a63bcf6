package jp.tomoni.registrations;

import jakarta.validation.Valid;
import jp.tomoni.events.EventSummary;
import jp.tomoni.events.Events;
import jp.tomoni.shared.SignedInPerson;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A signed-in resident registers for a date of an event, sees their registrations ({@code /account/registrations})
 * and cancels one. Anyone signed in may register; the object-level checks are the facade's.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class RegistrationController {

	private final EventRegistrations registrations;

	private final Events events;

	RegistrationController(EventRegistrations registrations, Events events) {
		this.registrations = registrations;
		this.events = events;
	}

	@GetMapping("/events/{eventId}/dates/{dateId}/register")
	String form(@AuthenticationPrincipal SignedInPerson person, @PathVariable long eventId, @PathVariable long dateId,
			Model model) {
		if (!model.containsAttribute("registrationForm")) {
			model.addAttribute("registrationForm", RegistrationForm.empty());
		}
		EventAvailability availability = registrations.availability(eventId, person.accountId(), CurrentPerson.isStaff())
			.filter(EventAvailability::takesRegistrations)
			.orElseThrow(() -> new RegistrationNotFound("event " + eventId));
		DateAvailability date = availability.dates()
			.stream()
			.filter(d -> d.dateId() == dateId)
			.findFirst()
			.orElseThrow(() -> new RegistrationNotFound("date " + dateId));
		EventSummary event = events.find(eventId).orElseThrow(() -> new RegistrationNotFound("event " + eventId));
		model.addAttribute("event", event);
		model.addAttribute("date", date);
		model.addAttribute("maxPeople", RegistrationRules.MAX_PEOPLE);
		return "registrations/form";
	}

	@PostMapping("/events/{eventId}/dates/{dateId}/register")
	String register(@AuthenticationPrincipal SignedInPerson person, @PathVariable long eventId,
			@PathVariable long dateId, @Valid @ModelAttribute("registrationForm") RegistrationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				events.occurrence(dateId)
					.filter(date -> date.eventId() == eventId)
					.orElseThrow(() -> new RegistrationNotFound("date " + dateId));
				RegistrationOutcome outcome = registrations.register(person.accountId(), dateId, form.toCommand());
				redirect.addFlashAttribute("outcome", outcome);
				return "redirect:/account/registrations";
			}
			catch (RegistrationRuleViolation violation) {
				violation.rejectIn(result);
			}
		}
		return form(person, eventId, dateId, model);
	}

	@GetMapping("/account/registrations")
	String mine(@AuthenticationPrincipal SignedInPerson person, Model model) {
		model.addAttribute("registrations", registrations.mine(person.accountId()));
		return "registrations/mine";
	}

	@PostMapping("/account/registrations/{id}/cancel")
	String cancel(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, RedirectAttributes redirect) {
		try {
			registrations.cancel(person.accountId(), id);
			redirect.addFlashAttribute("notice", "registration.cancelled");
		}
		catch (RegistrationRuleViolation violation) {
			redirect.addFlashAttribute("refusal", violation.code());
		}
		return "redirect:/account/registrations";
	}
}
