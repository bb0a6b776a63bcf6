package jp.tomoni.projects;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jp.tomoni.municipality.Municipalities;
import jp.tomoni.shared.FiscalYear;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demonstration projects of the register, with partners from the demonstration groups: a co-hosted event, an adopt
 * agreement, a commission that has stayed with the same partner for three 年度 (so the review list has an entry), a
 * patronage, and a collaboration among groups without the city; some with a plan (milestones and indicators) to report
 * against. Loaded into an empty register unless
 * {@code tomoni.demo-data=false}.
 */
@Component
class DemoProjects {

	private final Projects projects;

	private final ProjectRepository repository;

	private final Municipalities municipalities;

	private final Clock clock;

	private final boolean demoData;

	DemoProjects(Projects projects, ProjectRepository repository, Municipalities municipalities, Clock clock,
			@Value("${tomoni.demo-data:true}") boolean demoData) {
		this.projects = projects;
		this.repository = repository;
		this.municipalities = municipalities;
		this.clock = clock;
		this.demoData = demoData;
	}

	/** After the demonstration groups. */
	@EventListener(ApplicationReadyEvent.class)
	@Order(8)
	public void load() {
		if (!demoData || repository.count() > 0) {
			return;
		}
		Map<String, Long> groups = projects.groupChoices()
			.stream()
			.collect(Collectors.toMap(Projects.GroupChoice::name, Projects.GroupChoice::id, (a, b) -> a));
		FiscalYear year = FiscalYear.current(clock);
		LocalDate april = year.firstDay();
		ProjectPartner sakura = group(groups, "子育てひろば さくら", "ひろばの運営と親子への声かけ", "地区で子育て支援の実績があるため");
		ProjectPartner forest = group(groups, "NPO法人 みどりの森ネット", "間伐と散策路の手入れ、参加者の安全管理",
				"里山保全の専門知識と保険の備えがあるため");
		ProjectPartner bousai = group(groups, "相模原防災サポーターズ", "訓練の企画と進行", null);
		ProjectPartner sagamidai = group(groups, "相模台自治会", "住民への呼びかけと会場の準備", null);
		ProjectPartner festival = group(groups, "田名ふるさと祭り実行委員会", "祭りの主催", null);
		register(new ProjectCommand("夏休み親子ひろば", "夏休みの間、地区の公民館で親子が集える広場を市と共催で開きます。", "co-hosting", null, true,
				"children-youth", Set.of("13", "01"), "minami", april.plusMonths(3), april.plusMonths(4).plusDays(30),
				ProjectOrigin.DIRECT, null, ProjectStatus.PLANNED,
				list(sakura, new ProjectPartner(null, "市内の大学 子ども学部", PartnerKind.UNIVERSITY, "学生ボランティアの派遣",
						"子どもの遊びを学ぶ学生の実習の場にもなるため")),
				List.of(new ProjectMilestone("6月", "会場の下見と広報"), new ProjectMilestone("7月〜8月", "毎週のひろばの開催"),
						new ProjectMilestone("9月", "ふりかえりと報告")),
				List.of(new ProjectIndicator("延べ参加者数", "300人"), new ProjectIndicator("参加者の満足度", "8割以上"))));
		register(new ProjectCommand("里山の森アドプト", "緑区の市有林を団体が里親として手入れし、市は道具と保険を用意します。", "adopt", null, true, "parks",
				Set.of("07"), "midori", april.minusYears(2), null, ProjectOrigin.DIRECT, null, ProjectStatus.RUNNING,
				list(forest),
				List.of(new ProjectMilestone("毎年4月〜6月", "下草刈りと散策路の点検"), new ProjectMilestone("毎年11月〜2月", "間伐と林の手入れ")),
				List.of(new ProjectIndicator("手入れした面積", "年2ヘクタール"), new ProjectIndicator("作業に参加した人数", "延べ150人"))));
		for (int i = 2; i >= 0; i--) {
			register(new ProjectCommand("公園の清掃と見守り 委託(" + april.minusYears(i).getYear() + "年度)",
					"公園の清掃と遊具の見守りを、地域の事業者に協働委託します。", "commission", null, true, "parks", Set.of("03", "07"),
					"chuo", april.minusYears(i), april.minusYears(i - 1).minusDays(1), ProjectOrigin.DIRECT, null,
					i == 0 ? ProjectStatus.RUNNING : ProjectStatus.FINISHED,
					List.of(new ProjectPartner(null, "相模クリーンサービス株式会社", PartnerKind.BUSINESS, "清掃と見守りの実施",
							"地域の雇用を生み、公園の近くに拠点があるため(指名競争で選定)")),
					List.of(), List.of()));
		}
		register(new ProjectCommand("田名ふるさと祭り", "地域の祭りを市が後援します。", "patronage", null, true, "ward-support",
				Set.of("06", "03"), null, april.plusMonths(4), april.plusMonths(4), ProjectOrigin.DIRECT, null,
				ProjectStatus.PLANNED, list(festival), List.of(), List.of()));
		register(new ProjectCommand("地区合同の避難所運営訓練", "防災の団体と自治会が合同で避難所運営訓練を行います(市は参加しない、市民どうしの協働)。",
				"business-cooperation", Zone.CITIZEN_LED, false, null, Set.of("08", "09"), null, april.minusMonths(2),
				april.minusMonths(2), ProjectOrigin.DIRECT, null, ProjectStatus.FINISHED, list(bousai, sagamidai),
				List.of(new ProjectMilestone("当日", "避難所の開設と運営の訓練")),
				List.of(new ProjectIndicator("訓練の参加者", "100人"))));
	}

	private void register(ProjectCommand command) {
		if (!command.partners().isEmpty()) {
			projects.register(command);
		}
	}

	private static List<ProjectPartner> list(@Nullable ProjectPartner... partners) {
		return java.util.Arrays.stream(partners).filter(java.util.Objects::nonNull).toList();
	}

	private static @Nullable ProjectPartner group(Map<String, Long> groups, String name, String role,
			@Nullable String reason) {
		Long id = groups.get(name);
		return id == null ? null : new ProjectPartner(id, name, PartnerKind.GROUP, role, reason);
	}
}
