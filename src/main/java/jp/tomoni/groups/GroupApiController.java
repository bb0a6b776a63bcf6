package jp.tomoni.groups;

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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The public JSON API of the directory: approved groups, public fields only. */
@RestController
@RequestMapping("/api/groups")
@PreAuthorize("permitAll()")
@Tag(name = "groups", description = "団体データベース (group directory)")
class GroupApiController {

	private final GroupDirectory directory;

	private final MessageSource messages;

	private final GroupLogos logos;

	GroupApiController(GroupDirectory directory, MessageSource messages, GroupLogos logos) {
		this.directory = directory;
		this.messages = messages;
		this.logos = logos;
	}

	/** One group in the API. */
	record GroupItem(long id, String name, String nameKana, String kind, List<String> fields, List<String> areas,
			String summary, String updatedAt) {

		static GroupItem of(GroupSummary summary) {
			return new GroupItem(summary.id(), summary.name(), summary.nameKana(), summary.kind(), summary.fields(),
					summary.areas(), summary.summary(), summary.updatedAt().toString());
		}
	}

	/**
	 * A page of groups.
	 *
	 * @param next in 五十音順 (no query, or {@code after} given), the {@code after} of the next page; {@code null} on
	 *        the last page and when sorted by relevance
	 */
	record GroupPage(List<GroupItem> items, long total, int page, int size, @Nullable String next) {
	}

	/**
	 * One group with its public details.
	 *
	 * @param legalForm a legal form code (docs/group-export.md), or {@code null}
	 * @param foundingDate ISO 8601 with the precision known ({@code 2015-04} or {@code 2015}), or {@code null}
	 * @param activityDays ISO day-of-week names, Monday first
	 * @param logo the address of the logo image, or {@code null}
	 * @param offerKinds what the group offers: {@code skills}, {@code equipment}, {@code places}
	 * @param seekKinds what the group seeks: {@code members}, {@code volunteers}, {@code partners}, {@code funds}
	 */
	record GroupDetail(GroupItem group, String purpose, @Nullable String activities, @Nullable String offers,
			@Nullable String seeks, boolean acceptsVolunteers, @Nullable String website,
			@Nullable String corporateNumber, @Nullable String contactEmail, @Nullable String contactPhone,
			@Nullable String legalForm, @Nullable String foundingDate, @Nullable Integer memberCount,
			List<String> activityDays, @Nullable String activityDaysNote, List<String> socialLinks,
			@Nullable String logo, List<String> offerKinds, List<String> seekKinds) {
	}

	@GetMapping
	@Operation(summary = "Search the approved groups (Japanese search: kana, widths, synonyms)")
	GroupPage search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String field, @RequestParam(required = false) @Nullable String area,
			@RequestParam(required = false) @Nullable String offer, @RequestParam(required = false) @Nullable String seek,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@Parameter(description = "五十音順 from a position: the next of an earlier page, or a reading such as カ")
			@RequestParam(required = false) @Nullable String after) {
		if (page < 0) {
			throw new GroupRuleViolation("page", "directory.page.outOfRange");
		}
		if (size < 1 || size > DirectoryQuery.MAX_SIZE) {
			throw new GroupRuleViolation("size", "directory.size.outOfRange", DirectoryQuery.MAX_SIZE);
		}
		DirectoryResult result = directory.search(new DirectoryQuery(q, kind, field, area, offer, seek, false, null, page, size, false, after));
		return new GroupPage(result.items().stream().map(GroupItem::of).toList(), result.total(), result.page(),
				result.size(), result.next());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One approved group with its public details")
	GroupDetail group(@PathVariable long id) {
		GroupProfile profile = directory.profile(id, Viewer.ANONYMOUS);
		if (profile.summary().status() != GroupStatus.APPROVED) {
			throw new GroupNotFound(id);
		}
		GroupDetails details = profile.details();
		String logo = logos.version(id)
			.map(version -> ServletUriComponentsBuilder.fromCurrentContextPath()
				.path("/groups/{id}/logo")
				.queryParam("v", version)
				.buildAndExpand(id)
				.toUriString())
			.orElse(null);
		return new GroupDetail(GroupItem.of(profile.summary()), profile.purpose(), profile.activities(), profile.offers(),
				profile.seeks(), profile.acceptsVolunteers(), profile.website(), profile.corporateNumber(),
				profile.contactEmail(), profile.contactPhone(), details.legalForm(), details.foundingDate(),
				details.memberCount(), details.activityDaysInOrder().stream().map(Enum::name).toList(),
				details.activityDaysNote(), details.socialLinks(), logo, details.offerKindsInOrder(),
				details.seekKindsInOrder());
	}

	@ExceptionHandler(GroupRuleViolation.class)
	ProblemDetail refused(GroupRuleViolation violation, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage(violation.code(), violation.arguments(), locale));
		problem.setProperty("field", violation.field());
		return problem;
	}

	@ExceptionHandler(GroupNotFound.class)
	ProblemDetail notFound(GroupNotFound notFound, Locale locale) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, messages.getMessage("api.notFound", null, locale));
	}
}
