package jp.tomoni.volunteering;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jp.tomoni.accounts.AccountManagement;
import jp.tomoni.groups.GroupDirectory;
import jp.tomoni.groups.GroupProfile;
import jp.tomoni.municipality.Municipalities;
import jp.tomoni.shared.FiscalYear;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two published demonstration opportunities of the demo groups with shifts in the coming weeks, loaded into an empty
 * table unless {@code tomoni.demo-data=false}.
 */
@Component
class DemoOpportunities {

	private final OpportunityRepository opportunities;

	private final ShiftRepository shifts;

	private final GroupDirectory groups;

	private final AccountManagement accounts;

	private final Municipalities municipalities;

	private final Clock clock;

	private final boolean demoData;

	DemoOpportunities(OpportunityRepository opportunities, ShiftRepository shifts, GroupDirectory groups,
			AccountManagement accounts, Municipalities municipalities, Clock clock,
			@Value("${tomoni.demo-data:true}") boolean demoData) {
		this.opportunities = opportunities;
		this.shifts = shifts;
		this.groups = groups;
		this.accounts = accounts;
		this.municipalities = municipalities;
		this.clock = clock;
		this.demoData = demoData;
	}

	/** After the demonstration groups and events. */
	@EventListener(ApplicationReadyEvent.class)
	@Order(7)
	@Transactional
	public void load() {
		if (!demoData || opportunities.count() > 0) {
			return;
		}
		Long author = accounts.findByEmail("group-admin@example.jp").map(a -> a.id()).orElse(null);
		if (author == null) {
			return;
		}
		Map<String, Long> groupIds = groups.publicProfiles()
			.stream()
			.map(GroupProfile::summary)
			.collect(Collectors.toMap(g -> g.name(), g -> g.id(), (a, b) -> a));
		LocalDate today = LocalDate.now(clock.withZone(FiscalYear.JAPAN));
		LocalDate saturday = today.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
		save(author, groupIds, "NPO法人 みどりの森ネット",
				new OpportunityCommand("相模川河川敷の清掃ボランティア", "相模川の河川敷でごみ拾いと分別をします。初めての方も歓迎です。",
						Set.of("07"), "midori", null, null, "軍手、飲み物、帽子", "特になし", 10, null,
						List.of(new ShiftCommand(saturday, LocalTime.of(9, 0), LocalTime.of(11, 30), "高田橋たもとの広場", 15),
								new ShiftCommand(saturday.plusWeeks(2), LocalTime.of(9, 0), LocalTime.of(11, 30),
										"高田橋たもとの広場", 15)),
						true));
		save(author, groupIds, "子育てひろば さくら",
				new OpportunityCommand("親子サロンの受付・見守りボランティア", "親子サロンの受付、絵本の読み聞かせ、片付けを手伝っていただきます。",
						Set.of("13"), "hashimoto", null, null, "上履き", "子どもと関わった経験があれば歓迎", 16, null,
						List.of(new ShiftCommand(saturday.plusDays(4), LocalTime.of(9, 30), LocalTime.of(12, 0), "橋本公民館", 3),
								new ShiftCommand(saturday.plusDays(11), LocalTime.of(9, 30), LocalTime.of(12, 0), "橋本公民館",
										3)),
						true));
	}

	private void save(long author, Map<String, Long> groupIds, String groupName, OpportunityCommand command) {
		Long groupId = groupIds.get(groupName);
		if (groupId == null) {
			return;
		}
		Opportunity opportunity = opportunities.save(new Opportunity(municipalities.current().code(), command, groupId,
				groupName, author, true, clock.instant()));
		command.shifts().forEach(s -> shifts.save(new Shift(opportunity.id(), s)));
	}
}
