package jp.tomoni.news;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.tomoni.accounts.AccountManagement;
import jp.tomoni.groups.GroupDirectory;
import jp.tomoni.groups.GroupProfile;
import jp.tomoni.municipality.Municipalities;
import jp.tomoni.shared.FiscalYear;
import jp.tomoni.shared.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two news posts and a published case story by the demo reporter, tagged with demo groups, loaded when the
 * municipality has neither news nor stories, unless {@code tomoni.demo-data=false}.
 */
@Component
class DemoNews {

	private final NewsPostRepository news;

	private final CaseStoryRepository stories;

	private final AccountManagement accounts;

	private final GroupDirectory directory;

	private final Municipalities municipalities;

	private final Clock clock;

	private final boolean demoData;

	DemoNews(NewsPostRepository news, CaseStoryRepository stories, AccountManagement accounts,
			GroupDirectory directory, Municipalities municipalities, Clock clock,
			@Value("${tomoni.demo-data:true}") boolean demoData) {
		this.news = news;
		this.stories = stories;
		this.accounts = accounts;
		this.directory = directory;
		this.municipalities = municipalities;
		this.clock = clock;
		this.demoData = demoData;
	}

	/** After the demonstration accounts and groups. */
	@EventListener(ApplicationReadyEvent.class)
	@Order(6)
	@Transactional
	public void load() {
		String code = municipalities.current().code();
		if (!demoData || news.countByMunicipalityCode(code) > 0 || stories.countByMunicipalityCode(code) > 0) {
			return;
		}
		var editor = accounts.findByEmail("staff@example.jp");
		var reporter = accounts.findByEmail("reporter@example.jp");
		if (editor.isEmpty() || reporter.isEmpty()) {
			return;
		}
		Map<String, Long> groups = directory.publicProfiles()
			.stream()
			.map(GroupProfile::summary)
			.collect(Collectors.toMap(summary -> summary.name(), summary -> summary.id(), (a, b) -> a));
		Function<String, Set<Long>> group = name -> groups.containsKey(name) ? Set.of(groups.get(name)) : Set.of();
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, FiscalYear.JAPAN);
		Actor staff = new Actor(editor.get().id(), editor.get().displayName(), EnumSet.of(Role.CITY_STAFF));

		NewsPost salon = NewsPost.draft(code, staff.accountId(), new NewsContent("市民活動サポートセンターで協働サロンを開きました",
				"シミンカツドウサポートセンターデキョウドウサロンヲヒラキマシタ",
				"市民活動団体と市の担当課が集まり、地域の課題と協働のアイデアを話し合う「協働サロン」を開きました。\n\n"
						+ "当日は12団体、28人が参加し、子育てや防災の分野で新しい連携が生まれました。次回の予定は決まりしだいお知らせします。\n\n"
						+ "詳しくは市のホームページ https://www.city.sagamihara.kanagawa.jp/ をご覧ください。",
				today.minusDays(7), Set.of("19", "03"), Set.of(), group.apply("相模原市民活動サポートセンター")), now.minusSeconds(7 * 86400));
		salon.publish(now.minusSeconds(7 * 86400));
		news.save(salon);

		NewsPost bousai = NewsPost.draft(code, staff.accountId(), new NewsContent("防災サポーターズと自治会が合同で避難所運営訓練",
				"ボウサイサポーターズトジチカイガゴウドウデヒナンジョウンエイクンレン",
				"相模原防災サポーターズと相模台自治会が、地区の小学校で避難所運営ゲーム(HUG)を使った合同訓練を行いました。\n\n"
						+ "中学生から80代まで60人が参加し、要配慮者の受け入れやペットの同行避難について意見を交わしました。",
				today.minusDays(2), Set.of("08", "09"), Set.of("minami"),
				union(group.apply("相模原防災サポーターズ"), group.apply("相模台自治会"))), now.minusSeconds(2 * 86400));
		bousai.publish(now.minusSeconds(2 * 86400));
		news.save(bousai);

		Actor author = new Actor(reporter.get().id(), reporter.get().displayName(), EnumSet.of(Role.REPORTER));
		CaseStory story = CaseStory.draft(code, author, new StoryContent("子育てひろばと大学生がつくった「夏休み学びの広場」",
				"ナツヤスミマナビノヒロバ", "子育てひろば さくら と 南区まちづくり学生ネット(大学生ボランティア)",
				"夏休みの5日間、子育てひろばの会場で小学生の宿題と自由研究を大学生が手伝いました。保護者向けの子育て相談も同じ会場で開きました。",
				"延べ85人の子どもが参加し、保護者の9割が「来年も参加したい」と答えました。学生ネットには3人の新しい会員が加わりました。",
				"ひろばの保護者とのつながりと、学生の企画力を組み合わせられたこと。役割分担を最初の打ち合わせで決めたこと。",
				"学生の試験期間と重なり、後半の人手が足りなくなりました。会場の冷房の予約にも苦労しました。",
				"次回は日程を早めに決め、地域の高齢者サロンにも声をかけて世代をこえた見守りの場にしたい。",
				Set.of("13", "02"), Set.of("hashimoto", "minami"),
				union(group.apply("子育てひろば さくら"), group.apply("南区まちづくり学生ネット"))), now.minusSeconds(5 * 86400));
		story.submit(author, now.minusSeconds(4 * 86400));
		story.publish(staff, now.minusSeconds(3 * 86400));
		stories.save(story);
	}

	private static Set<Long> union(Set<Long> a, Set<Long> b) {
		java.util.Set<Long> all = new java.util.LinkedHashSet<>(a);
		all.addAll(b);
		return all;
	}
}
