package jp.tomoni.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The site-wide search as JSON: public things of every kind. */
@RestController
@PreAuthorize("permitAll()")
@Tag(name = "search", description = "サイト内検索 (search across groups, events, places, news and case stories)")
class SiteSearchApiController {

	private final SiteSearch search;

	private final MessageSource messages;

	SiteSearchApiController(SiteSearch search, MessageSource messages) {
		this.search = search;
		this.messages = messages;
	}

	/** One thing found. */
	record Item(String type, String id, String title, String text, String url, @Nullable LocalDate date,
			@Nullable String detail) {
	}

	/** A kind and how many of its things match (the type facet). */
	record TypeCount(String type, long total) {
	}

	/**
	 * What the search found.
	 *
	 * @param type the kind asked for, or {@code null}: then {@code items} holds each kind's best few, kind by kind
	 * @param total the matches of the kind asked for, or of every kind
	 */
	record SearchPage(String q, @Nullable String type, List<TypeCount> types, List<Item> items, long total, int page,
			int size) {
	}

	@GetMapping("/api/search")
	@Operation(summary = "Search groups, events, places, news and case stories at once (Japanese search: kana, "
			+ "widths, synonyms); without a type, each type's best " + SiteSearch.SECTION_SIZE + " hits")
	SearchPage search(@RequestParam(defaultValue = "") String q,
			@Parameter(description = "groups, events, places, news or stories (the types the installation has)")
			@RequestParam(required = false) @Nullable String type, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		SiteSearch.Result result = search.search(q, type, page, size);
		List<Item> items = result.sections()
			.stream()
			.flatMap(section -> section.hits()
				.stream()
				.map(hit -> new Item(section.type(), hit.id(), hit.title(), hit.text(), hit.url(), hit.date(),
						hit.detail())))
			.toList();
		long total = result.type() == null ? result.total()
				: result.chosen().map(SiteSearch.Section::total).orElse(0L);
		return new SearchPage(result.query(), result.type(),
				result.sections().stream().map(section -> new TypeCount(section.type(), section.total())).toList(),
				items, total, result.page(), result.size());
	}

	@ExceptionHandler(SearchRuleViolation.class)
	ProblemDetail refused(SearchRuleViolation violation, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage(violation.code(), violation.arguments(), locale));
		problem.setProperty("field", violation.field());
		return problem;
	}
}
