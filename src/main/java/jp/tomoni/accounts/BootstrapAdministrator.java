package jp.tomoni.accounts;

import java.util.EnumSet;

import jp.tomoni.municipality.Municipalities;
import jp.tomoni.shared.JapaneseText;
import jp.tomoni.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A real deployment starts empty: with {@code tomoni.bootstrap-admin=someone@city.example.jp} the first start
 * creates that administrator (when no administrator exists) and mails them a link to set their password.
 */
@Component
class BootstrapAdministrator {

	private static final Logger log = LoggerFactory.getLogger(BootstrapAdministrator.class);

	private final AccountManagement accounts;

	private final AccountRepository repository;

	private final Municipalities municipalities;

	private final String email;

	BootstrapAdministrator(AccountManagement accounts, AccountRepository repository, Municipalities municipalities,
			@Value("${tomoni.bootstrap-admin:}") String email) {
		this.accounts = accounts;
		this.repository = repository;
		this.municipalities = municipalities;
		this.email = email;
	}

	/** After the demonstration accounts ({@link DemoAccounts} runs first). */
	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE)
	public void createFirstAdministrator() {
		if (email.isBlank() || hasAdministrator()) {
			return;
		}
		String address = JapaneseText.normalize(email);
		if (repository.existsByMunicipalityCodeAndEmailIgnoreCase(municipalities.current().code(), address)) {
			log.warn("tomoni.bootstrap-admin {} already has an account without the administrator role; "
					+ "no administrator was created", address);
			return;
		}
		accounts.createStaffAccount(new StaffAccountCommand(address, "システム管理者", "システムカンリシャ", "システム管理者",
				EnumSet.of(Role.ADMIN)));
		log.info("Created the first administrator {}; the link to set the password is in the mail outbox", address);
	}

	private boolean hasAdministrator() {
		String code = municipalities.current().code();
		return repository.findAll()
			.stream()
			.anyMatch(account -> account.municipalityCode().equals(code) && account.roles().contains(Role.ADMIN));
	}
}
