package jp.tomoni.proposals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jp.tomoni.accounts.AccountManagement;
import jp.tomoni.accounts.AccountView;
import jp.tomoni.groups.GroupDirectory;
import jp.tomoni.groups.GroupProfile;
import jp.tomoni.municipality.Municipalities;
import jp.tomoni.proposals.ProposalLines.Answer;
import jp.tomoni.proposals.ProposalLines.BudgetLine;
import jp.tomoni.proposals.ProposalLines.Indicator;
import jp.tomoni.proposals.ProposalLines.Partner;
import jp.tomoni.proposals.ProposalLines.ScheduleLine;
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
 * Demonstration calls and proposals, opened by the demo city staff: a published city-themed call (parks) with a
 * submitted proposal of two demo groups together, and a published open call with a demo group's draft. Loaded into
 * an empty table unless {@code tomoni.demo-data=false}.
 */
@Component
class DemoProposals {

	private final ProposalCallRepository calls;

	private final ProposalRepository proposals;

	private final AccountManagement accounts;

	private final GroupDirectory groups;

	private final Municipalities municipalities;

	private final Clock clock;

	private final boolean demoData;

	DemoProposals(ProposalCallRepository calls, ProposalRepository proposals, AccountManagement accounts,
			GroupDirectory groups, Municipalities municipalities, Clock clock,
			@Value("${tomoni.demo-data:true}") boolean demoData) {
		this.calls = calls;
		this.proposals = proposals;
		this.accounts = accounts;
		this.groups = groups;
		this.municipalities = municipalities;
		this.clock = clock;
		this.demoData = demoData;
	}

	/** After the demonstration accounts and groups. */
	@EventListener(ApplicationReadyEvent.class)
	@Order(9)
	@Transactional
	public void load() {
		if (!demoData || calls.count() > 0) {
			return;
		}
		Actor staff = actor("staff@example.jp", Role.CITY_STAFF);
		AccountView reviewer = accounts.findByEmail("reviewer@example.jp").orElse(null);
		if (staff == null || reviewer == null) {
			return;
		}
		String code = municipalities.current().code();
		Instant now = clock.instant();
		LocalDate today = LocalDate.now(clock.withZone(FiscalYear.JAPAN));
		List<CallCriterion> criteria = List.of(new CallCriterion("public-benefit", "公益性", "広く市民の利益になるか", 20),
				new CallCriterion("collaboration-effect", "協働の効果", "市と協働することで効果が高まるか", 30),
				new CallCriterion("feasibility", "実現性", "計画、体制、予算が具体的か", 30),
				new CallCriterion("cost", "経費の妥当性", null, 20));
		List<String> checklist = List.of("fine-grained", "specialist", "broad-participation", "local", "need-exists",
				"collaboration-effect", "strengths-used", "consistent-with-plans", "cost-reasonable");

		ProposalCall parks = calls.save(ProposalCall.open(code, staff, new CallDetails(CallKind.CITY_THEMED,
				"公園を地域の居場所にする事業", "parks", "公園を、子どもから高齢者までが集う地域の居場所に",
				"平日の昼間、公園を使う人が少なく、高齢者が外出する場や子育て世代との交流が不足しています。", 1_000_000L, today,
				today.plusDays(21), deadline(today.plusDays(30)), today.plusDays(35), today.plusDays(50),
				today.plusDays(60), "市内で1年以上活動している市民活動団体、自治会、NPO法人など(複数の団体による共同提案も可)",
				criteria, checklist, Set.of(reviewer.id())), now));
		parks.publish(staff, now);

		ProposalCall open = calls.save(ProposalCall.open(code, staff, new CallDetails(CallKind.OPEN,
				"市民提案型協働事業(自由提案)", null, null, null, null, today, today.plusDays(30), deadline(today.plusDays(45)),
				today.plusDays(50), today.plusDays(70), today.plusDays(80),
				"市内で活動している市民活動団体など。団体の特性をいかし、市と協働することで効果が高まる事業を提案してください。", criteria,
				checklist, Set.of(reviewer.id())), now));
		open.publish(staff, now);

		Actor groupAdmin = actor("group-admin@example.jp", Role.GROUP_ADMIN);
		List<GroupProfile> demoGroups = groups.publicProfiles();
		if (groupAdmin == null || demoGroups.size() < 2) {
			return;
		}
		GroupProfile lead = demoGroups.get(0);
		GroupProfile partner = demoGroups.get(1);
		Proposal together = Proposal.draft(parks, groupAdmin, lead.summary().id(), lead.summary().name(), now);
		together.save(parks, groupAdmin, new ProposalContent("朝の公園体操と見守り", "一人暮らしの高齢者が外出する機会が少ない。",
				"毎週水曜の朝に公園で体操を行い、参加者どうしの見守りにつなげる。", "体操の指導と参加の呼びかけ",
				"公園の使用の調整と広報紙での周知",
				"高齢者の外出が増え、子育て世代との交流が生まれる。",
				List.of(new Partner(partner.summary().id(), partner.summary().name(), "子ども連れの参加の呼びかけと見守りの記録")),
				List.of(new ScheduleLine("6月", "準備、広報"), new ScheduleLine("7月〜翌3月", "毎週水曜の体操")),
				List.of(new BudgetLine("講師謝礼", "240000", "40000", "200000"), new BudgetLine("チラシ印刷", "60000", "10000",
						"50000")),
				List.of(new Indicator("延べ参加者数", "1,200人"), new Indicator("見守りの声かけ件数", "300件")),
				checklist.stream().map(item -> new Answer(item, true, "地域の実情に合わせて進めるため。")).toList(), true, true,
				true), now);
		together.submit(parks, groupAdmin, now);
		proposals.save(together);

		Proposal draft = Proposal.draft(open, groupAdmin, lead.summary().id(), lead.summary().name(), now);
		draft.save(open, groupAdmin, new ProposalContent("子育て世代の防災ワークショップ", "子育て中の家庭が災害への備えを学ぶ場が少ない。",
				null, null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(), false, false, false), now);
		proposals.save(draft);
	}

	private static Instant deadline(LocalDate day) {
		return day.atTime(17, 0).atZone(FiscalYear.JAPAN).toInstant();
	}

	private @Nullable Actor actor(String email, Role role) {
		return accounts.findByEmail(email)
			.map((AccountView a) -> new Actor(a.id(), a.displayName(), EnumSet.of(Role.CITIZEN, role)))
			.orElse(null);
	}
}
