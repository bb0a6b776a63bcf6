package jp.tomoni.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jp.tomoni.areas.Areas;
import jp.tomoni.groups.GroupDirectory;
import jp.tomoni.groups.GroupNotFound;
import jp.tomoni.groups.GroupStatus;
import jp.tomoni.groups.Viewer;
import jp.tomoni.municipality.Municipalities;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** What the event pages and feeds share: names of categories, areas and groups, and the schema.org JSON-LD. */
@Component
class EventPages {

	private final Events events;

	private final GroupDirectory groups;

	private final Areas areas;

	private final Municipalities municipalities;

	private final JsonMapper json;

	EventPages(Events events, GroupDirectory groups, Areas areas, Municipalities municipalities, JsonMapper json) {
		this.events = events;
		this.groups = groups;
		this.areas = areas;
		this.municipalities = municipalities;
		this.json = json;
	}

	/** Category code → label in the reader's language. */
	Map<String, String> categoryLabels(Locale locale) {
		Map<String, String> labels = new LinkedHashMap<>();
		events.categories().forEach(c -> labels.put(c.code(), c.label("en".equals(locale.getLanguage()))));
		return labels;
	}

	/** A public group's name, or empty (unknown, under review, suspended). */
	Optional<String> groupName(@Nullable Long groupId) {
		if (groupId == null) {
			return Optional.empty();
		}
		try {
			var summary = groups.profile(groupId, Viewer.ANONYMOUS).summary();
			return summary.status() == GroupStatus.APPROVED ? Optional.of(summary.name()) : Optional.empty();
		}
		catch (GroupNotFound notFound) {
			return Optional.empty();
		}
	}

	Optional<String> areaName(@Nullable String code) {
		return code == null ? Optional.empty() : areas.find(code).map(a -> a.name());
	}

	/**
	 * schema.org Event, one per date when there are several (each with its own start), as the page's JSON-LD;
	 * {@code <} escaped so that no text can end the script element.
	 */
	String jsonLd(EventDetails details, String pageUrl, String categoryLabel) {
		EventSummary s = details.summary();
		List<Map<String, Object>> items = new ArrayList<>();
		for (EventDateView date : details.dates()) {
			Map<String, Object> event = new LinkedHashMap<>();
			event.put("@context", "https://schema.org");
			event.put("@type", "Event");
			event.put("name", s.name());
			if (s.nameKana() != null) {
				event.put("alternateName", s.nameKana());
			}
			if (s.summary() != null || details.description() != null) {
				event.put("description", details.description() != null ? details.description() : s.summary());
			}
			event.put("url", pageUrl);
			event.put("startDate", dateTime(date.date(), date.startTime()));
			LocalDate last = date.endDate() == null ? date.date() : date.endDate();
			if (date.endTime() != null || date.endDate() != null) {
				event.put("endDate", dateTime(last, date.endTime()));
			}
			event.put("eventStatus", "https://schema.org/"
					+ (date.cancelled() || s.status() == EventStatus.CANCELLED ? "EventCancelled" : "EventScheduled"));
			event.put("eventAttendanceMode", "https://schema.org/" + switch (s.attendanceMode()) {
				case IN_PERSON -> "OfflineEventAttendanceMode";
				case ONLINE -> "OnlineEventAttendanceMode";
				case HYBRID -> "MixedEventAttendanceMode";
			});
			List<Map<String, Object>> locations = new ArrayList<>();
			if (s.attendanceMode().hasPlace()) {
				locations.add(place(details));
			}
			if (s.attendanceMode().isOnline()) {
				Map<String, Object> virtual = new LinkedHashMap<>();
				virtual.put("@type", "VirtualLocation");
				virtual.put("url", details.onlineUrl() != null ? details.onlineUrl() : pageUrl);
				locations.add(virtual);
			}
			event.put("location", locations.size() == 1 ? locations.getFirst() : locations);
			Map<String, Object> organizer = new LinkedHashMap<>();
			organizer.put("@type", "Organization");
			organizer.put("name", organiserName(s).orElse(municipalities.current().name()));
			if (s.organiserGroupId() != null && groupName(s.organiserGroupId()).isPresent()) {
				organizer.put("url", pageUrl.replaceAll("/events/\\d+$", "/groups/" + s.organiserGroupId()));
			}
			event.put("organizer", organizer);
			if (s.free() || s.fee() != null) {
				Map<String, Object> offer = new LinkedHashMap<>();
				offer.put("@type", "Offer");
				offer.put("priceCurrency", "JPY");
				if (s.free()) {
					offer.put("price", 0);
				}
				else {
					price(s.fee()).ifPresent(price -> offer.put("price", price));
					offer.put("description", s.fee());
				}
				offer.put("url", s.url() != null ? s.url() : pageUrl);
				offer.put("availability", "https://schema.org/InStock");
				event.put("offers", offer);
			}
			if (s.capacity() != null) {
				event.put("maximumAttendeeCapacity", s.capacity());
			}
			event.put("keywords", categoryLabel);
			event.put("inLanguage", "ja");
			items.add(event);
		}
		Object value = items.size() == 1 ? items.getFirst() : items;
		return json.writeValueAsString(value).replace("<", "\\u003c");
	}

	private Map<String, Object> place(EventDetails details) {
		EventSummary s = details.summary();
		Map<String, Object> place = new LinkedHashMap<>();
		place.put("@type", "Place");
		place.put("name", s.placeName() != null ? s.placeName() : s.address());
		if (s.address() != null || details.postalCode() != null) {
			Map<String, Object> address = new LinkedHashMap<>();
			address.put("@type", "PostalAddress");
			if (details.postalCode() != null) {
				address.put("postalCode", details.postalCode());
			}
			if (s.address() != null) {
				address.put("streetAddress", s.address());
			}
			address.put("addressCountry", "JP");
			place.put("address", address);
		}
		if (s.latitude() != null && s.longitude() != null) {
			Map<String, Object> geo = new LinkedHashMap<>();
			geo.put("@type", "GeoCoordinates");
			geo.put("latitude", s.latitude());
			geo.put("longitude", s.longitude());
			place.put("geo", geo);
		}
		return place;
	}

	Optional<String> organiserName(EventSummary s) {
		Optional<String> group = groupName(s.organiserGroupId());
		return group.isPresent() ? group : Optional.ofNullable(s.organiserName());
	}

	/** A date with its time and +09:00, or the date alone. */
	static String dateTime(LocalDate date, @Nullable LocalTime time) {
		return time == null ? date.toString() : LocalDateTime.of(date, time) + "+09:00";
	}

	/** 500円, ５００円（資料代） → 500; none when the text has no amount. */
	static Optional<BigDecimal> price(@Nullable String fee) {
		if (fee == null) {
			return Optional.empty();
		}
		var matcher = java.util.regex.Pattern.compile("([0-9][0-9,]*)\\s*円").matcher(fee);
		return matcher.find() ? Optional.of(new BigDecimal(matcher.group(1).replace(",", ""))) : Optional.empty();
	}
}
