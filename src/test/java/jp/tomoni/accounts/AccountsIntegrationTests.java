package jp.tomoni.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.tomoni.TomoniIntegrationTest;
import jp.tomoni.mail.MailOutbox;
import jp.tomoni.mail.OutboxMailView;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@TomoniIntegrationTest
class AccountsIntegrationTests {

	private static final Pattern LINK = Pattern.compile("https?://\\S+token=([A-Za-z0-9_-]+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	MailOutbox outbox;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService userDetailsService;

	static String uniqueEmail() {
		return "resident-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
	}

	private void signUp(String email, String password) throws Exception {
		mvc.perform(post("/signup").with(csrf())
			.param("email", email)
			.param("password", password)
			.param("fullName", "相模 花子")
			.param("fullNameKana", "さがみ はなこ")
			.param("displayName", "はなこ")).andExpect(redirectedUrl("/signup/sent"));
	}

	static MockHttpServletRequestBuilder signIn(String email, String password, String address) {
		return post("/login").with(csrf()).param("email", email).param("password", password).with(request -> {
			request.setRemoteAddr(address);
			return request;
		});
	}

	private List<OutboxMailView> mailsTo(String email) {
		return outbox.list(email, 0, 20).getContent();
	}

	private String tokenInLatestMailTo(String email) {
		Matcher matcher = LINK.matcher(mailsTo(email).getFirst().body());
		assertThat(matcher.find()).as("a link with a token in the mail").isTrue();
		return matcher.group(1);
	}

	@Test
	void aResidentSignsUpConfirmsTheAddressAndSignsIn() throws Exception {
		String email = uniqueEmail();
		signUp(email, "sakura-no-hana-2026");

		mvc.perform(signIn(email, "sakura-no-hana-2026", "192.0.2.10"))
			.andExpect(unauthenticated());

		String token = tokenInLatestMailTo(email);
		mvc.perform(get("/signup/confirm").param("token", token))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"confirm\"")));
		mvc.perform(post("/signup/confirm").with(csrf()).param("token", token)).andExpect(redirectedUrl("/login?confirmed"));
		mvc.perform(post("/signup/confirm").with(csrf()).param("token", token))
			.andExpect(content().string(Matchers.containsString("このリンクは無効です")));

		mvc.perform(signIn(email, "sakura-no-hana-2026", "192.0.2.10"))
			.andExpect(authenticated().withRoles("CITIZEN"));
	}

	@Test
	void inputIsNormalisedBeforeItIsValidatedAndTheReadingIsStoredInKatakana() throws Exception {
		String local = "norm" + UUID.randomUUID().toString().substring(0, 6);
		String fullWidth = local.chars()
			.mapToObj(c -> Character.toString(Character.isLetterOrDigit(c) ? c - 0x21 + 0xFF01 : c))
			.reduce("", String::concat) + "＠ＥＸＡＭＰＬＥ．ＪＰ";
		signUp(fullWidth, "sakura-no-hana-2026");
		String email = local + "@example.jp";
		assertThat(jdbc.queryForObject("select full_name_kana from account where email = ?", String.class, email))
			.isEqualTo("サガミ ハナコ");
	}

	@Test
	void aPasswordTypedInFullWidthSignsInAsTyped() throws Exception {
		String email = uniqueEmail();
		signUp(email, "ｓａｋｕｒａ－ｎｏ－ｈａｎａ－２０２６");
		mvc.perform(post("/signup/confirm").with(csrf()).param("token", tokenInLatestMailTo(email)));
		mvc.perform(signIn(email, "ｓａｋｕｒａ－ｎｏ－ｈａｎａ－２０２６", "192.0.2.11")).andExpect(authenticated());
		mvc.perform(signIn(email, "sakura-no-hana-2026", "192.0.2.11")).andExpect(authenticated());
	}

	@Test
	void passwordsAreStoredAsBcryptHashes() throws Exception {
		String email = uniqueEmail();
		signUp(email, "sakura-no-hana-2026");
		String hash = jdbc.queryForObject("select password_hash from account where email = ?", String.class, email);
		assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("sakura");
	}

	@Test
	void aSecondSignUpWithTheSameAddressRevealsNothingAndMailsTheHolder() throws Exception {
		String email = uniqueEmail();
		signUp(email, "sakura-no-hana-2026");
		signUp(email, "another-long-password-1");
		assertThat(mailsTo(email)).hasSize(2);
		assertThat(mailsTo(email).getFirst().subject()).contains("利用登録について");
		assertThat(jdbc.queryForObject("select count(*) from account where email = ?", Integer.class, email)).isOne();
	}

	@Test
	void badInputGetsJapaneseMessagesNamingTheFieldAndTheRule() throws Exception {
		mvc.perform(post("/signup").with(csrf())
			.param("email", "not-an-address")
			.param("password", "short")
			.param("fullName", "山".repeat(101))
			.param("fullNameKana", "Yamada")
			.param("displayName", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("メールアドレスの形式が正しくありません")))
			.andExpect(content().string(Matchers.containsString("氏名は100文字以内で入力してください。")))
			.andExpect(content().string(Matchers.containsString("フリガナはひらがなまたはカタカナで入力してください。")))
			.andExpect(content().string(Matchers.containsString("表示名を入力してください。")))
			.andExpect(content().string(Matchers.containsString("aria-invalid=\"true\"")));
	}

	@Test
	void weakPasswordsAreRefusedWithTheRule() throws Exception {
		String email = uniqueEmail();
		mvc.perform(post("/signup").with(csrf())
			.param("email", email)
			.param("password", "password123")
			.param("fullName", "相模 花子")
			.param("fullNameKana", "サガミ ハナコ")
			.param("displayName", "はなこ"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("よく使われていて推測されやすい")));
		mvc.perform(post("/signup").with(csrf())
			.param("email", email)
			.param("password", "abc")
			.param("fullName", "相模 花子")
			.param("fullNameKana", "サガミ ハナコ")
			.param("displayName", "はなこ"))
			.andExpect(content().string(Matchers.containsString("パスワードは10文字以上で入力してください。")));
		assertThat(jdbc.queryForObject("select count(*) from account where email = ?", Integer.class, email)).isZero();
	}

	@Test
	void englishMessagesWhenTheVisitorChoseEnglish() throws Exception {
		mvc.perform(post("/signup").with(csrf()).param("lang", "en").param("email", "").param("password", "")
			.param("fullName", "").param("fullNameKana", "").param("displayName", ""))
			.andExpect(content().string(Matchers.containsString("Enter the Full name.")));
	}

	@Test
	void aPasswordResetLinkWorksOnceAndTheAnswerNeverRevealsWhetherTheAddressIsRegistered() throws Exception {
		String unknown = uniqueEmail();
		mvc.perform(post("/password-reset").with(csrf()).param("email", unknown))
			.andExpect(redirectedUrl("/password-reset/sent"));
		assertThat(mailsTo(unknown)).isEmpty();

		String email = uniqueEmail();
		signUp(email, "sakura-no-hana-2026");
		mvc.perform(post("/password-reset").with(csrf()).param("email", email))
			.andExpect(redirectedUrl("/password-reset/sent"));
		String token = tokenInLatestMailTo(email);

		mvc.perform(get("/password-reset/new").param("token", token)).andExpect(content().string(Matchers.containsString("id=\"set-password\"")));
		mvc.perform(post("/password-reset/new").with(csrf()).param("token", token).param("password", "new-pass-phrase-99"))
			.andExpect(redirectedUrl("/login?passwordChanged"));
		mvc.perform(post("/password-reset/new").with(csrf()).param("token", token).param("password", "another-pass-phrase-99"))
			.andExpect(content().string(Matchers.containsString("このリンクは無効です")));

		// Setting a password through the mailed link also proves the address.
		mvc.perform(signIn(email, "new-pass-phrase-99", "192.0.2.10"))
			.andExpect(authenticated());
	}

	@Test
	void aPersonUpdatesTheProfileExportsTheirDataAndDeletesTheAccount() throws Exception {
		String email = uniqueEmail();
		signUp(email, "sakura-no-hana-2026");
		var principal = userDetailsService.loadUserByUsername(email);

		mvc.perform(post("/account/profile").with(csrf()).with(user(principal))
			.param("fullName", "相模 花子")
			.param("fullNameKana", "ｻｶﾞﾐ ﾊﾅｺ")
			.param("displayName", "ハナ")).andExpect(redirectedUrl("/account/profile"));

		MvcResult export = mvc.perform(get("/account/data/export").with(user(principal)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", Matchers.containsString("attachment")))
			.andReturn();
		String json = export.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(json).contains(email, "サガミ ハナコ", "ハナ", "mailsSentToYou", "CONFIRM_EMAIL").doesNotContain("password");

		mvc.perform(post("/account/delete").with(csrf()).with(user(principal)).param("password", "wrong-password-123"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("パスワードが正しくありません。")));
		assertThat(jdbc.queryForObject("select count(*) from account where email = ?", Integer.class, email)).isOne();

		mvc.perform(post("/account/delete").with(csrf()).with(user(principal)).param("password", "sakura-no-hana-2026"))
			.andExpect(redirectedUrl("/?accountDeleted"));
		assertThat(jdbc.queryForObject("select count(*) from account where email = ?", Integer.class, email)).isZero();
		assertThat(mailsTo(email)).isEmpty();
	}

	@Test
	void failedSignInsAreRateLimitedPerAccount() throws Exception {
		String email = uniqueEmail();
		signUp(email, "sakura-no-hana-2026");
		mvc.perform(post("/signup/confirm").with(csrf()).param("token", tokenInLatestMailTo(email)));
		for (int i = 0; i < 5; i++) {
			String address = "203.0.113." + (i + 1);
			mvc.perform(signIn(email, "wrong-" + i, address)).andExpect(unauthenticated());
		}
		MvcResult blocked = mvc
			.perform(signIn(email, "sakura-no-hana-2026", "203.0.113.50"))
			.andExpect(unauthenticated())
			.andReturn();
		mvc.perform(get("/login").param("error", "").session((org.springframework.mock.web.MockHttpSession) blocked.getRequest().getSession()))
			.andExpect(content().string(Matchers.containsString("サインインの失敗が続いたため")));
	}

	@Test
	void failedSignInsAreRateLimitedPerAddress() throws Exception {
		for (int i = 0; i < 20; i++) {
			mvc.perform(signIn(uniqueEmail(), "guess-" + i, "198.51.100.77"));
		}
		mvc.perform(signIn("citizen@example.jp", "tomoni-demo-2026", "198.51.100.77")).andExpect(unauthenticated());
		mvc.perform(signIn("citizen@example.jp", "tomoni-demo-2026", "198.51.100.78")).andExpect(authenticated());
	}
}
