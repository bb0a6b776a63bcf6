package jp.tomoni.volunteering;

import java.math.BigDecimal;
import java.util.Locale;

import jakarta.validation.Valid;
import jp.tomoni.areas.Areas;
import jp.tomoni.shared.ActivityField;
import jp.tomoni.volunteering.Views.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organisers' side: a group's administrators post opportunities for their group, coordinators and city staff
 * for anyone (also for the city or a support centre); they publish or close them, see who signed up for each shift,
 * and once a shift began record attendance and hours. The object-level checks are the facade's (404 for others).
 */
@Controller
@PreAuthorize("hasAnyRole('GROUP_ADMIN','COORDINATOR','CITY_STAFF','ADMIN')")
class OpportunityController {

	private final Volunteering volunteering;

	private final Areas areas;

	private final MessageSource messages;

	OpportunityController(Volunteering volunteering, Areas areas, MessageSource messages) {
		this.volunteering = volunteering;
		this.areas = areas;
		this.messages = messages;
	}

	@GetMapping("/account/volunteering/opportunities")
	String list(Model model) {
		model.addAttribute("opportunities", volunteering.managed(Actors.required()));
		return "volunteering/managed";
	}

	@GetMapping("/account/volunteering/opportunities/new")
	String create(Model model) {
		model.addAttribute("opportunityForm", OpportunityForm.empty());
		return form(model);
	}

	@PostMapping("/account/volunteering/opportunities/new")
	String create(@Valid @ModelAttribute("opportunityForm") OpportunityForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		form.checkIn(result);
		if (result.hasErrors()) {
			return form(model);
		}
		long id;
		try {
			id = volunteering.post(Actors.required(), form.toCommand());
		}
		catch (VolunteeringRuleViolation violation) {
			violation.rejectIn(result);
			return form(model);
		}
		redirect.addFlashAttribute("notice", "volunteering.posted");
		return "redirect:/account/volunteering/opportunities/" + id;
	}

	@GetMapping("/account/volunteering/opportunities/{id}")
	String roster(@PathVariable long id, Model model) {
		model.addAttribute("roster", volunteering.roster(Actors.required(), id));
		return "volunteering/roster";
	}

	@PostMapping("/account/volunteering/opportunities/{id}/publish")
	String publish(@PathVariable long id, RedirectAttributes redirect) {
		volunteering.publish(Actors.required(), id);
		redirect.addFlashAttribute("notice", "volunteering.published");
		return "redirect:/account/volunteering/opportunities/" + id;
	}

	@PostMapping("/account/volunteering/opportunities/{id}/close")
	String close(@PathVariable long id, RedirectAttributes redirect) {
		volunteering.close(Actors.required(), id);
		redirect.addFlashAttribute("notice", "volunteering.closed");
		return "redirect:/account/volunteering/opportunities/" + id;
	}

	/** Attendance of one sign-up: attended with hours (half-hour steps), or absent. */
	@PostMapping("/account/volunteering/signups/{id}/attendance")
	String attendance(@PathVariable long id, @RequestParam long opportunityId,
			@RequestParam(required = false) @Nullable String attendance,
			@RequestParam(required = false) @Nullable String hours, Locale locale, RedirectAttributes redirect) {
		try {
			Attendance value = attendanceOf(attendance);
			volunteering.recordAttendance(Actors.required(), id, value,
					value == Attendance.ATTENDED ? hoursOf(hours) : null);
			redirect.addFlashAttribute("notice", "volunteering.attendance.saved");
		}
		catch (VolunteeringRuleViolation violation) {
			redirect.addFlashAttribute("refusal", messages.getMessage(violation.code(), violation.arguments(), locale));
			redirect.addFlashAttribute("refusedSignUp", id);
		}
		return "redirect:/account/volunteering/opportunities/" + opportunityId;
	}

	private static Attendance attendanceOf(@Nullable String text) {
		try {
			return Attendance.valueOf(text == null ? "" : text.strip());
		}
		catch (IllegalArgumentException unknown) {
			throw new VolunteeringRuleViolation("attendance", "volunteering.attendance.required");
		}
	}

	private static BigDecimal hoursOf(@Nullable String text) {
		if (text == null || text.isBlank()) {
			throw new VolunteeringRuleViolation("hours", "volunteering.hours.required");
		}
		try {
			return new BigDecimal(text.strip());
		}
		catch (NumberFormatException notANumber) {
			throw new VolunteeringRuleViolation("hours", "volunteering.hours.invalid");
		}
	}

	private String form(Model model) {
		Actor actor = Actors.required();
		model.addAttribute("groups", volunteering.groupsOf(actor.accountId()));
		model.addAttribute("staff", actor.staff());
		model.addAttribute("fields", ActivityField.ALL);
		model.addAttribute("areas", areas.all());
		return "volunteering/form";
	}
}
