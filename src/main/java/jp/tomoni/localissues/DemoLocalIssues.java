package jp.tomoni.localissues;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;

import jp.tomoni.accounts.AccountManagement;
import jp.tomoni.accounts.AccountView;
import jp.tomoni.groups.GroupDirectory;
import jp.tomoni.groups.GroupProfile;
import jp.tomoni.municipality.Municipalities;
import jp.tomoni.shared.FiscalYear;
import jp.tomoni.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demonstration issues posted by the demo resident and accepted by the demo coordinator: one accepted, one with an
 * open call for solutions and a group's proposal. Loaded into an empty table unless {@code tomoni.demo-data=false}.
 */
@Component
class DemoLocalIssues {

	private final LocalIssueRepository issues;

	private final AccountManagement accounts;

	private final GroupDirectory groups;

	private final Municipalities municipalities;

	private final Clock clock;

	private final boolean demoData;

	DemoLocalIssues(LocalIssueRepository issues, AccountManagement accounts, GroupDirectory groups,
			Municipalities municipalities, Clock clock, @Value("${tomoni.demo-data:true}") boolean demoData) {
		this.issues = issues;
		this.accounts = accounts;
		this.groups = groups;
		this.municipalities = municipalities;
		this.clock = clock;
		this.demoData = demoData;
	}

	/** After the demonstration groups and events. */
	@EventListener(ApplicationReadyEvent.class)
	@Order(7)
	@Transactional
	public void load() {
		if (!demoData || issues.count() > 0) {
			return;
		}
		Actor resident = actor("citizen@example.jp", Role.CITIZEN);
		Actor coordinator = actor("coordinator@example.jp", Role.COORDINATOR);
		if (resident == null || coordinator == null) {
			return;
		}
		String code = municipalities.current().code();
		Instant now = clock.instant();
		LocalDate today = LocalDate.now(clock.withZone(FiscalYear.JAPAN));

		LocalIssue crossing = LocalIssue.post(code, resident, new IssueCommand("通学路の横断歩道が見えにくい",
				"橋本小学校前の横断歩道の白線が薄くなり、夕方は車から見えにくくなっています。見守りの人手も足りません。",
				"hashimoto", "橋本小学校の正門前", "登下校する児童と保護者、近くの高齢者"), false, now);
		crossing.accept(coordinator, "道路補修課に伝えました。見守り活動の担い手も一緒に考えます。", now);
		issues.save(crossing);

		LocalIssue shopping = LocalIssue.post(code, resident, new IssueCommand("高齢者の買い物が不便",
				"近くのスーパーが閉店し、車を運転しない高齢者が買い物に困っています。移動販売や送迎の仕組みがほしいです。",
				"minami", "相武台団地のあたり", "団地に住む一人暮らしの高齢者"), false, now);
		shopping.accept(coordinator, null, now);
		shopping.openCall(coordinator, "移動販売、買い物の付き添い、送迎など、買い物を支える仕組みを提案してください。",
				today.plusWeeks(4), today, now);
		Actor groupAdmin = actor("group-admin@example.jp", Role.GROUP_ADMIN);
		GroupProfile group = groups.publicProfiles().stream().findFirst().orElse(null);
		if (groupAdmin != null && group != null) {
			shopping.propose(groupAdmin, group.summary().id(), group.summary().name(),
					"団体の会員が週1回、買い物の付き添いをします。地域のお店とも相談しています。", today, now);
		}
		issues.save(shopping);
	}

	private @Nullable Actor actor(String email, Role role) {
		return accounts.findByEmail(email)
			.map((AccountView a) -> new Actor(a.id(), a.displayName(), EnumSet.of(Role.CITIZEN, role)))
			.orElse(null);
	}
}
