package jp.tomoni.places;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public JSON API of the register of places: published places only. */
@RestController
@RequestMapping("/api/places")
@PreAuthorize("permitAll()")
@Tag(name = "places", description = "施設・拠点 (places)")
class PlaceApiController {

	private final Places places;

	private final MessageSource messages;

	PlaceApiController(Places places, MessageSource messages) {
		this.places = places;
		this.messages = messages;
	}

	/** One place in a list. */
	record PlaceItem(long id, String name, String nameKana, String kind, String kindName, String address,
			@Nullable String postalCode, @Nullable BigDecimal latitude, @Nullable BigDecimal longitude,
			@Nullable String area, @Nullable String url) {

		static PlaceItem of(PlaceDetail place) {
			PlaceCommand c = place.values();
			return new PlaceItem(place.id(), c.name(), c.nameKana(), c.kindCode(), place.kindName(), place.fullAddress(),
					c.postalCode(), c.latitude(), c.longitude(), c.areaCode(), c.url());
		}
	}

	record PlacePage(List<PlaceItem> items, long total, int page, int size) {
	}

	/** One place with its details. */
	record PlaceDetailItem(PlaceItem place, @Nullable String commonName, @Nullable String building,
			@Nullable String phone, @Nullable String extension, @Nullable String email, @Nullable String openDays,
			@Nullable String openingTime, @Nullable String closingTime, @Nullable String hoursNote,
			@Nullable String description, @Nullable String barrierFree, boolean wheelchair, boolean accessibleToilet,
			boolean elevator, boolean parking, @Nullable String parkingInfo, @Nullable String access,
			@Nullable String operatorName, @Nullable String corporateNumber, String updatedAt) {
	}

	@GetMapping
	@Operation(summary = "Search the published places (Japanese search: kana, widths, synonyms)")
	PlacePage search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String area, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, Locale locale) {
		if (size < 1) {
			throw new PlaceRuleViolation("size", "place.size.outOfRange", PlaceQuery.MAX_SIZE);
		}
		PlaceSearchResult result = places.search(new PlaceQuery(q, kind, area, page, size), locale);
		return new PlacePage(result.items().stream().map(PlaceItem::of).toList(), result.total(), result.page(),
				result.size());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One published place with its details")
	PlaceDetailItem place(@PathVariable long id, Locale locale) {
		PlaceDetail place = places.detail(id, false, locale);
		PlaceCommand c = place.values();
		return new PlaceDetailItem(PlaceItem.of(place), c.commonName(), c.building(), c.phone(), c.extension(),
				c.email(), c.openDays(), c.openingTime(), c.closingTime(), c.hoursNote(), c.description(),
				c.barrierFree(), c.wheelchair(), c.accessibleToilet(), c.elevator(), c.parking(), c.parkingInfo(),
				c.access(), c.operatorName(), c.corporateNumber(), place.updatedAt().toString());
	}

	@ExceptionHandler(PlaceRuleViolation.class)
	ProblemDetail refused(PlaceRuleViolation violation, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage(violation.code(), violation.arguments(), locale));
		problem.setProperty("field", violation.field());
		return problem;
	}

	@ExceptionHandler(PlaceNotFound.class)
	ProblemDetail notFound(PlaceNotFound notFound, Locale locale) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				messages.getMessage("place.api.notFound", null, locale));
	}
}
