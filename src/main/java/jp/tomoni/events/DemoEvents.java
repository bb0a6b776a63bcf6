package jp.tomoni.events;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jp.tomoni.accounts.AccountManagement;
import jp.tomoni.groups.GroupDirectory;
import jp.tomoni.groups.GroupProfile;
import jp.tomoni.municipality.Municipalities;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demonstration events of the demo groups and the city, in the coming weeks (one every Wednesday, one on the second
 * Saturday of each month, one over two days, one online), loaded into an empty events table unless
 * {@code tomoni.demo-data=false}; one waits for a coordinator's check.
 */
@Component
class DemoEvents {

	private final EventRepository events;

	private final GroupDirectory groups;

	private final AccountManagement accounts;

	private final Municipalities municipalities;

	private final Clock clock;

	private final boolean demoData;

	DemoEvents(EventRepository events, GroupDirectory groups, AccountManagement accounts, Municipalities municipalities,
			Clock clock, @Value("${tomoni.demo-data:true}") boolean demoData) {
		this.events = events;
		this.groups = groups;
		this.accounts = accounts;
		this.municipalities = municipalities;
		this.clock = clock;
		this.demoData = demoData;
	}

	/** After the demonstration groups. */
	@EventListener(ApplicationReadyEvent.class)
	@Order(6)
	@Transactional
	public void load() {
		if (!demoData || events.count() > 0) {
			return;
		}
		Map<String, Long> groupIds = groups.publicProfiles()
			.stream()
			.map(GroupProfile::summary)
			.collect(Collectors.toMap(g -> g.name(), g -> g.id(), (a, b) -> a));
		Long author = accounts.findByEmail("group-admin@example.jp").map(a -> a.id()).orElse(null);
		Long staff = accounts.findByEmail("staff@example.jp").map(a -> a.id()).orElse(null);
		LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Tokyo")));
		LocalDate wednesday = today.with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY));
		LocalDate secondSaturday = today.plusMonths(1).withDayOfMonth(1)
			.with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.SATURDAY));
		LocalDate weekend = today.plusWeeks(3).with(TemporalAdjusters.next(DayOfWeek.SATURDAY));

		save(author, true, new EventCommand("親子サロン", "オヤコサロン", "子育て中の親子が気軽に集えるサロンです。",
				"絵本の読み聞かせ、手遊び、子育ての相談。予約不要、途中の出入りも自由です。", "exchange", Set.of("13"), "hashimoto",
				"未就学児と保護者", null, true, null, AttendanceMode.IN_PERSON, null, null, "橋本公民館", "252-0143",
				"神奈川県相模原市緑区橋本3-28-1", new BigDecimal("35.594800"), new BigDecimal("139.344700"),
				groupIds.get("子育てひろば さくら"), null, Set.of(), null, "子育てひろば さくら", "042-700-0001", null, null, null,
				null, false, Recurrence.weekly(wednesday, 1, DayOfWeek.WEDNESDAY, wednesday.plusWeeks(11))
					.dates()
					.stream()
					.map(d -> new EventDateCommand(d, null, LocalTime.of(10, 0), LocalTime.of(12, 0)))
					.toList()));
		save(staff, true, new EventCommand("市民活動団体 交流会", "シミンカツドウダンタイ コウリュウカイ",
				"分野をこえて団体どうしがつながる交流会です。", "活動紹介のあと、テーマ別のラウンドテーブルで意見を交わします。", "exchange",
				Set.of("19"), "chuo", "市民活動団体、NPO、関心のある方", "無料", true, 40, AttendanceMode.HYBRID,
				"https://example.jp/online", null, "相模原市民活動サポートセンター", "252-0236", "神奈川県相模原市中央区富士見6-6-23",
				new BigDecimal("35.571400"), new BigDecimal("139.373000"), groupIds.get("相模原市民活動サポートセンター"), null,
				groupIds.containsKey("シニアICTサポート相模原") ? Set.of(groupIds.get("シニアICTサポート相模原")) : Set.of(), null,
				"協働推進課", "042-754-1111", "kyodo@example.jp", null, "メールでお申し込みください。",
				secondSaturday.minusDays(3).atTime(17, 0), true,
				Recurrence.monthly(secondSaturday, 2, DayOfWeek.SATURDAY, secondSaturday.plusMonths(2))
					.dates()
					.stream()
					.map(d -> new EventDateCommand(d, null, LocalTime.of(14, 0), LocalTime.of(16, 30)))
					.toList()));
		save(author, true, new EventCommand("里山の花火と星空観察会", "サトヤマノハナビトホシゾラカンサツカイ", "藤野の里山で花火と星空を楽しみます。",
				"小雨決行。防寒着をお持ちください。", "community", Set.of("07", "06"), "fujino", "どなたでも", "300円(保険料)", false,
				60, AttendanceMode.IN_PERSON, null, null, "藤野芸術の家", "252-0186", "神奈川県相模原市緑区牧野4819",
				new BigDecimal("35.616100"), new BigDecimal("139.170000"), groupIds.get("NPO法人 みどりの森ネット"), null,
				Set.of(), "藤野アートプロジェクト", "みどりの森ネット", null, "midori@example.jp", null, "電話で申し込み", null, false,
				List.of(new EventDateCommand(weekend, weekend.plusDays(1), LocalTime.of(18, 0), LocalTime.of(21, 0)))));
		save(staff, true, new EventCommand("スマホ相談会(オンライン)", "スマホソウダンカイ", "スマートフォンの使い方をオンラインで相談できます。",
				null, "consultation", Set.of("14"), null, "高齢者", null, true, 10, AttendanceMode.ONLINE,
				"https://example.jp/meet", null, null, null, null, null, null, groupIds.get("シニアICTサポート相模原"), null,
				Set.of(), null, null, null, null, null, "前日までにメールで", null, false,
				List.of(new EventDateCommand(today.plusDays(9), null, LocalTime.of(13, 30), LocalTime.of(15, 0)))));
		save(author, false, new EventCommand("防災ワークショップ", "ボウサイワークショップ", "避難所運営ゲーム(HUG)を体験します。", null,
				"seminar", Set.of("08"), "minami", "どなたでも", null, true, 30, AttendanceMode.IN_PERSON, null, null,
				"南区合同庁舎", null, "神奈川県相模原市南区相模大野5-31-1", null, null, groupIds.get("子育てひろば さくら"), null,
				Set.of(), null, null, null, null, null, null, null, false,
				List.of(new EventDateCommand(today.plusDays(20), null, LocalTime.of(10, 0), LocalTime.of(12, 0)))));
	}

	private void save(Long author, boolean publish, EventCommand command) {
		if (command.organiserGroupId() == null && command.organiserName() == null) {
			return;
		}
		Event event = events.save(Event.create(municipalities.current().code(), author, command, clock.instant()));
		if (publish) {
			event.publish(clock.instant());
		}
		else {
			event.submit(clock.instant());
		}
	}
}
