package jp.tomoni.groups;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jp.tomoni.areas.AreaView;
import jp.tomoni.areas.Areas;
import jp.tomoni.shared.ActivityField;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The directory's public fields for download: CSV in UTF-8 with a BOM (opens in Excel as Japanese text) and
 * JSON. Contact details are included only where the group made them public.
 */
@RestController
@PreAuthorize("permitAll()")
class GroupExportController {

	/** The documented columns of the CSV export, in order (docs/group-export.md). */
	static final List<String> COLUMNS = List.of("ID", "団体名", "団体名フリガナ", "団体の種類", "活動分野", "活動地域", "活動の目的",
			"主な活動内容", "提供できること", "求めていること", "ボランティア受入れ", "ウェブサイト", "連絡先メールアドレス", "連絡先電話番号", "法人番号",
			"最終更新日", "法人格", "設立年月", "会員数", "活動日", "活動日の補足", "SNS");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(java.time.ZoneId.of("Asia/Tokyo"));

	private final GroupDirectory directory;

	private final Areas areas;

	private final MessageSource messages;

	GroupExportController(GroupDirectory directory, Areas areas, MessageSource messages) {
		this.directory = directory;
		this.areas = areas;
		this.messages = messages;
	}

	@GetMapping("/groups/export.csv")
	void csv(HttpServletResponse response) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("groups.csv", StandardCharsets.UTF_8).build().toString());
		Map<String, String> kinds = kindNames();
		Map<String, String> areaNames = areaNames();
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		try (CSVPrinter printer = CSVFormat.EXCEL.builder().setHeader(COLUMNS.toArray(String[]::new)).get().print(writer)) {
			for (GroupProfile group : directory.publicProfiles()) {
				GroupSummary summary = group.summary();
				printer.printRecord(summary.id(), summary.name(), summary.nameKana(),
						kinds.getOrDefault(summary.kind(), summary.kind()), fieldNames(summary.fields()),
						summary.areas().stream().map(a -> areaNames.getOrDefault(a, a)).collect(Collectors.joining(";")),
						group.purpose(), group.activities(), group.offers(), group.seeks(),
						group.acceptsVolunteers() ? "可" : "否", group.website(), group.contactEmail(), group.contactPhone(),
						group.corporateNumber(), DATE.format(summary.updatedAt()), legalFormName(group.details()),
						group.details().foundingDate(), group.details().memberCount(),
						group.details()
							.activityDaysInOrder()
							.stream()
							.map(day -> day.getDisplayName(TextStyle.SHORT, Locale.JAPANESE))
							.collect(Collectors.joining(";")),
						group.details().activityDaysNote(), String.join(";", group.details().socialLinks()));
			}
		}
	}

	@GetMapping(path = "/groups/export.json", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<List<Map<String, Object>>> json() {
		Map<String, String> kinds = kindNames();
		Map<String, String> areaNames = areaNames();
		List<Map<String, Object>> rows = directory.publicProfiles().stream().map(group -> {
			GroupSummary summary = group.summary();
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("id", summary.id());
			row.put("name", summary.name());
			row.put("nameKana", summary.nameKana());
			row.put("kind", summary.kind());
			row.put("kindName", kinds.getOrDefault(summary.kind(), summary.kind()));
			row.put("fields", summary.fields());
			row.put("areas", summary.areas().stream().map(a -> areaNames.getOrDefault(a, a)).toList());
			row.put("purpose", group.purpose());
			row.put("activities", group.activities());
			row.put("offers", group.offers());
			row.put("seeks", group.seeks());
			row.put("acceptsVolunteers", group.acceptsVolunteers());
			row.put("website", group.website());
			row.put("contactEmail", group.contactEmail());
			row.put("contactPhone", group.contactPhone());
			row.put("corporateNumber", group.corporateNumber());
			row.put("updatedAt", summary.updatedAt().toString());
			GroupDetails details = group.details();
			row.put("legalForm", details.legalForm());
			row.put("legalFormName", legalFormName(details));
			row.put("foundingDate", details.foundingDate());
			row.put("memberCount", details.memberCount());
			row.put("activityDays", details.activityDaysInOrder().stream().map(Enum::name).toList());
			row.put("activityDaysNote", details.activityDaysNote());
			row.put("socialLinks", details.socialLinks());
			return row;
		}).toList();
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("groups.json").build().toString())
			.body(rows);
	}

	/** The Japanese name of the legal form: the export's language, like its column names. */
	private @Nullable String legalFormName(GroupDetails details) {
		return details.legalForm() == null ? null
				: messages.getMessage("legalForm." + details.legalForm(), null, details.legalForm(), Locale.JAPANESE);
	}

	private Map<String, String> kindNames() {
		return directory.kinds().stream().collect(Collectors.toMap(GroupKindView::code, GroupKindView::name));
	}

	private Map<String, String> areaNames() {
		return areas.all().stream().collect(Collectors.toMap(AreaView::code, AreaView::name));
	}

	private static String fieldNames(List<String> codes) {
		return codes.stream()
			.map(code -> ActivityField.of(code).map(ActivityField::shortName).orElse(code))
			.collect(Collectors.joining(";"));
	}
}
