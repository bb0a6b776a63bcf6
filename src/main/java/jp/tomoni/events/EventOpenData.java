package jp.tomoni.events;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.EntityManager;
import jp.tomoni.municipality.Municipalities;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public events as open data in the columns of デジタル庁「自治体標準オープンデータセット」イベント一覧 (decision
 * 0036): one row per date, the dates of one event under the same ID. Two columns the standard lacks follow its 79
 * (郵便番号, 連絡先メールアドレス), so that an export imports again to the same events: an imported event keeps its
 * source as 全国地方公共団体コード and its key in the list as ID; an event entered on Tomoni has the ID
 * {@code tomoni-<id>}, which the import leaves alone.
 */
@Service
public class EventOpenData {

	/** The columns, in order: the standard's 79, then 郵便番号 and 連絡先メールアドレス. */
	public static final List<String> COLUMNS = List.of("全国地方公共団体コード", "法人番号", "ID", "地方公共団体名", "イベント名", "言語コード",
			"イベント通称", "サブタイトル", "イベント名_カナ", "イベント名_英語", "コンテンツURL", "状態", "キーワード", "タグ", "対象となる産業", "開催パターン",
			"開始日", "終了日", "開始時間", "終了時間", "開始日時特記事項", "所要時間", "掲載開始日", "掲載終了日", "概要", "説明", "サブイベント", "イベント種類",
			"料金(基本)", "料金(詳細)", "連絡先名称", "連絡先電話番号", "連絡先内線番号", "主催者", "共催団体", "関連組織", "対象者", "対象者備考", "場所名称",
			"集合(受付)場所", "所在地_全国地方公共団体コード", "町字ID", "所在地_連結表記", "所在地_都道府県", "所在地_市区町村", "所在地_町字", "所在地_番地以下",
			"建物名等(方書)", "緯度", "経度", "アクセス方法", "駐車場情報", "駐車場料金", "駐輪場情報", "Web開催", "Web開催URL", "ツール・環境", "定員", "定員備考",
			"料金種別", "決済種別", "外国語対応", "外国語対応備考", "開催条件", "参加申込終了日", "参加申込終了時間", "参加申込方法", "申込開始日", "申込開始時刻",
			"申込URL", "URL", "授乳室", "おむつ替えコーナー", "飲食可否", "ベビーカー貸出", "ベビーカー利用", "画像", "画像_ライセンス", "備考", "郵便番号",
			"連絡先メールアドレス");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final EntityManager entityManager;

	private final Municipalities municipalities;

	EventOpenData(EntityManager entityManager, Municipalities municipalities) {
		this.entityManager = entityManager;
		this.municipalities = municipalities;
	}

	/** Every date of every public event, as rows keyed by column (values as text, empty when unknown). */
	@Transactional(readOnly = true)
	public List<Map<String, String>> rows() {
		var municipality = municipalities.current();
		Map<String, String> categories = new HashMap<>();
		for (EventCategory category : entityManager
			.createQuery("select c from EventCategory c", EventCategory.class)
			.getResultList()) {
			categories.put(category.code(), category.toView().name());
		}
		List<EventDate> dates = entityManager
			.createQuery("select d from CivicEventDate d join fetch d.event e where e.status = :status "
					+ "and d.cancelled = false order by e.id, d.date, d.startTime", EventDate.class)
			.setParameter("status", EventStatus.PUBLISHED)
			.getResultList();
		List<Map<String, String>> rows = new ArrayList<>(dates.size());
		Map<Long, EventCommand> commands = new HashMap<>();
		for (EventDate date : dates) {
			Event event = date.event();
			EventCommand c = commands.computeIfAbsent(event.id(), id -> event.toCommand());
			boolean own = Event.TOMONI.equals(event.source());
			Map<String, String> row = new LinkedHashMap<>();
			COLUMNS.forEach(column -> row.put(column, ""));
			row.put("全国地方公共団体コード", own ? event.municipalityCode() : event.source());
			row.put("ID", own ? "tomoni-" + event.id() : event.sourceKey());
			row.put("地方公共団体名", own || municipality.code().equals(event.source()) ? municipality.name() : "");
			row.put("イベント名", c.name());
			row.put("言語コード", "JA");
			row.put("イベント名_カナ", text(c.nameKana()));
			row.put("コンテンツURL", text(c.url()));
			row.put("URL", text(c.url()));
			row.put("開始日", date.date().toString());
			row.put("終了日", date.endDate() == null ? "" : date.endDate().toString());
			row.put("開始時間", date.startTime() == null ? "" : TIME.format(date.startTime()));
			row.put("終了時間", date.endTime() == null ? "" : TIME.format(date.endTime()));
			row.put("概要", text(c.summary()));
			row.put("説明", text(c.description()));
			row.put("イベント種類", categories.getOrDefault(c.categoryCode(), c.categoryCode()));
			row.put("料金(詳細)", text(c.fee()));
			row.put("料金種別", c.free() ? "無料" : "有料");
			row.put("連絡先名称", text(c.contactName()));
			row.put("連絡先電話番号", text(c.contactPhone()));
			row.put("主催者", text(c.organiserName()));
			row.put("共催団体", text(c.coOrganisersText()));
			row.put("対象者", text(c.targetAudience()));
			row.put("場所名称", text(c.placeName()));
			row.put("所在地_連結表記", text(c.address()));
			row.put("緯度", decimal(c.latitude()));
			row.put("経度", decimal(c.longitude()));
			row.put("Web開催", c.attendanceMode().isOnline() ? "1" : "0");
			row.put("Web開催URL", text(c.onlineUrl()));
			row.put("定員", c.capacity() == null ? "" : c.capacity().toString());
			if (c.applicationDeadline() != null) {
				row.put("参加申込終了日", c.applicationDeadline().toLocalDate().toString());
				row.put("参加申込終了時間", TIME.format(c.applicationDeadline().toLocalTime()));
			}
			row.put("参加申込方法", text(c.applicationMethod()));
			row.put("郵便番号", text(c.postalCode()));
			row.put("連絡先メールアドレス", text(c.contactEmail()));
			rows.add(row);
		}
		return rows;
	}

	/** The CSV: a byte-order mark, the header row and one row per date (Commons CSV, Excel's dialect). */
	@Transactional(readOnly = true)
	public void writeCsv(java.io.Writer writer) throws java.io.IOException {
		writer.write('\uFEFF');
		try (org.apache.commons.csv.CSVPrinter printer = org.apache.commons.csv.CSVFormat.EXCEL.builder()
			.setHeader(COLUMNS.toArray(String[]::new))
			.get()
			.print(writer)) {
			for (Map<String, String> row : rows()) {
				printer.printRecord(row.values());
			}
		}
	}

	private static String text(@Nullable String value) {
		return Objects.requireNonNullElse(value, "");
	}

	private static String decimal(@Nullable BigDecimal value) {
		return value == null ? "" : value.toPlainString();
	}
}
