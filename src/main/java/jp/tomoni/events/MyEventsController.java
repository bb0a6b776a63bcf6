package jp.tomoni.events;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jp.tomoni.areas.Areas;
import jp.tomoni.groups.GroupDirectory;
import jp.tomoni.groups.GroupProfile;
import jp.tomoni.groups.GroupSummary;
import jp.tomoni.places.PlaceSummary;
import jp.tomoni.places.Places;
import jp.tomoni.shared.ActivityField;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
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

	private final Places places;

	MyEventsController(EventManagement management, Events events, EventSettings settings, GroupDirectory groups,
			Areas areas, EventPages pages, Places places) {
		this.management = management;
		this.events = events;
		this.settings = settings;
		this.groups = groups;
		this.areas = areas;
		this.pages = pages;
		this.places = places;
	}

	/** Places the picker offers at most. */
	static final int PLACE_CHOICES = 10;

	/** One choice of the place picker: a registered place, and whether it is the one chosen now. */
	record PlaceOption(long id, String name, @Nullable String address, boolean chosen) {
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
			@RequestParam(required = false) @Nullable String findPlace, RedirectAttributes redirect) {
		if (findPlace != null) {
			return findPlace(form, model);
		}
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
			Model model, @RequestParam(required = false) @Nullable String findPlace, RedirectAttributes redirect) {
		management.editable(Actors.required(), id);
		if (findPlace != null) {
			addEvent(model, id);
			return findPlace(form, model);
		}
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

	/**
	 * The place picker's search as you type (htmx): the places found by name or reading, the one chosen now, and
	 * the choice of no registered place. Without JavaScript the form's search button does the same ({@link #findPlace}).
	 */
	@GetMapping("/account/events/place-choices")
	String placeChoices(@RequestParam(defaultValue = "") String placeQuery,
			@RequestParam(required = false) @Nullable Long placeId,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		if (htmx == null) {
			return "redirect:/account/events/new";
		}
		String query = placeQuery.strip();
		addPlaceOptions(model, placeId, null, null,
				query.isEmpty() || query.length() > 100 ? null : places.search(query, PLACE_CHOICES));
		return "events/form :: placeChoices";
	}

	/** The picker's search without JavaScript: the form comes back as it was, with the places found; nothing saved. */
	private String findPlace(EventForm form, Model model) {
		BindingResult result = new BeanPropertyBindingResult(form, "eventForm");
		String query = form.placeQuery() == null ? "" : form.placeQuery().strip();
		List<PlaceSummary> found = null;
		if (query.isEmpty()) {
			result.rejectValue("placeQuery", "event.placeQuery.required");
		}
		else if (query.length() > 100) {
			result.rejectValue("placeQuery", "event.field.tooLong", new Object[] { 100 }, null);
		}
		else {
			found = places.search(query, PLACE_CHOICES);
		}
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "eventForm", result);
		addPlaceOptions(model, form.placeId(), form.placeName(), form.address(), found);
		addChoices(model);
		return "events/form";
	}

	/**
	 * @param chosenName the venue the form holds for the chosen place, shown when that place is no longer public
	 * @param found the places found, or {@code null} when nothing was searched
	 */
	private void addPlaceOptions(Model model, @Nullable Long chosenId, @Nullable String chosenName,
			@Nullable String chosenAddress, @Nullable List<PlaceSummary> found) {
		List<PlaceOption> options = new java.util.ArrayList<>();
		if (chosenId != null) {
			places.find(chosenId)
				.map(p -> new PlaceOption(p.id(), p.name(), p.address(), true))
				.or(() -> java.util.Optional.ofNullable(chosenName)
					.map(name -> new PlaceOption(chosenId, name, chosenAddress, true)))
				.ifPresent(options::add);
		}
		if (found != null) {
			found.stream()
				.filter(p -> chosenId == null || p.id() != chosenId)
				.map(p -> new PlaceOption(p.id(), p.name(), p.address(), false))
				.forEach(options::add);
		}
		model.addAttribute("placeOptions", options);
		model.addAttribute("placesFound", found == null ? null : found.size());
		model.addAttribute("placeChosen", options.stream().anyMatch(PlaceOption::chosen));
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
		if (!model.containsAttribute("placeOptions") && model.getAttribute("eventForm") instanceof EventForm form) {
			addPlaceOptions(model, form.placeId(), form.placeName(), form.address(), null);
		}
	}

	private static EventForm withOrganiser(EventForm f, long groupId) {
		return new EventForm(f.name(), f.nameKana(), f.summary(), f.description(), f.categoryCode(), f.fieldCodes(),
				f.areaCode(), f.targetAudience(), f.fee(), f.free(), f.capacity(), f.attendanceMode(), f.onlineUrl(),
				f.placeId(), f.placeQuery(), f.placeName(), f.postalCode(), f.address(), f.latitude(), f.longitude(), groupId, f.organiserName(),
				f.coOrganiserGroupIds(), f.coOrganisersText(), f.contactName(), f.contactPhone(), f.contactEmail(),
				f.url(), f.applicationMethod(), f.applicationDeadline(), f.takesRegistrations(), f.startDate(),
				f.endDate(), f.startTime(), f.endTime(), f.repeat(), f.everyWeeks(), f.ordinal(), f.until(),
				f.extraDates());
	}
}
