package jp.tomoni.talent;

import java.time.DayOfWeek;
import java.util.Set;

import jp.tomoni.accounts.AccountManagement;
import jp.tomoni.accounts.AccountView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two demonstration supporters in the talent bank (the demo member and reporter), loaded into an empty bank unless
 * {@code tomoni.demo-data=false}, so that a need posted in the demo shows suggestions.
 */
@Component
class DemoTalent {

	private final TalentBank bank;

	private final TalentEntryRepository entries;

	private final AccountManagement accounts;

	private final boolean demoData;

	DemoTalent(TalentBank bank, TalentEntryRepository entries, AccountManagement accounts,
			@Value("${tomoni.demo-data:true}") boolean demoData) {
		this.bank = bank;
		this.entries = entries;
		this.accounts = accounts;
		this.demoData = demoData;
	}

	/** After the demonstration accounts. */
	@EventListener(ApplicationReadyEvent.class)
	@Order(7)
	@Transactional
	public void load() {
		if (!demoData || entries.count() > 0) {
			return;
		}
		accounts.findByEmail("member@example.jp").map(AccountView::id).ifPresent(id -> bank.save(id,
				new TalentCommand("さくらの写真係", Set.of("photo", "design"), "イベントの記録写真、チラシ作り", null,
						Set.of("13", "03"), Set.of("hashimoto"), Set.of(TalentMode.HANDS_ON, TalentMode.TEACH),
						Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), "土日の午前", TalentFee.FREE,
						"子育てひろばで写真を撮っています。", TalentVisibility.PUBLIC)));
		accounts.findByEmail("reporter@example.jp").map(AccountView::id).ifPresent(id -> bank.save(id,
				new TalentCommand("ITサポーター", Set.of("it"), "パソコン・スマートフォンの使い方、ホームページ作り", "ITパスポート",
						Set.of("14", "19"), Set.of("chuo"), Set.of(TalentMode.TEACH, TalentMode.ADVISE),
						Set.of(DayOfWeek.WEDNESDAY), "平日の夜", TalentFee.EXPENSES, "団体のIT化をお手伝いします。",
						TalentVisibility.MATCHING)));
	}
}
