package jp.tomoni.places;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.tomoni.areas.Areas;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/** The public pages: the list of places with its search and filters, and a place's page. */
@Controller
@PreAuthorize("permitAll()")
class PlaceController {

	/** A section of the page filled by another module, with its entries. */
	record Section(String headingKey, List<PlaceEventLink> entries) {
	}

	static final int SECTION_LIMIT = 10;

	private final Places places;

	private final Areas areas;

	private final ObjectProvider<PlacePageSection> sections;

	private final JsonMapper json;

	private final Clock clock;

	PlaceController(Places places, Areas areas, ObjectProvider<PlacePageSection> sections, JsonMapper json,
			Clock clock) {
		this.places = places;
		this.areas = areas;
		this.sections = sections;
		this.json = json;
		this.clock = clock;
	}

	@GetMapping("/places")
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String area, @RequestParam(defaultValue = "0") int page,
			Locale locale, Model model) {
		PlaceSearchResult result = places.search(new PlaceQuery(q, kind, area, Math.max(page, 0), 20), locale);
		model.addAttribute("result", result);
		model.addAttribute("q", q);
		model.addAttribute("kind", kind);
		model.addAttribute("area", area);
		model.addAttribute("kinds", places.kinds());
		model.addAttribute("areas", areas.all());
		return "places/list";
	}

	@GetMapping("/places/{id}")
	String page(@PathVariable long id, Locale locale, Model model) {
		PlaceDetail place = places.detail(id, false, locale);
		LocalDate today = LocalDate.now(clock);
		List<Section> filled = new ArrayList<>();
		sections.orderedStream()
			.sorted((a, b) -> Integer.compare(a.order(), b.order()))
			.forEach(section -> {
				List<PlaceEventLink> entries = section.entriesAt(id, today, SECTION_LIMIT);
				if (!entries.isEmpty()) {
					filled.add(new Section(section.headingKey(), entries));
				}
			});
		model.addAttribute("place", place);
		model.addAttribute("sections", filled);
		model.addAttribute("jsonLd", jsonLd(place, locale));
		return "places/page";
	}

	/** schema.org CivicStructure (Library, Park) with PostalAddress and GeoCoordinates; {@code <} escaped. */
	private String jsonLd(PlaceDetail place, Locale locale) {
		PlaceCommand c = place.values();
		Map<String, Object> ld = new LinkedHashMap<>();
		ld.put("@context", "https://schema.org");
		ld.put("@type", switch (c.kindCode()) {
			case "library" -> "Library";
			case "park" -> "Park";
			case "child-care" -> "ChildCare";
			case "sports" -> "SportsActivityLocation";
			default -> "CivicStructure";
		});
		ld.put("name", c.name());
		ld.put("alternateName", c.commonName() == null ? c.nameKana() : List.of(c.commonName(), c.nameKana()));
		ld.put("url", ServletUriComponentsBuilder.fromCurrentRequestUri().replaceQuery(null).toUriString());
		if (c.url() != null) {
			ld.put("sameAs", c.url());
		}
		if (c.description() != null) {
			ld.put("description", c.description());
		}
		Map<String, Object> address = new LinkedHashMap<>();
		address.put("@type", "PostalAddress");
		address.put("addressCountry", "JP");
		if (c.prefecture() != null) {
			address.put("addressRegion", c.prefecture());
		}
		if (c.city() != null) {
			address.put("addressLocality", c.city());
		}
		address.put("streetAddress", place.streetAddress() + (c.building() == null ? "" : " " + c.building()));
		if (c.postalCode() != null) {
			address.put("postalCode", c.postalCode());
		}
		ld.put("address", address);
		if (c.latitude() != null && c.longitude() != null) {
			Map<String, Object> geo = new LinkedHashMap<>();
			geo.put("@type", "GeoCoordinates");
			geo.put("latitude", c.latitude());
			geo.put("longitude", c.longitude());
			ld.put("geo", geo);
		}
		if (c.phone() != null) {
			ld.put("telephone", c.phone());
		}
		if (c.email() != null) {
			ld.put("email", c.email());
		}
		List<Map<String, Object>> features = new ArrayList<>();
		feature(features, c.wheelchair(), "車いす対応");
		feature(features, c.accessibleToilet(), "多機能トイレ");
		feature(features, c.elevator(), "エレベーター");
		feature(features, c.parking(), "駐車場");
		if (!features.isEmpty()) {
			ld.put("amenityFeature", features);
		}
		ld.put("inLanguage", locale.getLanguage());
		return json.writeValueAsString(ld).replace("<", "\\u003c");
	}

	private static void feature(List<Map<String, Object>> features, boolean present, String name) {
		if (present) {
			Map<String, Object> feature = new LinkedHashMap<>();
			feature.put("@type", "LocationFeatureSpecification");
			feature.put("name", name);
			feature.put("value", true);
			features.add(feature);
		}
	}
}
