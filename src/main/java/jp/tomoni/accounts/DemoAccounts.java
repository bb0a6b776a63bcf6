package jp.tomoni.accounts;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jp.tomoni.municipality.Municipalities;
import jp.tomoni.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demonstration accounts, one for every role, created in an empty database unless
 * {@code tomoni.demo-data=false}. A real deployment starts empty and creates its first administrator with
 * the {@code tomoni.bootstrap-admin} setting ({@link BootstrapAdministrator}).
 */
@Component
class DemoAccounts {

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	record Demo(String email, String fullName, String kana, String displayName, Set<Role> roles) {
	}

	static final List<Demo> ACCOUNTS = List.of(
			new Demo("admin@example.jp", "管理 太郎", "カンリ タロウ", "システム管理者", EnumSet.of(Role.ADMIN)),
			new Demo("staff@example.jp", "協働 花子", "キョウドウ ハナコ", "協働推進課", EnumSet.of(Role.CITY_STAFF)),
			new Demo("coordinator@example.jp", "支援 一郎", "シエン イチロウ", "サポートセンター",
					EnumSet.of(Role.COORDINATOR)),
			new Demo("reviewer@example.jp", "審査 京子", "シンサ キョウコ", "審査委員", EnumSet.of(Role.REVIEWER)),
			new Demo("reporter@example.jp", "記者 健太", "キシャ ケンタ", "協働リポーター", EnumSet.of(Role.REPORTER)),
			new Demo("group-admin@example.jp", "代表 由美", "ダイヒョウ ユミ", "子育てひろば代表",
					EnumSet.of(Role.GROUP_ADMIN, Role.GROUP_MEMBER)),
			new Demo("member@example.jp", "会員 翔", "カイイン ショウ", "子育てひろば会員", EnumSet.of(Role.GROUP_MEMBER)),
			new Demo("citizen@example.jp", "山田 太郎", "ヤマダ タロウ", "やまだ", EnumSet.noneOf(Role.class)));

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final AccountsProperties properties;

	private final Municipalities municipalities;

	private final Clock clock;

	DemoAccounts(AccountRepository accounts, PasswordEncoder passwordEncoder, AccountsProperties properties,
			Municipalities municipalities, Clock clock) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.properties = properties;
		this.municipalities = municipalities;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(0)
	@Transactional
	public void load() {
		String code = municipalities.current().code();
		if (!properties.demoData() || accounts.countByMunicipalityCode(code) > 0) {
			return;
		}
		String hash = passwordEncoder.encode(properties.demoPassword());
		for (Demo demo : ACCOUNTS) {
			accounts.save(Account.demo(code, demo.email(), hash,
					new Account.Profile(demo.fullName(), demo.kana(), demo.displayName()), demo.roles(),
					clock.instant()));
		}
		log.info("Created {} demonstration accounts (password in the README)", ACCOUNTS.size());
	}
}
