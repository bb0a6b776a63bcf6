package jp.tomoni.platform;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.tomoni.TomoniIntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@TomoniIntegrationTest
class WebSecurityIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void formsWithoutACsrfTokenAreRefused() throws Exception {
		mvc.perform(post("/signup").param("email", "x@example.jp")).andExpect(status().isForbidden());
		mvc.perform(post("/password-reset").param("email", "x@example.jp")).andExpect(status().isForbidden());
		mvc.perform(post("/password-reset").with(csrf().useInvalidToken()).param("email", "x@example.jp"))
			.andExpect(status().isForbidden());
	}

	@Test
	void pagesCarryTheSecurityHeaders() throws Exception {
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", Matchers.containsString("script-src 'self';")))
			.andExpect(header().string("Content-Security-Policy", Matchers.containsString("frame-ancestors 'none'")))
			.andExpect(header().string("Content-Security-Policy", Matchers.not(Matchers.containsString("unsafe-inline"))))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
			.andExpect(header().doesNotExist("Strict-Transport-Security"))
			.andExpect(header().exists("X-Request-Id"));
	}

	@Test
	void strictTransportSecurityIsSentOverHttps() throws Exception {
		mvc.perform(get("/").secure(true))
			.andExpect(header().string("Strict-Transport-Security", Matchers.containsString("max-age=31536000")));
	}

	@Test
	void theHomePageIsJapaneseByDefaultWithAnEnglishSwitch() throws Exception {
		mvc.perform(get("/"))
			.andExpect(content().string(Matchers.containsString("<html lang=\"ja\">")))
			.andExpect(content().string(Matchers.containsString("共に考え、共に汗を流し、共に働く")))
			.andExpect(content().string(Matchers.containsString("id=\"lang-en\"")));
		mvc.perform(get("/").param("lang", "en"))
			.andExpect(content().string(Matchers.containsString("<html lang=\"en\">")))
			.andExpect(content().string(Matchers.containsString("Thinking, working and acting together")))
			.andExpect(cookie().value("tomoni-lang", "en"));
	}

	@Test
	void htmxIsServedByTheApplication() throws Exception {
		mvc.perform(get("/"))
			.andExpect(content().string(Matchers.containsString("src=\"/webjars/htmx.org/")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("unpkg"))));
		mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
	}

	@Test
	void unknownRecordsAreNotFoundNotServerErrors() throws Exception {
		mvc.perform(get("/admin/accounts/999999").with(
				user("a").roles("ADMIN")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/admin/mail/999999").with(
				user("a").roles("ADMIN")))
			.andExpect(status().isNotFound());
	}

	@Test
	void visitorsAreSentToSignInForProtectedPages() throws Exception {
		mvc.perform(get("/backoffice")).andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", Matchers.endsWith("/login")));
	}

	@Test
	void operationsEndpoints() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("UP")));
		mvc.perform(get("/actuator/info")).andExpect(status().isOk());
		mvc.perform(get("/actuator/prometheus").with(request -> {
			request.setRemoteAddr("127.0.0.1");
			return request;
		})).andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("jvm_")));
		mvc.perform(get("/actuator/prometheus").with(request -> {
			request.setRemoteAddr("203.0.113.9");
			return request;
		})).andExpect(status().is3xxRedirection());
		mvc.perform(get("/v3/api-docs")).andExpect(status().isOk());
	}
}
