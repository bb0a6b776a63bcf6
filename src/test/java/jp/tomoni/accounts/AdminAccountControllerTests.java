package jp.tomoni.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jp.tomoni.audit.AuditLog;
import jp.tomoni.municipality.Municipalities;
import jp.tomoni.municipality.MunicipalityView;
import jp.tomoni.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Web slice: the account list renders fully for a plain request and as a fragment for htmx. */
@WebMvcTest(AdminAccountController.class)
class AdminAccountControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	AccountManagement accounts;

	@MockitoBean
	Municipalities municipalities;

	@MockitoBean
	AuditLog auditLog;

	@BeforeEach
	void setUp() {
		given(municipalities.current()).willReturn(new MunicipalityView("141500", "相模原市", "サガミハラシ"));
		AccountView yamada = new AccountView(8, "citizen@example.jp", "山田 太郎", "ヤマダ タロウ", "やまだ", "ACTIVE",
				Set.of(Role.CITIZEN), Instant.now(), Instant.now(), Instant.now());
		given(accounts.search(eq("やまだ"), any(), anyInt(), anyInt()))
			.willReturn(new PageImpl<>(List.of(yamada), PageRequest.of(0, 20), 1));
	}

	@Test
	void aPlainRequestGetsTheWholePage() {
		assertThat(mvc.get().uri("/admin/accounts").param("q", "やまだ").with(user("admin").roles("ADMIN")))
			.hasStatusOk()
			.bodyText()
			.contains("<html", "id=\"results\"", "山田 太郎", "hx-get=\"/admin/accounts\"");
	}

	@Test
	void anHtmxRequestGetsOnlyTheResults() {
		assertThat(mvc.get()
			.uri("/admin/accounts")
			.param("q", "やまだ")
			.header("HX-Request", "true")
			.with(user("admin").roles("ADMIN")))
			.hasStatusOk()
			.bodyText()
			.contains("id=\"results\"", "山田 太郎")
			.doesNotContain("<html", "<header");
	}
}
