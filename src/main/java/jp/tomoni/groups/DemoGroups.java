package jp.tomoni.groups;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.tomoni.accounts.AccountManagement;
import jp.tomoni.municipality.Municipalities;
import jp.tomoni.shared.FiscalYear;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demonstration groups of every kind in 相模原市's areas, administered by the demo group administrator, loaded
 * into an empty directory unless {@code tomoni.demo-data=false}. One waits for review; one was registered in the
 * previous fiscal year and has not confirmed its information since (情報更新確認), so the demo shows the marker.
 */
@Component
class DemoGroups {

	private record Demo(String name, String kana, String kind, Set<String> fields, Set<String> areas, String purpose,
			String activities, String offers, String seeks, boolean volunteers, boolean approved) {
	}

	private static final List<Demo> GROUPS = List.of(
			new Demo("子育てひろば さくら", "コソダテヒロバ サクラ", "volunteer-group", Set.of("13", "01"), Set.of("hashimoto"),
					"子育て中の親子が気軽に集い、相談し合える居場所をつくります。", "毎週水曜日の親子サロン、絵本の読み聞かせ、子育て相談会。",
					"読み聞かせの講師、親子向けイベントの運営ノウハウ", "ボランティア、会場", true, true),
			new Demo("NPO法人 みどりの森ネット", "ミドリノモリネット", "npo-corporation", Set.of("07", "02"),
					Set.of("midori", "fujino"), "相模原の里山と森林を市民の手で守り、次の世代に引き継ぎます。",
					"里山の下草刈り、間伐体験、自然観察会、環境学習の出前講座。", "自然観察会の講師、草刈り機", "会員、企業の協賛", true, true),
			new Demo("相模台自治会", "サガミダイジチカイ", "neighbourhood-association", Set.of("09", "03"), Set.of("sagamidai"),
					"住みよい安全なまちをつくるため、住民どうしの助け合いを進めます。", "防犯パトロール、ごみ集積所の清掃、夏祭り、防災訓練。",
					"集会所の貸出", "役員の担い手", false, true),
			new Demo("大野北地区高齢者サロン連絡会", "オオノキタチクコウレイシャサロンレンラクカイ", "other-purpose", Set.of("01"),
					Set.of("onokita"), "地域の高齢者が孤立せず、楽しく過ごせるサロンを運営します。", "月2回の茶話会、体操教室、健康相談。",
					"サロン運営の経験", "送迎ボランティア", true, true),
			new Demo("国際交流ラウンジさがみ", "コクサイコウリュウラウンジサガミ", "volunteer-group", Set.of("11", "02"), Set.of("chuo-district"),
					"外国人住民が地域で安心して暮らせるよう、日本語学習と生活相談を支えます。", "日本語教室、多言語の生活相談、国際交流パーティー。",
					"通訳(英語・中国語・ベトナム語)", "日本語ボランティア", true, true),
			new Demo("相模原防災サポーターズ", "サガミハラボウサイサポーターズ", "volunteer-group", Set.of("08", "09"),
					Set.of("minami", "ononaka"), "災害に強い地域をつくるため、防災の知識と備えを広めます。",
					"防災訓練の企画、避難所運営ゲーム(HUG)の講師派遣、防災マップづくり。", "防災講座の講師", "会員", true, true),
			new Demo("相模原市民活動サポートセンター", "サガミハラシミンカツドウサポートセンター", "intermediary", Set.of("19"),
					Set.of("midori", "chuo", "minami"), "市民活動団体の設立、運営、協働を支援します。",
					"団体運営の相談、講座、会議室と印刷機の提供、情報発信。", "相談、会議室、印刷機", "", false, true),
			new Demo("南区まちづくり学生ネット", "ミナミクマチヅクリガクセイネット", "education", Set.of("03", "02"), Set.of("minami"),
					"大学生が地域の人とともに、まちの課題に取り組みます。", "商店街のにぎわいづくり、子ども向け学習支援、地域行事の手伝い。",
					"若い担い手", "活動の場、協力団体", true, true),
			new Demo("藤野アートプロジェクト", "フジノアートプロジェクト", "other-purpose", Set.of("06", "04"), Set.of("fujino"),
					"芸術の力で里山の魅力を伝え、訪れる人と住む人をつなぎます。", "野外アート展、ワークショップ、アトリエ公開。", "ワークショップの講師",
					"展示の手伝い、協賛", true, true),
			new Demo("シニアICTサポート相模原", "シニアアイシーティーサポートサガミハラ", "npo-corporation", Set.of("14", "01"),
					Set.of("chuo"), "高齢者がスマートフォンやパソコンを使いこなし、暮らしを豊かにできるよう支えます。",
					"スマホ相談会、パソコン教室、オンライン手続きの手伝い。", "ICT講座の講師", "ボランティア講師", true, true),
			new Demo("田名ふるさと祭り実行委員会", "タナフルサトマツリジッコウイインカイ", "other-territorial", Set.of("03", "06"), Set.of("tana"),
					"田名地区の伝統行事を守り、世代を超えた交流の場をつくります。", "ふるさと祭りの企画運営、お囃子の継承。", "", "祭りのボランティア", true,
					false),
			new Demo("相模台地区自治会連合会", "サガミダイチクジチカイレンゴウカイ", "other-territorial", Set.of("09", "03"),
					Set.of("sagamidai"), "相模台地区の自治会が力を合わせ、地区全体の安全と住みよさを高めます。",
					"地区合同の防災訓練、自治会長会議、地区運動会、行政との連絡調整。", "自治会運営の相談", "自治会の加入促進の協力者", false, true),
			new Demo("相模台団地自治会", "サガミダイダンチジチカイ", "neighbourhood-association", Set.of("09", "01"),
					Set.of("sagamidai"), "団地の住民が互いに見守り合い、安心して暮らせる住まいをつくります。",
					"高齢者の見守り、団地清掃、もちつき大会。", "集会室の貸出", "見守りの協力者", true, true));

	/** The demo umbrella relation: two 自治会 in their 自治会連合会. */
	private static final String UMBRELLA = "相模台地区自治会連合会";

	private static final List<String> UMBRELLA_MEMBERS = List.of("相模台自治会", "相模台団地自治会");

	/** member@example.jp belongs to this group as a member. */
	private static final String MEMBERS_GROUP = "子育てひろば さくら";

	/** The richer profile of some demonstration groups, by name (the others have none, as many real groups). */
	private static final Map<String, GroupDetails> DETAILS = Map.of("子育てひろば さくら",
			new GroupDetails("voluntary-association", 2012, 4, 25, Set.of(DayOfWeek.WEDNESDAY), "毎週水曜日 10時〜12時",
					List.of("https://www.instagram.com/example_sakura"), Set.of("places"), Set.of("volunteers", "members")),
			"NPO法人 みどりの森ネット",
			new GroupDetails("npo-corporation", 2004, 10, 140, Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
					"毎月第2・第4土曜日、日曜日は観察会", List.of("https://www.facebook.com/example.midori", "https://note.com/example_midori"),
					Set.of("skills", "equipment"), Set.of("volunteers", "funds")),
			"相模台自治会",
			new GroupDetails("authorised-neighbourhood-association", 1965, null, 820, Set.of(), "役員会は毎月第1日曜日", List.of()),
			"大野北地区高齢者サロン連絡会",
			new GroupDetails("voluntary-association", 2010, null, 40, Set.of(DayOfWeek.TUESDAY), "第1・第3火曜日", List.of()),
			"国際交流ラウンジさがみ",
			new GroupDetails("voluntary-association", 2008, 6, 60, Set.of(DayOfWeek.SUNDAY), "日本語教室は毎週日曜日",
					List.of("https://www.youtube.com/@example-sagami")),
			"相模原市民活動サポートセンター",
			new GroupDetails("other", 1998, 4, null,
					Set.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY),
					"9時〜21時(月曜・祝日休み)", List.of("https://x.com/example_center"), Set.of("places", "skills"),
					Set.of("partners")),
			"シニアICTサポート相模原",
			new GroupDetails("npo-corporation", 2016, 7, 35, Set.of(DayOfWeek.THURSDAY), "スマホ相談会は毎月第3木曜日",
					List.of()));

	/** The demo group that has not confirmed its information in the current fiscal year. */
	static final String UNCONFIRMED = "藤野アートプロジェクト";

	private final GroupRepository groups;

	private final AccountManagement accounts;

	private final Municipalities municipalities;

	private final Clock clock;

	private final boolean demoData;

	private final GroupMemberRepository members;

	private final GroupAffiliationRepository affiliations;

	DemoGroups(GroupRepository groups, AccountManagement accounts, Municipalities municipalities, Clock clock,
			@Value("${tomoni.demo-data:true}") boolean demoData, GroupMemberRepository members,
			GroupAffiliationRepository affiliations) {
		this.members = members;
		this.affiliations = affiliations;
		this.groups = groups;
		this.accounts = accounts;
		this.municipalities = municipalities;
		this.clock = clock;
		this.demoData = demoData;
	}

	/** After the demonstration accounts and areas. */
	@EventListener(ApplicationReadyEvent.class)
	@Order(5)
	@Transactional
	public void load() {
		if (!demoData || groups.count() > 0) {
			return;
		}
		Instant lastYear = FiscalYear.current(clock).previous().firstDay().plusMonths(2).atStartOfDay(FiscalYear.JAPAN).toInstant();
		accounts.findByEmail("group-admin@example.jp").ifPresent(owner -> {
			for (Demo demo : GROUPS) {
				Instant when = demo.name().equals(UNCONFIRMED) ? lastYear : clock.instant();
				Group group = Group.register(municipalities.current().code(), owner.id(),
						new GroupCommand(demo.name(), demo.kana(), demo.kind(), null, demo.fields(), demo.areas(),
								demo.purpose(), demo.activities(), blankToNull(demo.offers()), blankToNull(demo.seeks()),
								demo.volunteers(), null, "info@example.jp", Visibility.SIGNED_IN, "042-000-0000",
								Visibility.STAFF, DETAILS.getOrDefault(demo.name(), GroupDetails.NONE)),
						when);
				if (demo.approved()) {
					group.approve(when);
				}
				groups.save(group);
				members.save(new GroupMembership(group.id(), owner.id(), MemberRole.ADMINISTRATOR, clock.instant()));
			}
			loadMembersAndUmbrella();
		});
	}

	/** member@example.jp in one group; the 自治会連合会 with its two 自治会. (Their demo roles already match.) */
	private void loadMembersAndUmbrella() {
		java.util.Map<String, Long> ids = new java.util.HashMap<>();
		groups.findAll().forEach(group -> ids.put(group.name(), group.id()));
		accounts.findByEmail("member@example.jp")
			.ifPresent(member -> members
				.save(new GroupMembership(ids.get(MEMBERS_GROUP), member.id(), MemberRole.MEMBER, clock.instant())));
		for (String name : UMBRELLA_MEMBERS) {
			GroupAffiliation affiliation = new GroupAffiliation(ids.get(name), ids.get(UMBRELLA), null, clock.instant());
			affiliation.confirm(java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Asia/Tokyo")),
					clock.instant());
			affiliations.save(affiliation);
		}
	}

	private static String blankToNull(String value) {
		return value.isBlank() ? null : value;
	}
}
