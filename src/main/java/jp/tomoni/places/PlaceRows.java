package jp.tomoni.places;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jp.tomoni.imports.Columns;
import jp.tomoni.imports.LineProblem;
import jp.tomoni.imports.Readings;
import jp.tomoni.shared.JapaneseText;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads the data lines of a list of places once its header row is known (docs/place-import.md): every format's
 * columns by their header texts, cells NFKC-normalised; Excel's exponent numbers, unreadable coordinates and
 * numbers are reported naming the column (the line is then rejected with every other problem it has); an empty 名称_カナ is guessed from the name with Kuromoji.
 */
final class PlaceRows {

	/** Every column any format reads, by key; the formats differ in which they require. */
	static final List<Columns.Spec> COLUMNS = List.of(
			Columns.Spec.of("municipalityCode", "都道府県コード又は市区町村コード", "全国地方公共団体コード", "市区町村コード"),
			Columns.Spec.of("key", "NO", "ID", "No.", "番号"),
			Columns.Spec.of("prefecture", "都道府県名", "所在地_都道府県", "都道府県"),
			Columns.Spec.of("city", "市区町村名", "所在地_市区町村", "市区町村"),
			Columns.Spec.of("name", "名称", "公園名", "施設名", "施設名称"),
			Columns.Spec.of("nameKana", "名称_カナ", "名称カナ", "フリガナ", "施設名カナ", "公園名カナ"),
			Columns.Spec.of("commonName", "名称_通称", "通称"),
			Columns.Spec.of("address", "住所", "住所（番地まで）", "所在地_連結表記", "所在地_連結標記", "所在地"),
			Columns.Spec.of("town", "所在地_町字"), Columns.Spec.of("block", "所在地_番地以下"),
			Columns.Spec.of("building", "方書", "建物名等(方書)", "建物名等"),
			Columns.Spec.of("latitude", "緯度"), Columns.Spec.of("longitude", "経度"),
			Columns.Spec.of("phone", "電話番号", "連絡先電話番号"), Columns.Spec.of("extension", "内線番号"),
			Columns.Spec.of("email", "連絡先メールアドレス", "メールアドレス"),
			Columns.Spec.of("postalCode", "郵便番号"), Columns.Spec.of("corporateNumber", "法人番号"),
			Columns.Spec.of("operatorName", "団体名", "運営団体", "運営者"),
			Columns.Spec.of("openDays", "利用可能曜日"), Columns.Spec.of("openingTime", "開始時間"),
			Columns.Spec.of("closingTime", "終了時間"), Columns.Spec.of("hoursNote", "利用可能日時特記事項"),
			Columns.Spec.of("description", "説明", "公園紹介文"),
			Columns.Spec.of("barrierFree", "バリアフリー情報"),
			Columns.Spec.of("url", "URL", "公園HPアドレス", "ホームページ"), Columns.Spec.of("note", "備考"),
			Columns.Spec.of("kindText", "種別", "施設分類", "施設種別"),
			Columns.Spec.of("parkingInfo", "駐車場情報", "駐車場詳細"), Columns.Spec.of("access", "アクセス方法"),
			Columns.Spec.of("areaCode", "地域コード"),
			// 子育て施設一覧
			Columns.Spec.of("fax", "FAX番号"), Columns.Spec.of("licensed", "認可等年月日"),
			Columns.Spec.of("capacity", "収容定員"), Columns.Spec.of("ages", "受入年齢"),
			Columns.Spec.of("temporaryCare", "一時預かりの有無"),
			// 公園一覧
			Columns.Spec.of("size", "面積（㎡）", "面積"), Columns.Spec.of("opened", "供用開始年"),
			Columns.Spec.of("toilet", "トイレ詳細"), Columns.Spec.of("facilities", "施設等"),
			Columns.Spec.of("equipment", "設置遊具"),
			// Tomoni's export (decision 0030)
			Columns.Spec.of("source", "データ元"), Columns.Spec.of("sourceKey", "データ元ID"));

	/** Tokens of バリアフリー情報 (「;」-separated in the standard) that set a flag. */
	static final Map<String, String> FLAGS = Map.of("車いす対応", "wheelchair", "多機能トイレ", "accessibleToilet",
			"エレベーター", "elevator", "駐車場", "parking");

	/** The tokens as written in an export, in this order. */
	static final List<String> FLAG_ORDER = List.of("車いす対応", "多機能トイレ", "エレベーター", "駐車場");

	private static final Pattern EXCEL_EXPONENT = Pattern.compile("^-?[0-9](\\.[0-9]+)?[eE][+-]?[0-9]+$");

	private static final Pattern NUMBER = Pattern.compile("^-?[0-9]+(\\.[0-9]+)?$");

	private static final Pattern KANA = Pattern.compile(PlaceForm.KANA);

	/** Which form property each column key fills, for messages. */
	private static final Map<String, String> PROPERTY_OF_KEY = Map.ofEntries(Map.entry("name", "name"),
			Map.entry("nameKana", "nameKana"), Map.entry("commonName", "commonName"), Map.entry("kindText", "kindCode"),
			Map.entry("prefecture", "prefecture"), Map.entry("city", "city"), Map.entry("address", "address"),
			Map.entry("postalCode", "postalCode"), Map.entry("building", "building"), Map.entry("latitude", "latitude"),
			Map.entry("longitude", "longitude"), Map.entry("areaCode", "areaCode"), Map.entry("phone", "phone"),
			Map.entry("extension", "extension"), Map.entry("email", "email"), Map.entry("url", "url"),
			Map.entry("openDays", "openDays"), Map.entry("openingTime", "openingTime"),
			Map.entry("closingTime", "closingTime"), Map.entry("hoursNote", "hoursNote"),
			Map.entry("description", "description"), Map.entry("barrierFree", "barrierFree"),
			Map.entry("parkingInfo", "parkingInfo"), Map.entry("access", "access"),
			Map.entry("operatorName", "operatorName"), Map.entry("corporateNumber", "corporateNumber"),
			Map.entry("note", "note"), Map.entry("key", "sourceKey"));

	private final PlaceImportFormat format;

	private final Columns columns;

	private final PlaceLine.Context context;

	private final Map<String, String> labels;

	private final Readings readings = new Readings();

	PlaceRows(PlaceImportFormat format, Columns columns, PlaceLine.Context context) {
		this.format = format;
		this.columns = columns;
		this.context = context;
		Map<String, String> byProperty = new HashMap<>();
		PROPERTY_OF_KEY.forEach((key, property) -> {
			if (columns.has(key)) {
				byProperty.put(property, columns.label(key));
			}
		});
		if (!columns.has("kindText") && format == PlaceImportFormat.PUBLIC_FACILITIES && columns.has("note")) {
			byProperty.put("kindCode", columns.label("note"));
		}
		if (columns.has("sourceKey")) {
			byProperty.put("sourceKey", columns.label("sourceKey"));
		}
		if (format == PlaceImportFormat.STANDARD && !columns.has("address")) {
			byProperty.put("address", columns.has("town") ? columns.label("town") : "所在地_連結表記");
		}
		this.labels = Map.copyOf(byProperty);
	}

	/** Whether a header row is this format's. */
	static boolean recognises(PlaceImportFormat format, Columns columns) {
		return switch (format) {
			case CHILD_CARE -> columns.hasAll(List.of("municipalityCode", "key", "name", "address"))
					&& (columns.has("capacity") || columns.has("ages") || columns.has("temporaryCare"));
			case PUBLIC_FACILITIES -> columns.hasAll(List.of("municipalityCode", "key", "name", "address"))
					&& columns.label("municipalityCode").contains("又は");
			case STANDARD -> columns.hasAll(List.of("key", "name"))
					&& (columns.has("address") || columns.has("town")) && columns.has("municipalityCode");
			case PARKS -> columns.hasAll(List.of("name", "address", "latitude", "longitude"))
					&& columns.label("name").equals("公園名");
		};
	}

	/** The header texts a format needs, for the refusal when a file named as that format lacks them. */
	static String requiredHeaders(PlaceImportFormat format) {
		return switch (format) {
			case CHILD_CARE -> "都道府県コード又は市区町村コード、NO、名称、住所、収容定員";
			case PUBLIC_FACILITIES -> "都道府県コード又は市区町村コード、NO、名称、住所";
			case STANDARD -> "全国地方公共団体コード、ID、名称、所在地_連結表記";
			case PARKS -> "公園名、住所（番地まで）、緯度、経度";
		};
	}

	PlaceLine map(long line, CSVRecord record) {
		List<LineProblem> problems = new ArrayList<>();
		String municipality = digits(record, "municipalityCode", line, problems);
		if (municipality == null) {
			municipality = context.municipalityCode();
		}
		if (context.ownMunicipalityOnly() && !sameMunicipality(municipality, context.municipalityCode())) {
			return new PlaceLine.Skipped(line);
		}
		String key = columns.get(record, "key");
		if (key != null && EXCEL_EXPONENT.matcher(key).matches()) {
			problems.add(LineProblem.of(line, columns.label("key"), "placeImport.error.excelNumber", key));
		}
		String name = columns.get(record, "name");
		String address = address(record);
		String source = columns.get(record, "source");
		String sourceKey = columns.get(record, "sourceKey");
		if (source == null || sourceKey == null) {
			source = municipality + ":" + format.family();
			sourceKey = key != null ? key : (name == null ? "" : name) + "|" + (address == null ? "" : address);
		}
		BigDecimal latitude = coordinate(record, "latitude", line, problems);
		BigDecimal longitude = coordinate(record, "longitude", line, problems);
		String kana = columns.get(record, "nameKana");
		if (kana == null && name != null) {
			kana = guess(name);
		}
		String kindText = columns.get(record, "kindText");
		if (kindText == null && format == PlaceImportFormat.PUBLIC_FACILITIES) {
			kindText = columns.get(record, "note");
		}
		String kind = context.kinds().kindOf(format, name == null ? "" : name, kindText);
		String phone = digitsText(record, "phone", line, problems);
		String postalCode = digitsText(record, "postalCode", line, problems);
		String corporateNumber = digitsText(record, "corporateNumber", line, problems);
		String barrierFree = columns.text(record, "barrierFree");
		Set<String> flags = new LinkedHashSet<>();
		String barrierText = barrierText(barrierFree, flags);
		String toilet = columns.text(record, "toilet");
		if (toilet != null) {
			if (toilet.contains("多機能") || toilet.contains("多目的") || toilet.contains("バリアフリー")) {
				flags.add("accessibleToilet");
			}
			barrierText = join("\n", barrierText, "トイレ:" + toilet);
		}
		String parkingInfo = columns.text(record, "parkingInfo");
		if (parkingInfo != null && format == PlaceImportFormat.PARKS && parkingInfo.contains("あり")
				&& !parkingInfo.contains("なし")) {
			flags.add("parking");
		}
		String description = columns.text(record, "description");
		String note = columns.text(record, "note");
		if (format == PlaceImportFormat.PARKS) {
			description = join("\n", description, labelled(record, "facilities"), labelled(record, "equipment"));
			String size = number(record, "size", line, problems);
			String opened = number(record, "opened", line, problems);
			note = join("\n", note, size == null ? null : label("size") + ":" + size,
					opened == null ? null : label("opened") + ":" + opened);
		}
		if (format == PlaceImportFormat.CHILD_CARE) {
			String capacity = number(record, "capacity", line, problems);
			note = join("\n", labelled(record, "kindText"), labelled(record, "fax"), labelled(record, "licensed"),
					capacity == null ? null : label("capacity") + ":" + capacity, labelled(record, "ages"),
					labelled(record, "temporaryCare"), note);
		}
		String city = columns.get(record, "city");
		PlaceForm form = new PlaceForm(name, kana == null ? null : PlaceForm.furigana(kana),
				columns.get(record, "commonName"), kind, columns.get(record, "prefecture"), city, address, postalCode,
				columns.get(record, "building"), latitude == null ? null : latitude.toPlainString(),
				longitude == null ? null : longitude.toPlainString(), columns.get(record, "areaCode"), phone,
				columns.get(record, "extension"), columns.get(record, "email"), columns.get(record, "url"),
				columns.get(record, "openDays"), columns.get(record, "openingTime"), columns.get(record, "closingTime"),
				columns.text(record, "hoursNote"), description, barrierText, flags.contains("wheelchair"),
				flags.contains("accessibleToilet"), flags.contains("elevator"), flags.contains("parking"), parkingInfo,
				columns.text(record, "access"), columns.get(record, "operatorName"), corporateNumber, note);
		return new PlaceLine.Row(line, source, sourceKey, form, columns.has("areaCode"), labels, List.copyOf(problems));
	}

	/** The flags among the 「;」-separated tokens, and the other tokens as the text. */
	static @Nullable String barrierText(@Nullable String value, Set<String> flags) {
		if (value == null) {
			return null;
		}
		List<String> rest = new ArrayList<>();
		for (String token : value.split(";", -1)) {
			String flag = FLAGS.get(token.strip());
			if (flag != null) {
				flags.add(flag);
			}
			else if (!token.isBlank()) {
				rest.add(token.strip());
			}
		}
		return rest.isEmpty() ? null : String.join(";", rest);
	}

	private @Nullable String address(CSVRecord record) {
		String address = columns.get(record, "address");
		if (address != null) {
			return address;
		}
		String joined = join("", columns.get(record, "prefecture"), columns.get(record, "city"),
				columns.get(record, "town"), columns.get(record, "block"));
		return joined;
	}

	/** A column's header as text of a cell: normalised like the cells, so that an export reads back the same. */
	private String label(String key) {
		return JapaneseText.normalize(columns.label(key));
	}

	private @Nullable String guess(String name) {
		StringBuilder kana = new StringBuilder();
		readings.guess(name).codePoints().filter(cp -> KANA.matcher(Character.toString(cp)).matches()).forEach(
				kana::appendCodePoint);
		String result = kana.toString().strip();
		return result.isEmpty() ? null : result;
	}

	private @Nullable String labelled(CSVRecord record, String key) {
		String value = columns.text(record, key);
		return value == null ? null : label(key) + ":" + value;
	}

	/** A code of digits (全国地方公共団体コード): Excel's exponent form refused. */
	private @Nullable String digits(CSVRecord record, String key, long line, List<LineProblem> problems) {
		String value = columns.get(record, key);
		if (value == null) {
			return null;
		}
		if (EXCEL_EXPONENT.matcher(value.strip()).matches()) {
			problems.add(LineProblem.of(line, columns.label(key), "placeImport.error.excelNumber", value));
			return null;
		}
		String digits = value.replaceAll("[\\s\\-]", "");
		if (!digits.matches("\\d{5,6}")) {
			problems.add(LineProblem.of(line, columns.label(key), "placeImport.error.municipalityCode", value));
			return null;
		}
		return digits;
	}

	/** A text of digits (電話番号, 郵便番号, 法人番号): Excel's exponent form refused, spaces removed. */
	private @Nullable String digitsText(CSVRecord record, String key, long line, List<LineProblem> problems) {
		String value = columns.get(record, key);
		if (value == null) {
			return null;
		}
		if (EXCEL_EXPONENT.matcher(value.strip()).matches()) {
			problems.add(LineProblem.of(line, columns.label(key), "placeImport.error.excelNumber", value));
			return null;
		}
		return key.equals("phone") ? value.strip() : value.replaceAll("\\s", "");
	}

	/** A number as text: 「32,500 」 → 32500; Excel's exponent form and words refused. */
	private @Nullable String number(CSVRecord record, String key, long line, List<LineProblem> problems) {
		String value = columns.get(record, key);
		if (value == null) {
			return null;
		}
		String plain = value.replaceAll("[\\s,]", "");
		if (EXCEL_EXPONENT.matcher(plain).matches()) {
			problems.add(LineProblem.of(line, columns.label(key), "placeImport.error.excelNumber", value));
			return null;
		}
		if (!NUMBER.matcher(plain).matches()) {
			problems.add(LineProblem.of(line, columns.label(key), "placeImport.error.number", value));
			return null;
		}
		return plain;
	}

	/** A coordinate: spaces and commas removed; a decimal number, else refused naming the column. */
	private @Nullable BigDecimal coordinate(CSVRecord record, String key, long line, List<LineProblem> problems) {
		String value = columns.get(record, key);
		if (value == null) {
			return null;
		}
		String plain = value.replaceAll("[\\s,]", "");
		if (!NUMBER.matcher(plain).matches()) {
			problems.add(LineProblem.of(line, columns.label(key), "placeImport.error.coordinate", value));
			return null;
		}
		return new BigDecimal(plain);
	}

	private static boolean sameMunicipality(String a, String b) {
		return a.substring(0, 5).equals(b.substring(0, Math.min(5, b.length())));
	}

	private static @Nullable String join(String separator, @Nullable String... parts) {
		List<String> present = new ArrayList<>();
		for (String part : parts) {
			if (part != null && !part.isBlank()) {
				present.add(part);
			}
		}
		return present.isEmpty() ? null : String.join(separator, present);
	}
}
