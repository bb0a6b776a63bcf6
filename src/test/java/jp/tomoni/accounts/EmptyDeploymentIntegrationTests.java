package jp.tomoni.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import jp.tomoni.mail.MailOutbox;
import jp.tomoni.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A real deployment: {@code tomoni.demo-data=false} starts with no demonstration data, and
 * {@code tomoni.bootstrap-admin} creates the first administrator, who sets a password by the mailed link. Runs on
 * its own empty in-memory database whatever database the rest of the suite uses, since "empty" is the point.
 */
@SpringBootTest(properties = { "tomoni.demo-data=false", "tomoni.bootstrap-admin=first-admin@city.example.jp",
		"spring.datasource.url=jdbc:h2:mem:empty-deployment;DB_CLOSE_DELAY=-1", "spring.datasource.username=sa",
		"spring.datasource.password=" })
class EmptyDeploymentIntegrationTests {

	@Autowired
	AccountManagement accounts;

	@Autowired
	MailOutbox outbox;

	@Test
	void startsWithoutDemonstrationDataAndWithTheFirstAdministrator() {
		var all = accounts.search("", null, 0, 50).getContent();
		assertThat(all).singleElement().satisfies(admin -> {
			assertThat(admin.email()).isEqualTo("first-admin@city.example.jp");
			assertThat(admin.roles()).contains(Role.ADMIN);
			assertThat(admin.status()).isEqualTo("PENDING");
		});
		assertThat(outbox.list("first-admin@city.example.jp", 0, 5).getContent()).singleElement()
			.satisfies(mail -> assertThat(mail.body()).contains("/password-reset/new?token="));
	}
}
