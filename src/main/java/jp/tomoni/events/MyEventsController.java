package jp.tomoni.events;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jp.tomoni.areas.Areas;
import jp.tomoni.groups.GroupDirectory;
import jp.tomoni.groups.GroupProfile;
import jp.tomoni.groups.GroupSummary;
import jp.tomoni.shared.ActivityField;
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
 * Organisers publish, change and cancel events: group administrators for their groups, staff for anyone. Another
 * person's event answers 404 (object-level check in {@link EventManagement}).
 */
@Controller
@PreAuthorize("hasAnyRole('GROUP_ADMIN','COORDINATOR','CITY_STAFF','ADMIN')")
class MyEventsController {

	private final EventManagement management;

	private final Events events;

	private final EventSettings settings;

	private final GroupDirectory groups;

	private final Areas areas;

	private final EventPages pages;

	MyEventsController(EventManagement management, Events events, EventSettings settings, GroupDirectory groups,
			Areas areas, EventPages pages) {
		this.management = management;
		this.events = events;
		this.settings = settings;
		this.groups = groups;
		this.areas = areas;
		this.pages = pages;
	}

	@GetMapping("/account/events")
	String mine(Model model, Locale locale) {
		model.addAttribute("events", management.managedBy(Actors.required().accountId()));
		model.addAttribute("categoryLabels", pages.categoryLabels(locale));
		return "events/mine";
	}

	@GetMapping("/account/events/new")
	String newForm(Model model) {
		EventForm form = EventForm.empty();
		List<GroupSummary> own = groups.groupsOf(Actors.required().accountId());
		if (!Actors.required().staff() && own.size() == 1) {
			form = withOrganiser(form, own.getFirst().id());
		}
		model.addAttribute("eventForm", form);
		addChoices(model);
		return "events/form";
	}

	@PostMapping("/account/events/new")
	String create(@Valid @ModelAttribute("eventForm") EventForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				long id = management.create(Actors.required(), form.toCommand());
				redirect.addFlashAttribute("created", true);
				redirect.addFlashAttribute("createdId", id);
				return "redirect:/account/events";
			}
			catch (EventRuleViolation violation) {
				violation.rejectIn(result);
			}
		}
		addChoices(model);
		return "events/form";
	}

	@GetMapping("/account/events/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		model.addAttribute("eventForm", EventForm.of(management.editable(Actors.required(), id)));
		addEvent(model, id);
		addChoices(model);
		return "events/form";
	}

	@PostMapping("/account/events/{id}/edit")
	String change(@PathVariable long id, @Valid @ModelAttribute("eventForm") EventForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		management.editable(Actors.required(), id);
		if (!result.hasErrors()) {
			try {
				management.change(Actors.required(), id, form.toCommand());
				redirect.addFlashAttribute("saved", true);
				return "redirect:/account/events";
			}
			catch (EventRuleViolation violation) {
				violation.rejectIn(result);
			}
		}
		addEvent(model, id);
		addChoices(model);
		return "events/form";
	}

	@GetMapping("/account/events/{id}/cancel")
	String cancelForm(@PathVariable long id, Model model) {
		addEvent(model, id);
		if (!model.containsAttribute("reason")) {
			model.addAttribute("reason", "");
		}
		return "events/cancel";
	}

	@PostMapping("/account/events/{id}/cancel")
	String cancel(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
			@RequestParam(required = false) Long dateId, Model model, RedirectAttributes redirect) {
		try {
			if (dateId == null) {
				management.cancel(Actors.required(), id, reason);
			}
			else {
				management.cancelDate(Actors.required(), id, dateId, reason);
			}
		}
		catch (EventRuleViolation violation) {
			model.addAttribute("reasonError", violation.code());
			model.addAttribute("reason", reason);
			model.addAttribute("dateId", dateId);
			return cancelForm(id, model);
		}
		redirect.addFlashAttribute("cancelled", true);
		return "redirect:/account/events";
	}

	private void addEvent(Model model, long id) {
		model.addAttribute("eventId", id);
		model.addAttribute("event", management.managedDetails(Actors.required(), id));
	}

	private void addChoices(Model model) {
		EventActor actor = Actors.required();
		model.addAttribute("categories", events.activeCategories());
		model.addAttribute("activityFields", ActivityField.ALL);
		model.addAttribute("areas", areas.all());
		model.addAttribute("modes", AttendanceMode.values());
		List<GroupSummary> publicGroups = groups.publicProfiles().stream().map(GroupProfile::summary).toList();
		model.addAttribute("organiserGroups", actor.staff() ? publicGroups : groups.groupsOf(actor.accountId())
			.stream()
			.filter(g -> g.status() == jp.tomoni.groups.GroupStatus.APPROVED)
			.toList());
		model.addAttribute("allGroups", publicGroups);
		model.addAttribute("staff", actor.staff());
		model.addAttribute("needsReview", !actor.staff() && settings.groupEventsNeedReview());
	}

	private static EventForm withOrganiser(EventForm f, long groupId) {
		return new EventForm(f.name(), f.nameKana(), f.summary(), f.description(), f.categoryCode(), f.fieldCodes(),
				f.areaCode(), f.targetAudience(), f.fee(), f.free(), f.capacity(), f.attendanceMode(), f.onlineUrl(),
				f.placeName(), f.postalCode(), f.address(), f.latitude(), f.longitude(), groupId, f.organiserName(),
				f.coOrganiserGroupIds(), f.coOrganisersText(), f.contactName(), f.contactPhone(), f.contactEmail(),
				f.url(), f.applicationMethod(), f.applicationDeadline(), f.takesRegistrations(), f.startDate(),
				f.endDate(), f.startTime(), f.endTime(), f.repeat(), f.everyWeeks(), f.ordinal(), f.until(),
				f.extraDates());
	}
}
