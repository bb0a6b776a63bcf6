package jp.tomoni.events;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jp.tomoni.areas.Areas;
import jp.tomoni.audit.AuditLog;
import jp.tomoni.audit.AuditRecord;
import jp.tomoni.groups.GroupDirectory;
import jp.tomoni.groups.GroupMembers;
import jp.tomoni.groups.GroupNotFound;
import jp.tomoni.groups.GroupStatus;
import jp.tomoni.groups.Viewer;
import jp.tomoni.municipality.Municipalities;
import jp.tomoni.places.PlaceSummary;
import jp.tomoni.places.Places;
import jp.tomoni.shared.JapaneseText;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing events: group administrators for their groups, staff for anyone; a coordinator's check when the
 * setting asks for one (docs/decisions/0033); changes, cancellations, and imports. Rule violations are
 * {@link EventRuleViolation}s with a message code; an event the actor may not manage is {@link EventNotFound}.
 */
@Service
public class EventManagement {

	private final EventRepository events;

	private final EventCategoryRepository categories;

	private final EventSettings settings;

	private final GroupMembers groupMembers;

	private final GroupDirectory groups;

	private final Areas areas;

	private final Municipalities municipalities;

	private final AuditLog auditLog;

	private final EventMails mails;

	private final ApplicationEventPublisher publisher;

	private final Places places;

	private final List<DateRegistrations> registrations;

	private final Clock clock;

	EventManagement(EventRepository events, EventCategoryRepository categories, EventSettings settings,
			GroupMembers groupMembers, GroupDirectory groups, Areas areas, Municipalities municipalities,
			AuditLog auditLog, EventMails mails, ApplicationEventPublisher publisher, Places places,
			List<DateRegistrations> registrations, Clock clock) {
		this.events = events;
		this.categories = categories;
		this.settings = settings;
		this.groupMembers = groupMembers;
		this.groups = groups;
		this.areas = areas;
		this.municipalities = municipalities;
		this.auditLog = auditLog;
		this.mails = mails;
		this.publisher = publisher;
		this.places = places;
		this.registrations = List.copyOf(registrations);
		this.clock = clock;
	}

	/**
	 * An organiser enters an event and asks for it to be public: staff's events and, when the setting does not ask
	 * for a check, groups' events are public at once; otherwise it waits for a coordinator.
	 *
	 * @return the new event's id
	 */
	@Transactional
	public long create(EventActor actor, EventCommand input) {
		EventCommand command = checked(actor, atPlace(input, null), Set.of(), true, null);
		Event event = events.save(Event.create(code(), actor.accountId(), command, clock.instant()));
		publishOrSubmit(actor, event);
		if (actor.staff()) {
			auditLog.record(new AuditRecord("event.created", "event", Long.toString(event.id())));
		}
		return event.id();
	}

	/**
	 * The organiser changes an event; a returned event is submitted again. Kept dates may lie in the past. A date
	 * that people registered for is never removed by a change: the change is refused naming the date and the number
	 * of people, and the organiser cancels that date instead, which mails them (docs/decisions/0048).
	 */
	@Transactional
	public void change(EventActor actor, long eventId, EventCommand input) {
		Event event = managed(actor, eventId);
		Set<LocalDate> kept = event.dates().stream().map(EventDate::date).collect(Collectors.toSet());
		EventCommand command = checked(actor, atPlace(input, event.toSummary().placeId()), kept, true,
				event.organiserGroupId());
		refuseRemovingRegisteredDates(event, command.dates());
		event.change(command, clock.instant());
		if (event.status() == EventStatus.RETURNED || event.status() == EventStatus.DRAFT) {
			publishOrSubmit(actor, event);
		}
		if (actor.staff()) {
			auditLog.record(new AuditRecord("event.changed", "event", Long.toString(eventId)));
		}
	}

	/** What the organiser edits. */
	@Transactional(readOnly = true)
	public EventCommand editable(EventActor actor, long eventId) {
		return managed(actor, eventId).toCommand();
	}

	/** The event with its review note, for its organiser and staff. */
	@Transactional(readOnly = true)
	public EventDetails managedDetails(EventActor actor, long eventId) {
		return managed(actor, eventId).toDetails();
	}

	/** The events this person entered or may manage for their groups (not cancelled), newest change first. */
	@Transactional(readOnly = true)
	public List<EventSummary> managedBy(long accountId) {
		Set<Long> own = administeredGroups(accountId);
		return events.findManagedBy(code(), accountId, own.isEmpty() ? Set.of(-1L) : own)
			.stream()
			.map(Event::toSummary)
			.toList();
	}

	/** Whether this person may manage the event (its organiser's administrators, who entered it, staff). */
	@Transactional(readOnly = true)
	public boolean mayManage(EventActor actor, long eventId) {
		return events.findById(eventId).filter(e -> e.municipalityCode().equals(code())).filter(e -> may(actor, e))
			.isPresent();
	}

	/** Group events waiting for a coordinator's check, oldest first. */
	@Transactional(readOnly = true)
	public List<EventSummary> pendingReview() {
		return events.findByMunicipalityCodeAndStatusOrderBySubmittedAtAsc(code(), EventStatus.PENDING_REVIEW)
			.stream()
			.map(Event::toSummary)
			.toList();
	}

	/** A coordinator publishes an event waiting for review; the person who entered it is told. */
	@Transactional
	public void approve(long eventId) {
		Event event = any(eventId);
		if (event.status() != EventStatus.PENDING_REVIEW) {
			throw new EventRuleViolation("status", "event.review.notPending");
		}
		publish(event);
		auditLog.record(new AuditRecord("event.published", "event", Long.toString(eventId)));
		mails.published(event.createdBy(), event.name(), eventId);
	}

	/** A coordinator returns an event waiting for review with a reason the organiser reads (and is mailed). */
	@Transactional
	public void returnToOrganiser(long eventId, String reason) {
		String text = reason(reason);
		Event event = any(eventId);
		event.returnToOrganiser(text, clock.instant());
		auditLog.record(new AuditRecord("event.returned", "event", Long.toString(eventId)));
		mails.returned(event.createdBy(), event.name(), text, eventId);
	}

	/** 中止 of the whole event with a reason shown on its page. */
	@Transactional
	public void cancel(EventActor actor, long eventId, String reason) {
		String text = reason(reason);
		Event event = managed(actor, eventId);
		boolean wasPublic = event.status() == EventStatus.PUBLISHED;
		event.cancel(text, clock.instant());
		if (actor.staff()) {
			auditLog.record(new AuditRecord("event.cancelled", "event", Long.toString(eventId)));
		}
		if (wasPublic) {
			publisher.publishEvent(new EventCancelled(eventId, null, event.name(), text));
		}
	}

	/** 中止 of one date with a reason. */
	@Transactional
	public void cancelDate(EventActor actor, long eventId, long dateId, String reason) {
		String text = reason(reason);
		Event event = managed(actor, eventId);
		if (event.status() == EventStatus.CANCELLED) {
			throw new EventRuleViolation("status", "event.cancelled.noChange");
		}
		event.cancelDate(dateId, text, clock.instant());
		if (actor.staff()) {
			auditLog.record(new AuditRecord("event.date-cancelled", "event", eventId + "/" + dateId));
		}
		if (event.status() == EventStatus.PUBLISHED) {
			publisher.publishEvent(new EventCancelled(eventId, dateId, event.name(), text));
		}
	}

	/**
	 * An import's event: created and published when its (source, sourceKey) is new, updated when its content hash
	 * changed, left alone otherwise. Dates in the past are accepted; the organiser is a name (or a group id the
	 * importer matched).
	 *
	 * @param source the import source id (not {@code TOMONI})
	 * @param sourceKey the event's key in that source
	 * @param contentHash a hash of the imported content
	 */
	@Transactional
	public ImportOutcome importEvent(String source, String sourceKey, String contentHash, EventCommand input) {
		if (Event.TOMONI.equals(source)) {
			throw new EventRuleViolation("source", "event.import.source");
		}
		EventCommand command = checkedMasterData(input);
		EventRules.check(command, today(), Set.of(), false);
		var existing = events.findBySourceAndSourceKey(source, sourceKey);
		if (existing.isPresent()) {
			Event event = existing.get();
			if (contentHash.equals(event.contentHash())) {
				return ImportOutcome.UNCHANGED;
			}
			event.reimport(contentHash, command, clock.instant());
			return ImportOutcome.UPDATED;
		}
		createImported(source, sourceKey, contentHash, command);
		return ImportOutcome.CREATED;
	}

	/**
	 * An import's event that the import knows is not stored yet (it read the stored keys of its sources at once):
	 * no lookup, which would also flush the session before each event (decision 0047). The id comes from the
	 * sequence at once and the row, already published, is inserted at the next flush, in a batch.
	 */
	@Transactional
	ImportOutcome importNewEvent(String source, String sourceKey, String contentHash, EventCommand input) {
		if (Event.TOMONI.equals(source)) {
			throw new EventRuleViolation("source", "event.import.source");
		}
		EventCommand command = checkedMasterData(input);
		EventRules.check(command, today(), Set.of(), false);
		createImported(source, sourceKey, contentHash, command);
		return ImportOutcome.CREATED;
	}

	/**
	 * A chosen place gives the venue's name, postal code, address and coordinates (a snapshot: the event reads the
	 * same if the place changes later). An unknown or hidden place is refused, except the one the event already has,
	 * whose snapshot is kept. An online-only event has no place.
	 */
	private EventCommand atPlace(EventCommand c, @Nullable Long currentPlaceId) {
		if (c.placeId() == null) {
			return c;
		}
		if (c.attendanceMode() != null && !c.attendanceMode().hasPlace()) {
			return withPlace(c, null, c.placeName(), c.postalCode(), c.address(), c.latitude(), c.longitude());
		}
		PlaceSummary place = places.find(c.placeId()).orElse(null);
		if (place == null) {
			if (c.placeId().equals(currentPlaceId)) {
				return c;
			}
			throw new EventRuleViolation("placeId", "event.place.unknown");
		}
		return withPlace(c, place.id(), place.name(), place.postalCode(), place.address(), place.latitude(),
				place.longitude());
	}

	private static EventCommand withPlace(EventCommand c, @Nullable Long placeId, @Nullable String name,
			@Nullable String postalCode, @Nullable String address, java.math.@Nullable BigDecimal latitude,
			java.math.@Nullable BigDecimal longitude) {
		return new EventCommand(c.name(), c.nameKana(), c.summary(), c.description(), c.categoryCode(), c.fieldCodes(),
				c.areaCode(), c.targetAudience(), c.fee(), c.free(), c.capacity(), c.attendanceMode(), c.onlineUrl(),
				placeId, name, postalCode, address, latitude, longitude, c.organiserGroupId(), c.organiserName(),
				c.coOrganiserGroupIds(), c.coOrganisersText(), c.contactName(), c.contactPhone(), c.contactEmail(),
				c.url(), c.applicationMethod(), c.applicationDeadline(), c.takesRegistrations(), c.dates());
	}

	/** Refuses a change that would remove a date holding registrations, naming the first such date and its count. */
	private void refuseRemovingRegisteredDates(Event event, List<EventDateCommand> wanted) {
		List<EventDate> removed = event.datesRemovedBy(wanted);
		if (removed.isEmpty() || registrations.isEmpty()) {
			return;
		}
		List<Long> ids = removed.stream().map(EventDate::id).toList();
		java.util.Map<Long, Long> held = new java.util.HashMap<>();
		registrations.forEach(r -> r.heldOn(ids).forEach((id, n) -> held.merge(id, n, Long::sum)));
		for (EventDate date : removed) {
			long count = held.getOrDefault(date.id(), 0L);
			if (count > 0) {
				String when = date.date() + (date.startTime() == null ? "" : " " + date.startTime());
				throw new EventRuleViolation("dates", "event.dates.removedWithRegistrations", when, count);
			}
		}
	}

	private void publishOrSubmit(EventActor actor, Event event) {
		if (actor.staff() || !settings.groupEventsNeedReview()) {
			publish(event);
		}
		else {
			event.submit(clock.instant());
		}
	}

	private void publish(Event event) {
		if (event.publish(clock.instant())) {
			announcePublished(event);
		}
	}

	private void announcePublished(Event event) {
		LocalDate first = event.dates().isEmpty() ? today() : event.dates().getFirst().date();
		publisher.publishEvent(new EventPublished(event.id(), event.name(), event.categoryCode(),
				event.organiserGroupId(), event.toSummary().placeId(), first));
	}

	/**
	 * An imported event, published before it is persisted: Hibernate keeps the state it persisted for the insert,
	 * so publishing afterwards would add an UPDATE of every new row.
	 */
	private void createImported(String source, String sourceKey, String contentHash, EventCommand command) {
		Event event = Event.imported(code(), source, sourceKey, contentHash, command, clock.instant());
		event.publish(clock.instant());
		events.save(event);
		announcePublished(event);
	}

	/**
	 * @param currentOrganiser the organiser the event has now: a group administrator may keep it even if it is not
	 *        theirs (a co-administrator's event), never choose another group's
	 */
	private EventCommand checked(EventActor actor, EventCommand input, Set<LocalDate> kept, boolean refusePast,
			Long currentOrganiser) {
		EventCommand command = checkedMasterData(input);
		if (!actor.staff()) {
			if (command.organiserGroupId() == null) {
				throw new EventRuleViolation("organiserGroupId", "event.organiser.groupRequired");
			}
			if (!command.organiserGroupId().equals(currentOrganiser)
					&& !groupMembers.administers(actor.accountId(), command.organiserGroupId())) {
				throw new EventRuleViolation("organiserGroupId", "event.organiser.notYours");
			}
		}
		if (command.organiserGroupId() != null) {
			publicGroup("organiserGroupId", command.organiserGroupId());
		}
		for (Long coOrganiser : command.coOrganiserGroupIds()) {
			if (coOrganiser.equals(command.organiserGroupId())) {
				throw new EventRuleViolation("coOrganiserGroupIds", "event.coOrganisers.sameAsOrganiser");
			}
			publicGroup("coOrganiserGroupIds", coOrganiser);
		}
		EventRules.check(command, today(), kept, refusePast);
		return command;
	}

	private EventCommand checkedMasterData(EventCommand command) {
		var category = categories.findById(command.categoryCode() == null ? "" : command.categoryCode());
		if (category.isEmpty() || category.get().retired()) {
			throw new EventRuleViolation("categoryCode", "event.category.unknown");
		}
		if (command.areaCode() != null && !areas.unknown(Set.of(command.areaCode())).isEmpty()) {
			throw new EventRuleViolation("areaCode", "event.area.unknown");
		}
		if (command.nameKana() != null) {
			String kana = JapaneseText.toKatakana(command.nameKana().strip());
			return withKana(command, kana.isEmpty() ? null : kana);
		}
		return command;
	}

	private static EventCommand withKana(EventCommand c, String kana) {
		return new EventCommand(c.name(), kana, c.summary(), c.description(), c.categoryCode(), c.fieldCodes(),
				c.areaCode(), c.targetAudience(), c.fee(), c.free(), c.capacity(), c.attendanceMode(), c.onlineUrl(),
				c.placeId(), c.placeName(), c.postalCode(), c.address(), c.latitude(), c.longitude(),
				c.organiserGroupId(), c.organiserName(), c.coOrganiserGroupIds(), c.coOrganisersText(), c.contactName(),
				c.contactPhone(), c.contactEmail(), c.url(), c.applicationMethod(), c.applicationDeadline(),
				c.takesRegistrations(), c.dates());
	}

	private void publicGroup(String field, long groupId) {
		try {
			if (groups.profile(groupId, Viewer.ANONYMOUS).summary().status() != GroupStatus.APPROVED) {
				throw new EventRuleViolation(field, "event.group.unknown");
			}
		}
		catch (GroupNotFound notFound) {
			throw new EventRuleViolation(field, "event.group.unknown");
		}
	}

	private Event managed(EventActor actor, long eventId) {
		return events.findById(eventId)
			.filter(e -> e.municipalityCode().equals(code()))
			.filter(e -> may(actor, e))
			.orElseThrow(() -> new EventNotFound(eventId));
	}

	private boolean may(EventActor actor, Event event) {
		return actor.staff() || (event.createdBy() != null && event.createdBy() == actor.accountId())
				|| (event.organiserGroupId() != null
						&& groupMembers.administers(actor.accountId(), event.organiserGroupId()));
	}

	private Set<Long> administeredGroups(long accountId) {
		return groups.groupsOf(accountId).stream().map(g -> g.id()).collect(Collectors.toSet());
	}

	private Event any(long eventId) {
		return events.findById(eventId)
			.filter(e -> e.municipalityCode().equals(code()))
			.orElseThrow(() -> new EventNotFound(eventId));
	}

	private static String reason(String reason) {
		String text = reason == null ? "" : reason.strip();
		if (text.isEmpty()) {
			throw new EventRuleViolation("reason", "event.reason.required");
		}
		if (text.length() > 1000) {
			throw new EventRuleViolation("reason", "event.field.tooLong", 1000);
		}
		return text;
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Tokyo")));
	}

	private String code() {
		return municipalities.current().code();
	}
}
