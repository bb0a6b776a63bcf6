package jp.tomoni.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Norms;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ScaledNumberField;

/**
 * An event with one or many dates ({@link EventDate}). Not indexed itself: each date is a search document that
 * embeds these fields (docs/decisions/0031), so that a changed event re-indexes its dates.
 * <p>
 * Review: a group's event goes PENDING_REVIEW when the setting asks for a check (docs/decisions/0033), else
 * PUBLISHED; a coordinator publishes or returns it with a note; the organiser's change to a returned event submits
 * it again. Any published or waiting event may be cancelled with a reason.
 */
@Entity(name = "CivicEvent")
@Table(name = "civic_event")
class Event {

	/** The {@code source} of events entered on Tomoni (imports use their source id). */
	static final String TOMONI = "TOMONI";

	/** From a sequence, 50 ids at a time, so that an import's inserts are batched (decision 0047). */
	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "civic_event_seq")
	@SequenceGenerator(name = "civic_event_seq", sequenceName = "civic_event_seq", allocationSize = 50)
	@GenericField(projectable = Projectable.YES)
	private Long id;

	@KeywordField
	@Column(name = "municipality_code", nullable = false, length = 6)
	private String municipalityCode;

	@FullTextField(analyzer = "japanese", projectable = Projectable.YES)
	@FullTextField(name = "nameReading", analyzer = "japanese_reading", norms = Norms.NO)
	@FullTextField(name = "nameNgram", analyzer = "ngram", norms = Norms.NO)
	@Column(nullable = false, length = 200)
	private String name;

	@FullTextField(analyzer = "ngram", projectable = Projectable.YES, norms = Norms.NO)
	@Column(name = "name_kana", length = 400)
	private String nameKana;

	@KeywordField(searchable = Searchable.NO, projectable = Projectable.YES, norms = Norms.NO)
	@Column(length = 1000)
	private String summary;

	@Column(length = 8000)
	private String description;

	@KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
	@Column(name = "category_code", nullable = false, length = 40)
	private String categoryCode;

	@KeywordField(name = "fields", aggregable = Aggregable.YES)
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "civic_event_field", joinColumns = @JoinColumn(name = "event_id"))
	@Column(name = "field_code", length = 2)
	private Set<String> fieldCodes = new HashSet<>();

	@KeywordField(aggregable = Aggregable.YES)
	@Column(name = "area_code", length = 40)
	private String areaCode;

	@FullTextField(name = "target", analyzer = "japanese")
	@FullTextField(name = "targetNgram", analyzer = "ngram", norms = Norms.NO)
	@Column(name = "target_audience", length = 500)
	private String targetAudience;

	@Column(length = 500)
	private String fee;

	@GenericField
	@Column(name = "is_free", nullable = false)
	private boolean free;

	@Column
	private Integer capacity;

	@KeywordField
	@Enumerated(EnumType.STRING)
	@Column(name = "attendance_mode", nullable = false, length = 20)
	private AttendanceMode attendanceMode;

	@Column(name = "online_url", length = 500)
	private String onlineUrl;

	/** A place of the places module; no foreign key (the modules are separate). */
	@GenericField
	@Column(name = "place_id")
	private Long placeId;

	@GenericField(searchable = Searchable.NO, projectable = Projectable.YES)
	@Column(name = "place_name", length = 200)
	private String placeName;

	@Column(name = "postal_code", length = 8)
	private String postalCode;

	@GenericField(searchable = Searchable.NO, projectable = Projectable.YES)
	@Column(length = 500)
	private String address;

	@ScaledNumberField(decimalScale = 6, searchable = Searchable.NO, projectable = Projectable.YES)
	@Column(precision = 9, scale = 6)
	private BigDecimal latitude;

	@ScaledNumberField(decimalScale = 6, searchable = Searchable.NO, projectable = Projectable.YES)
	@Column(precision = 9, scale = 6)
	private BigDecimal longitude;

	@GenericField
	@Column(name = "organiser_group_id")
	private Long organiserGroupId;

	@Column(name = "organiser_name", length = 200)
	private String organiserName;

	@GenericField(name = "coOrganisers")
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "civic_event_co_organiser", joinColumns = @JoinColumn(name = "event_id"))
	@Column(name = "group_id")
	private Set<Long> coOrganiserGroupIds = new HashSet<>();

	@Column(name = "co_organisers_text", length = 1000)
	private String coOrganisersText;

	@Column(name = "contact_name", length = 200)
	private String contactName;

	@Column(name = "contact_phone", length = 30)
	private String contactPhone;

	@Column(name = "contact_email", length = 254)
	private String contactEmail;

	@Column(length = 500)
	private String url;

	@Column(name = "application_method", length = 2000)
	private String applicationMethod;

	@GenericField
	@Column(name = "application_deadline")
	private LocalDateTime applicationDeadline;

	@GenericField
	@Column(name = "takes_registrations", nullable = false)
	private boolean takesRegistrations;

	@KeywordField
	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private EventStatus status;

	@Column(name = "review_note", length = 2000)
	private String reviewNote;

	@Column(name = "cancel_reason", length = 2000)
	private String cancelReason;

	@Column(nullable = false, length = 40)
	private String source = TOMONI;

	@Column(name = "source_key", length = 200)
	private String sourceKey;

	@Column(name = "content_hash", length = 64)
	private String contentHash;

	@Column(name = "created_by")
	private Long createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "published_at")
	private Instant publishedAt;

	@Version
	private long version;

	@OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("date ASC, startTime ASC")
	private List<EventDate> dates = new ArrayList<>();

	protected Event() {
	}

	/**
	 * The event's texts searched as one (summary, description, target, place, organisers): one field per analyser
	 * keeps a query to a few clauses per word; the name has its own fields so that it ranks first.
	 */
	@FullTextField(name = "text", analyzer = "japanese")
	@FullTextField(name = "textReading", analyzer = "japanese_reading", norms = Norms.NO)
	@FullTextField(name = "textNgram", analyzer = "ngram", norms = Norms.NO)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "summary")),
			@ObjectPath(@PropertyValue(propertyName = "description")),
			@ObjectPath(@PropertyValue(propertyName = "targetAudience")),
			@ObjectPath(@PropertyValue(propertyName = "placeName")),
			@ObjectPath(@PropertyValue(propertyName = "address")),
			@ObjectPath(@PropertyValue(propertyName = "organiserName")),
			@ObjectPath(@PropertyValue(propertyName = "coOrganisersText")) })
	String getSearchText() {
		return Stream.of(summary, description, targetAudience, placeName, address, organiserName, coOrganisersText)
			.filter(text -> text != null && !text.isBlank())
			.collect(Collectors.joining("\n"));
	}

	/** Whether one applies beforehand (on Tomoni or by the method given): the filter 申込受付中 adds the deadline. */
	@GenericField(name = "needsApplication")
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "takesRegistrations")),
			@ObjectPath(@PropertyValue(propertyName = "applicationMethod")) })
	boolean getNeedsApplication() {
		return takesRegistrations || (applicationMethod != null && !applicationMethod.isBlank());
	}

	/** A new event entered on Tomoni, as a draft until {@link #submit} or {@link #publish}. */
	static Event create(String municipalityCode, Long createdBy, EventCommand command, Instant now) {
		Event event = new Event();
		event.municipalityCode = municipalityCode;
		event.createdBy = createdBy;
		event.createdAt = now;
		event.status = EventStatus.DRAFT;
		event.apply(command, now);
		return event;
	}

	/** An event read from an import source; its (source, sourceKey) identifies it on the next import. */
	static Event imported(String municipalityCode, String source, String sourceKey, String contentHash,
			EventCommand command, Instant now) {
		Event event = create(municipalityCode, null, command, now);
		event.source = source;
		event.sourceKey = sourceKey;
		event.contentHash = contentHash;
		return event;
	}

	/** The organiser's change; a returned event is thereby submitted again (when it needs review). */
	void change(EventCommand command, Instant now) {
		if (status == EventStatus.CANCELLED) {
			throw new EventRuleViolation("status", "event.cancelled.noChange");
		}
		apply(command, now);
	}

	/** An import's newer content for the same (source, sourceKey). */
	void reimport(String contentHash, EventCommand command, Instant now) {
		apply(command, now);
		this.contentHash = contentHash;
	}

	/** Waits for a coordinator's check. */
	void submit(Instant now) {
		if (status != EventStatus.DRAFT && status != EventStatus.RETURNED) {
			throw new EventRuleViolation("status", "event.review.notSubmittable");
		}
		status = EventStatus.PENDING_REVIEW;
		submittedAt = now;
		updatedAt = now;
	}

	/**
	 * Public from now on: directly (staff, or no review needed) or by a coordinator's check.
	 *
	 * @return whether it became public now (it was not before)
	 */
	boolean publish(Instant now) {
		if (status == EventStatus.PUBLISHED) {
			return false;
		}
		if (status == EventStatus.CANCELLED) {
			throw new EventRuleViolation("status", "event.cancelled.noChange");
		}
		status = EventStatus.PUBLISHED;
		reviewNote = null;
		publishedAt = now;
		updatedAt = now;
		return true;
	}

	void returnToOrganiser(String note, Instant now) {
		if (status != EventStatus.PENDING_REVIEW) {
			throw new EventRuleViolation("status", "event.review.notPending");
		}
		status = EventStatus.RETURNED;
		reviewNote = note;
		updatedAt = now;
	}

	/** 中止 of the whole event, with a reason shown on its page. */
	void cancel(String reason, Instant now) {
		if (status == EventStatus.CANCELLED) {
			throw new EventRuleViolation("status", "event.cancelled.already");
		}
		status = EventStatus.CANCELLED;
		cancelReason = reason;
		updatedAt = now;
	}

	/** 中止 of one date only. */
	EventDate cancelDate(long dateId, String reason, Instant now) {
		EventDate date = dates.stream()
			.filter(d -> Objects.equals(d.id(), dateId))
			.findFirst()
			.orElseThrow(() -> new EventRuleViolation("dateId", "event.date.unknown"));
		date.cancel(reason);
		updatedAt = now;
		return date;
	}

	private void apply(EventCommand command, Instant now) {
		name = command.name();
		nameKana = command.nameKana();
		summary = command.summary();
		description = command.description();
		categoryCode = command.categoryCode();
		fieldCodes.clear();
		fieldCodes.addAll(command.fieldCodes());
		areaCode = command.areaCode();
		targetAudience = command.targetAudience();
		fee = command.fee();
		free = command.free();
		capacity = command.capacity();
		attendanceMode = command.attendanceMode();
		onlineUrl = command.onlineUrl();
		placeId = command.placeId();
		placeName = command.placeName();
		postalCode = command.postalCode();
		address = command.address();
		latitude = command.latitude();
		longitude = command.longitude();
		organiserGroupId = command.organiserGroupId();
		organiserName = command.organiserName();
		coOrganiserGroupIds.clear();
		coOrganiserGroupIds.addAll(command.coOrganiserGroupIds());
		coOrganisersText = command.coOrganisersText();
		contactName = command.contactName();
		contactPhone = command.contactPhone();
		contactEmail = command.contactEmail();
		url = command.url();
		applicationMethod = command.applicationMethod();
		applicationDeadline = command.applicationDeadline();
		takesRegistrations = command.takesRegistrations();
		applyDates(command.dates());
		updatedAt = now;
	}

	/**
	 * The dates as given: a date already there (same day and start time) keeps its row and id, so that what hangs
	 * from it (registrations) stays; the others are added or removed.
	 */
	private void applyDates(List<EventDateCommand> wanted) {
		List<EventDate> kept = new ArrayList<>();
		for (EventDateCommand command : wanted) {
			EventDate existing = matching(command, kept);
			if (existing != null) {
				existing.apply(command);
				kept.add(existing);
			}
			else {
				kept.add(new EventDate(this, command));
			}
		}
		dates.removeIf(d -> !kept.contains(d));
		kept.stream().filter(d -> !dates.contains(d)).forEach(dates::add);
		dates.sort(Comparator.comparing(EventDate::date)
			.thenComparing(EventDate::startTime, Comparator.nullsFirst(Comparator.naturalOrder())));
	}

	/** The dates that {@link #change} with these dates would remove (those whose day and start time are gone). */
	List<EventDate> datesRemovedBy(List<EventDateCommand> wanted) {
		List<EventDate> kept = new ArrayList<>();
		for (EventDateCommand command : wanted) {
			EventDate existing = matching(command, kept);
			if (existing != null) {
				kept.add(existing);
			}
		}
		return dates.stream().filter(d -> !kept.contains(d)).toList();
	}

	private @org.jspecify.annotations.Nullable EventDate matching(EventDateCommand command, List<EventDate> kept) {
		return dates.stream().filter(d -> !kept.contains(d) && d.sameStart(command)).findFirst().orElse(null);
	}

	EventCommand toCommand() {
		return new EventCommand(name, nameKana, summary, description, categoryCode, Set.copyOf(fieldCodes), areaCode,
				targetAudience, fee, free, capacity, attendanceMode, onlineUrl, placeId, placeName, postalCode, address,
				latitude, longitude, organiserGroupId, organiserName, Set.copyOf(coOrganiserGroupIds), coOrganisersText,
				contactName, contactPhone, contactEmail, url, applicationMethod, applicationDeadline, takesRegistrations,
				dates.stream().map(EventDate::toCommand).toList());
	}

	EventSummary toSummary() {
		return new EventSummary(id, name, nameKana, summary, categoryCode, status, attendanceMode, free, fee, capacity,
				takesRegistrations, applicationDeadline, placeId, placeName, address, latitude, longitude,
				organiserGroupId, organiserName, contactName, contactEmail, url, source, updatedAt);
	}

	EventDetails toDetails() {
		return new EventDetails(toSummary(), description, List.copyOf(fieldCodes.stream().sorted().toList()), areaCode,
				targetAudience, onlineUrl, postalCode, coOrganiserGroupIds.stream().sorted().toList(), coOrganisersText,
				contactPhone, applicationMethod, reviewNote, cancelReason, createdBy,
				dates.stream().map(EventDate::toView).toList());
	}

	boolean isPublic() {
		return status == EventStatus.PUBLISHED || (status == EventStatus.CANCELLED && publishedAt != null);
	}

	Long id() {
		return id;
	}

	String municipalityCode() {
		return municipalityCode;
	}

	String name() {
		return name;
	}

	String nameKana() {
		return nameKana;
	}

	EventStatus status() {
		return status;
	}

	Long organiserGroupId() {
		return organiserGroupId;
	}

	Set<Long> coOrganiserGroupIds() {
		return Set.copyOf(coOrganiserGroupIds);
	}

	Long createdBy() {
		return createdBy;
	}

	String contactEmail() {
		return contactEmail;
	}

	String source() {
		return source;
	}

	String sourceKey() {
		return sourceKey;
	}

	String contentHash() {
		return contentHash;
	}

	String categoryCode() {
		return categoryCode;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	@org.jspecify.annotations.Nullable Instant publishedAt() {
		return publishedAt;
	}

	Set<String> fieldCodes() {
		return Set.copyOf(fieldCodes);
	}

	@org.jspecify.annotations.Nullable String areaCode() {
		return areaCode;
	}

	@org.jspecify.annotations.Nullable String summaryText() {
		return summary;
	}

	List<EventDate> dates() {
		return List.copyOf(dates);
	}
}
