package jp.tomoni.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import jp.tomoni.accounts.AccountManagement;
import jp.tomoni.shared.FiscalYear;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demonstration needs and offers — a demo group's need that the demo supporters answer, and the city's offer of a
 * room — loaded when there are no posts unless {@code tomoni.demo-data=false}.
 */
@Component
class DemoMatching {

	private final Matching matching;

	private final MatchPostRepository posts;

	private final AccountManagement accounts;

	private final Clock clock;

	private final boolean demoData;

	DemoMatching(Matching matching, MatchPostRepository posts, AccountManagement accounts, Clock clock,
			@Value("${tomoni.demo-data:true}") boolean demoData) {
		this.matching = matching;
		this.posts = posts;
		this.accounts = accounts;
		this.clock = clock;
		this.demoData = demoData;
	}

	/** After the demonstration groups and supporters. */
	@EventListener(ApplicationReadyEvent.class)
	@Order(8)
	@Transactional
	public void load() {
		if (!demoData || posts.count() > 0) {
			return;
		}
		LocalDate today = LocalDate.now(clock.withZone(FiscalYear.JAPAN));
		accounts.findByEmail("group-admin@example.jp").ifPresent(admin -> {
			Actor actor = new Actor(admin.id(), admin.displayName(), false);
			matching.administeredGroups(admin.id()).stream()
				.filter(m -> m.group().name().equals("子育てひろば さくら"))
				.findFirst()
				.ifPresent(group -> matching.post(actor, new PostCommand(PostSide.NEED, group.group().id(), false,
						"親子サロンの記録写真を撮ってくれる方を探しています",
						"毎週水曜の親子サロンの様子を、活動報告やチラシに使う写真として撮影してくれる方を探しています。",
						Set.of(PostKind.SKILLS, PostKind.PEOPLE), Set.of("photo"), Set.of("13"), Set.of("hashimoto"),
						today, today.plusMonths(3))));
		});
		accounts.findByEmail("staff@example.jp").ifPresent(staff -> matching.post(
				new Actor(staff.id(), staff.displayName(), true),
				new PostCommand(PostSide.OFFER, null, true, "市民活動サポートセンターの会議室を地域活動に",
						"平日の夜と土曜日に、会議室(20人)を地域活動の打合せに無料でお使いいただけます。",
						Set.of(PostKind.PLACE), Set.of(), Set.of("03", "19"), Set.of("chuo"), null, null)));
	}
}
