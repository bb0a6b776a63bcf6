package jp.tomoni.places;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jp.tomoni.municipality.Municipalities;
import jp.tomoni.municipality.MunicipalityView;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The published places as open data (CC BY 4.0, decision 0030): the columns of デジタル庁「自治体標準オープンデータセット」
 * 公共施設一覧, then Tomoni's own (通称, 種別, 駐車場情報, アクセス方法, 地域コード, データ元, データ元ID) so that the file
 * imports back to the same records. CSV in UTF-8 with a BOM (Excel opens it as Japanese text) and JSON with the same
 * keys.
 */
@RestController
@PreAuthorize("permitAll()")
class PlaceOpenDataController {

	/** The columns in order (docs/place-import.md). */
	static final List<String> COLUMNS = List.of("全国地方公共団体コード", "ID", "地方公共団体名", "名称", "名称_カナ", "名称_英字", "POIコード",
			"所在地_全国地方公共団体コード", "町字ID", "所在地_連結表記", "所在地_都道府県", "所在地_市区町村", "所在地_町字", "所在地_番地以下",
			"建物名等(方書)", "緯度", "経度", "電話番号", "内線番号", "連絡先メールアドレス", "連絡先FormURL", "連絡先備考(その他、SNSなど)",
			"郵便番号", "法人番号", "団体名", "利用可能曜日", "開始時間", "終了時間", "利用可能日時特記事項", "説明", "バリアフリー情報", "URL",
			"画像", "画像_ライセンス", "備考", "名称_通称", "種別", "駐車場情報", "アクセス方法", "地域コード", "データ元", "データ元ID");

	private final Places places;

	private final Municipalities municipalities;

	PlaceOpenDataController(Places places, Municipalities municipalities) {
		this.places = places;
		this.municipalities = municipalities;
	}

	@GetMapping("/opendata/places.csv")
	void csv(HttpServletResponse response) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("places.csv", StandardCharsets.UTF_8).build().toString());
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		try (CSVPrinter printer = CSVFormat.EXCEL.builder().setHeader(COLUMNS.toArray(String[]::new)).get().print(writer)) {
			for (List<String> row : rows()) {
				printer.printRecord(row);
			}
		}
	}

	@GetMapping(path = "/opendata/places.json", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<List<Map<String, String>>> json() {
		List<Map<String, String>> items = new ArrayList<>();
		for (List<String> row : rows()) {
			Map<String, String> item = new LinkedHashMap<>();
			for (int i = 0; i < COLUMNS.size(); i++) {
				item.put(COLUMNS.get(i), row.get(i));
			}
			items.add(item);
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("places.json").build().toString())
			.body(items);
	}

	private List<List<String>> rows() {
		MunicipalityView municipality = municipalities.current();
		List<List<String>> rows = new ArrayList<>();
		for (PlaceDetail place : places.publishedDetails()) {
			PlaceCommand c = place.values();
			rows.add(java.util.Arrays.asList(municipality.code(), String.valueOf(place.id()), municipality.name(),
					c.name(), c.nameKana(), "", "", "", "", c.address(), text(c.prefecture()), text(c.city()), "", "",
					text(c.building()), c.latitude() == null ? "" : c.latitude().toPlainString(),
					c.longitude() == null ? "" : c.longitude().toPlainString(), text(c.phone()), text(c.extension()),
					text(c.email()), "", "", text(c.postalCode()), text(c.corporateNumber()), text(c.operatorName()),
					text(c.openDays()), text(c.openingTime()), text(c.closingTime()), text(c.hoursNote()),
					text(c.description()), barrierFree(c), text(c.url()), "", "", text(c.note()), text(c.commonName()),
					place.kindName(), text(c.parkingInfo()), text(c.access()), text(c.areaCode()), place.source(),
					place.sourceKey() == null ? String.valueOf(place.id()) : place.sourceKey()));
		}
		return rows;
	}

	/** バリアフリー情報, 「;」-separated as the standard has it: the flags' words first, then the text. */
	static String barrierFree(PlaceCommand c) {
		List<String> tokens = new ArrayList<>();
		boolean[] flags = { c.wheelchair(), c.accessibleToilet(), c.elevator(), c.parking() };
		for (int i = 0; i < flags.length; i++) {
			if (flags[i]) {
				tokens.add(PlaceRows.FLAG_ORDER.get(i));
			}
		}
		if (c.barrierFree() != null) {
			tokens.add(c.barrierFree());
		}
		return String.join(";", tokens);
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}
}
