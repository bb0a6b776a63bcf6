package jp.tomoni.events.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jp.tomoni.imports.Cells;
import jp.tomoni.imports.Columns;
import jp.tomoni.imports.LineProblem;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * The columns of the three event formats by key, with every header spelling seen (compared after
 * {@link jp.tomoni.imports.HeaderText#normalise}: brackets, width and underscores do not matter), and the mapping of
 * a data line to an {@link EventRow}.
 */
final class EventRows {

	static final List<Columns.Spec> COLUMNS = List.of(
			Columns.Spec.of("code", "全国地方公共団体コード", "都道府県コード又は市区町村コード", "市区町村コード"),
			Columns.Spec.of("corporateNumber", "法人番号"), Columns.Spec.of("number", "ID", "NO", "No."),
			Columns.Spec.of("municipalityName", "地方公共団体名", "市区町村名"), Columns.Spec.of("prefectureName", "都道府県名"),
			Columns.Spec.of("name", "イベント名", "名称"), Columns.Spec.of("nameKana", "イベント名_カナ", "名称_カナ", "名称(カナ)"),
			Columns.Spec.of("subtitle", "サブタイトル"), Columns.Spec.of("summary", "概要"),
			Columns.Spec.of("description", "説明"), Columns.Spec.of("kind", "イベント種類"),
			Columns.Spec.of("genre", "イベントジャンル", "カテゴリー", "カテゴリ"),
			Columns.Spec.of("url", "URL", "コンテンツURL", "詳細URL"), Columns.Spec.of("startDate", "開始日"),
			Columns.Spec.of("endDate", "終了日"), Columns.Spec.of("startTime", "開始時間", "開始時刻"),
			Columns.Spec.of("endTime", "終了時間", "終了時刻"),
			Columns.Spec.of("dateNote", "開始日時特記事項", "日時備考", "日時特記事項"),
			Columns.Spec.of("placeName", "場所名称"), Columns.Spec.of("postalCode", "郵便番号"),
			Columns.Spec.of("address", "所在地_連結表記", "所在地_連結標記", "住所", "開催場所住所"),
			Columns.Spec.of("addressPrefecture", "所在地_都道府県", "住所都道府県"),
			Columns.Spec.of("addressCity", "所在地_市区町村", "住所市区町村"),
			Columns.Spec.of("addressTown", "所在地_町字", "住所町名"),
			Columns.Spec.of("addressRest", "所在地_番地以下", "住所丁目以下"),
			Columns.Spec.of("building", "建物名等(方書)", "建物名等", "方書"), Columns.Spec.of("latitude", "緯度"),
			Columns.Spec.of("longitude", "経度"), Columns.Spec.of("organiser", "主催者", "主催団体"),
			Columns.Spec.of("coOrganisers", "共催団体"), Columns.Spec.of("audience", "対象者"),
			Columns.Spec.of("capacity", "定員"), Columns.Spec.of("feeBasic", "料金(基本)"),
			Columns.Spec.of("feeDetail", "料金(詳細)"), Columns.Spec.of("feeKind", "料金種別"),
			Columns.Spec.of("deadlineDate", "参加申込終了日", "申込期限日"),
			Columns.Spec.of("deadlineTime", "参加申込終了時間", "申込期限時刻"),
			Columns.Spec.of("applicationMethod", "参加申込方法", "申込方法"), Columns.Spec.of("applicationUrl", "申込URL"),
			Columns.Spec.of("contactName", "連絡先名称"), Columns.Spec.of("contactPhone", "連絡先電話番号"),
			Columns.Spec.of("contactExtension", "連絡先内線番号"), Columns.Spec.of("contactEmail", "連絡先メールアドレス"),
			Columns.Spec.of("online", "Web開催"), Columns.Spec.of("onlineUrl", "Web開催URL"));

	/** What a format needs in its header (with {@code name} and {@code startDate}). */
	static List<String> required(EventImportFormat format) {
		return switch (format) {
			case STANDARD -> List.of("code", "number", "name", "startDate", "municipalityName");
			case RECOMMENDED -> List.of("code", "number", "name", "startDate", "prefectureName");
			case BASE_REGISTRY -> List.of("code", "number", "name", "startDate", "addressPrefecture");
		};
	}

	/** The header texts as the format's template spells them, for the message when they are missing. */
	static String requiredHeaders(EventImportFormat format) {
		return switch (format) {
			case STANDARD -> "全国地方公共団体コード、ID、地方公共団体名、イベント名、開始日";
			case RECOMMENDED -> "都道府県コード又は市区町村コード、NO、都道府県名、イベント名、開始日";
			case BASE_REGISTRY -> "NO、都道府県コード又は市区町村コード、名称、開始日、住所都道府県";
		};
	}

	/** The format of a header row, or {@code null}: each format by a header only it has. */
	static @Nullable EventImportFormat recognise(Columns columns, List<String> header) {
		Set<String> texts = header.stream()
			.map(jp.tomoni.imports.HeaderText::normalise)
			.collect(Collectors.toSet());
		if (columns.hasAll(required(EventImportFormat.STANDARD)) && texts.contains("全国地方公共団体コード")) {
			return EventImportFormat.STANDARD;
		}
		if (columns.hasAll(required(EventImportFormat.RECOMMENDED)) && texts.contains("イベント名")) {
			return EventImportFormat.RECOMMENDED;
		}
		if (columns.hasAll(required(EventImportFormat.BASE_REGISTRY)) && texts.contains("名称")) {
			return EventImportFormat.BASE_REGISTRY;
		}
		return null;
	}

	private static final Set<String> TRUE = Set.of("1", "true", "○", "◯", "有", "あり", "はい", "yes", "web開催", "オンライン");

	private final Columns columns;

	EventRows(Columns columns) {
		this.columns = columns;
	}

	EventLine map(long line, CSVRecord record) {
		List<LineProblem> problems = new ArrayList<>();
		String name = columns.get(record, "name");
		if (name == null) {
			problems.add(LineProblem.of(line, columns.label("name"), "eventImport.error.required"));
		}
		String code = code(record, "code", line, problems);
		String number = code(record, "number", line, problems);
		LocalDate startDate = date(record, "startDate", line, problems);
		LocalDate endDate = date(record, "endDate", line, problems);
		LocalTime startTime = time(record, "startTime", line, problems);
		LocalTime endTime = time(record, "endTime", line, problems);
		if (LocalTime.MIDNIGHT.equals(startTime) && (endTime == null || LocalTime.MIDNIGHT.equals(endTime))) {
			// 0:00–0:00 is how lists say "time unknown".
			startTime = null;
			endTime = null;
		}
		BigDecimal latitude = decimal(record, "latitude", line, problems);
		BigDecimal longitude = decimal(record, "longitude", line, problems);
		if (latitude != null && latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0) {
			problems.add(LineProblem.of(line, columns.label("latitude"), "eventImport.error.latitude"));
		}
		if (longitude != null && longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0) {
			problems.add(LineProblem.of(line, columns.label("longitude"), "eventImport.error.longitude"));
		}
		if (latitude != null && longitude != null && latitude.signum() == 0 && longitude.signum() == 0) {
			latitude = null;
			longitude = null;
		}
		LocalDate deadlineDate = date(record, "deadlineDate", line, problems);
		LocalTime deadlineTime = time(record, "deadlineTime", line, problems);
		String feeBasic = columns.get(record, "feeBasic");
		if (Cells.isExcelExponent(feeBasic)) {
			problems.add(LineProblem.of(line, columns.label("feeBasic"), "import.cell.excelNumber", feeBasic));
		}
		if (!problems.isEmpty()) {
			return new EventLine.Rejected(line, problems);
		}
		String dateNote = columns.text(record, "dateNote");
		if (startDate == null && endDate == null) {
			return new EventLine.Skipped(line, name, columns.label("startDate"), dateNote == null ? "" : dateNote);
		}
		if (startDate == null) {
			// 「長期間イベント 終了日: 2022/2/13」: only the last day is known; the event is shown on it.
			startDate = endDate;
			endDate = null;
		}
		if (endDate != null && !endDate.isAfter(startDate)) {
			endDate = null;
		}
		String feeDetail = columns.text(record, "feeDetail");
		String feeKind = columns.get(record, "feeKind");
		boolean free = feeKind != null ? feeKind.contains("無料")
				: "0".equals(feeBasic) || (feeDetail != null && feeDetail.startsWith("無料"));
		String fee = feeDetail != null ? feeDetail
				: feeBasic != null && !"0".equals(feeBasic) ? feeBasic + (feeBasic.matches("[0-9,]+") ? "円" : "")
						: null;
		String online = columns.get(record, "online");
		String phone = columns.get(record, "contactPhone");
		String extension = columns.get(record, "contactExtension");
		if (phone != null && extension != null) {
			phone = phone + " 内線" + extension;
		}
		String method = columns.text(record, "applicationMethod");
		String applicationUrl = columns.get(record, "applicationUrl");
		if (applicationUrl != null && (method == null || !method.contains(applicationUrl))) {
			method = method == null ? applicationUrl : method + "\n" + applicationUrl;
		}
		String kind = columns.get(record, "kind");
		if (kind == null) {
			kind = columns.get(record, "genre");
		}
		return new EventLine.Row(new EventRow(line, code, number, name, kana(record), summary(record),
				columns.text(record, "description"), kind, columns.get(record, "url"), startDate, endDate, startTime,
				endTime, dateNote, columns.get(record, "placeName"), columns.get(record, "postalCode"),
				address(record), latitude, longitude, columns.get(record, "organiser"),
				columns.get(record, "coOrganisers"), columns.get(record, "audience"), fee, free,
				Cells.leadingCount(columns.get(record, "capacity")), deadlineDate, deadlineTime, method,
				columns.get(record, "contactName"), phone, columns.get(record, "contactEmail"),
				online == null ? null : TRUE.contains(online.toLowerCase(Locale.ROOT)),
				columns.get(record, "onlineUrl")));
	}

	private @Nullable String kana(CSVRecord record) {
		String kana = columns.get(record, "nameKana");
		return kana == null ? null : jp.tomoni.shared.JapaneseText.toFurigana(kana);
	}

	/** 概要, with the サブタイトル first when there is one (both are what the event is about in a line). */
	private @Nullable String summary(CSVRecord record) {
		String subtitle = columns.get(record, "subtitle");
		String summary = columns.text(record, "summary");
		if (subtitle == null) {
			return summary;
		}
		return summary == null ? subtitle : subtitle + "\n" + summary;
	}

	/** 所在地_連結表記 (住所), else the split columns joined; the building after a space when not already in it. */
	private @Nullable String address(CSVRecord record) {
		String whole = columns.get(record, "address");
		if (whole == null) {
			String joined = Stream.of("addressPrefecture", "addressCity", "addressTown", "addressRest")
				.map(key -> columns.get(record, key))
				.filter(v -> v != null)
				.collect(Collectors.joining());
			whole = joined.isEmpty() ? null : joined;
		}
		String building = columns.get(record, "building");
		if (building == null || (whole != null && whole.contains(building))) {
			return whole;
		}
		return whole == null ? building : whole + " " + building;
	}

	private @Nullable String code(CSVRecord record, String key, long line, List<LineProblem> problems) {
		String value = columns.get(record, key);
		try {
			return Cells.code(value);
		}
		catch (Cells.CellException e) {
			problems.add(LineProblem.of(line, columns.label(key), e.code(), value));
			return null;
		}
	}

	private @Nullable LocalDate date(CSVRecord record, String key, long line, List<LineProblem> problems) {
		String value = columns.get(record, key);
		try {
			return Cells.date(value);
		}
		catch (Cells.CellException e) {
			problems.add(LineProblem.of(line, columns.label(key), e.code(), value));
			return null;
		}
	}

	private @Nullable LocalTime time(CSVRecord record, String key, long line, List<LineProblem> problems) {
		String value = columns.get(record, key);
		try {
			return Cells.time(value);
		}
		catch (Cells.CellException e) {
			problems.add(LineProblem.of(line, columns.label(key), e.code(), value));
			return null;
		}
	}

	private @Nullable BigDecimal decimal(CSVRecord record, String key, long line, List<LineProblem> problems) {
		String value = columns.get(record, key);
		try {
			return Cells.decimal(value);
		}
		catch (Cells.CellException e) {
			problems.add(LineProblem.of(line, columns.label(key), e.code(), value));
			return null;
		}
	}
}
