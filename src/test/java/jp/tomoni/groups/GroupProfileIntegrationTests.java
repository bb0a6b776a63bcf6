package jp.tomoni.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import jp.tomoni.TomoniIntegrationTest;
import jp.tomoni.mail.MailOutbox;
import jp.tomoni.mail.OutboxMailView;
import jp.tomoni.shared.SignedInPerson;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The richer group profile end to end: its fields, the logo, and the contact relay. */
@TomoniIntegrationTest
class GroupProfileIntegrationTests {

	private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	GroupDirectory directory;

	@Autowired
	MailOutbox outbox;

	private static String unique() {
		StringBuilder suffix = new StringBuilder();
		for (int i = 0; i < 5; i++) {
			suffix.appendCodePoint(0x30A2 + ThreadLocalRandom.current().nextInt(40));
		}
		return suffix.toString();
	}

	/** A client address of its own, so that each test has its own contact rate limit. */
	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private static String newAddress() {
		return "10.12." + (ADDRESSES.get() / 250) + "." + (ADDRESSES.getAndIncrement() % 250 + 1);
	}

	/** The registration form filled in completely; {@code overrides} are name, value pairs that replace a field. */
	private static MockHttpServletRequestBuilder groupForm(MockHttpServletRequestBuilder request, String name,
			String contactEmail, String... overrides) {
		java.util.Map<String, String[]> fields = new java.util.LinkedHashMap<>();
		fields.put("name", new String[] { name });
		fields.put("nameKana", new String[] { "さくらのかい" });
		fields.put("kindCode", new String[] { "npo-corporation" });
		fields.put("fieldCodes", new String[] { "13" });
		fields.put("purpose", new String[] { "子育て中の親子が集える居場所をつくります。" });
		fields.put("contactEmail", new String[] { contactEmail });
		fields.put("contactEmailVisibility", new String[] { "STAFF" });
		fields.put("contactPhoneVisibility", new String[] { "STAFF" });
		fields.put("legalForm", new String[] { "npo-corporation" });
		fields.put("foundingYear", new String[] { "2015" });
		fields.put("foundingMonth", new String[] { "4" });
		fields.put("memberCount", new String[] { "120" });
		fields.put("activityDays", new String[] { "SATURDAY", "WEDNESDAY" });
		fields.put("activityDaysNote", new String[] { "毎月第2土曜日" });
		fields.put("socialLinks", new String[] { "https://www.instagram.com/sakura-kai\nhttps://x.com/sakura_kai" });
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], new String[] { overrides[i + 1] });
		}
		request.with(csrf());
		fields.forEach(request::param);
		return request;
	}

	private long register(UserDetails owner, String name, String contactEmail) throws Exception {
		mvc.perform(groupForm(post("/account/groups/new"), name, contactEmail).with(user(owner)))
			.andExpect(redirectedUrl("/account/groups"));
		return directory.groupsOf(((SignedInPerson) owner).accountId())
			.stream()
			.filter(g -> g.name().equals(name))
			.findFirst()
			.orElseThrow()
			.id();
	}

	private UserDetails citizen() {
		return users.loadUserByUsername("citizen@example.jp");
	}

	@Test
	void theNewFieldsReachTheEditFormThePageTheApiTheJsonLdAndTheExport() throws Exception {
		String name = "さくらの会" + unique();
		long id = register(citizen(), name, "sakura-" + System.nanoTime() + "@example.jp");
		mvc.perform(get("/account/groups/" + id + "/edit").with(user(citizen())))
			.andExpect(content().string(Matchers.containsString("value=\"2015\"")))
			.andExpect(content().string(Matchers.containsString("毎月第2土曜日")))
			.andExpect(content().string(Matchers.containsString("https://x.com/sakura_kai")));
		directory.approve(id);

		mvc.perform(get("/groups/" + id))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("NPO法人(特定非営利活動法人)")))
			.andExpect(content().string(Matchers.containsString("2015年4月")))
			.andExpect(content().string(Matchers.containsString("120人")))
			.andExpect(content().string(Matchers.containsString("水曜日")))
			.andExpect(content().string(Matchers.containsString("毎月第2土曜日")))
			.andExpect(content().string(Matchers.containsString("href=\"https://www.instagram.com/sakura-kai\"")))
			.andExpect(content().string(Matchers.containsString("\"foundingDate\":\"2015-04\"")))
			.andExpect(content().string(Matchers.containsString("\"sameAs\":[\"https://www.instagram.com/sakura-kai\",\"https://x.com/sakura_kai\"]")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("numberOfEmployees"))));

		mvc.perform(get("/api/groups/" + id))
			.andExpect(jsonPath("$.legalForm").value("npo-corporation"))
			.andExpect(jsonPath("$.foundingDate").value("2015-04"))
			.andExpect(jsonPath("$.memberCount").value(120))
			.andExpect(jsonPath("$.activityDays[0]").value("WEDNESDAY"))
			.andExpect(jsonPath("$.activityDays[1]").value("SATURDAY"))
			.andExpect(jsonPath("$.activityDaysNote").value("毎月第2土曜日"))
			.andExpect(jsonPath("$.socialLinks.length()").value(2))
			.andExpect(jsonPath("$.logo").doesNotExist());
		// The list keeps the format of the issue: no details there.
		mvc.perform(get("/api/groups").param("q", name))
			.andExpect(jsonPath("$.items[0].id").value(id))
			.andExpect(jsonPath("$.items[0].legalForm").doesNotExist())
			.andExpect(jsonPath("$.items[0].memberCount").doesNotExist());

		String csv = new String(mvc.perform(get("/groups/export.csv")).andReturn().getResponse().getContentAsByteArray(),
				StandardCharsets.UTF_8);
		assertThat(csv.lines().findFirst().orElseThrow()).endsWith("最終更新日,法人格,設立年月,会員数,活動日,活動日の補足,SNS");
		assertThat(csv).contains("NPO法人(特定非営利活動法人),2015-04,120,水;土,毎月第2土曜日,https://www.instagram.com/sakura-kai;https://x.com/sakura_kai");
		mvc.perform(get("/groups/export.json"))
			.andExpect(content().string(Matchers.containsString("\"foundingDate\":\"2015-04\"")))
			.andExpect(content().string(Matchers.containsString("\"legalForm\":\"npo-corporation\"")));
	}

	@Test
	void badProfileFieldsAreRefusedWithJapaneseMessagesNamingTheField() throws Exception {
		UserDetails citizen = citizen();
		int before = directory.groupsOf(((SignedInPerson) citizen).accountId()).size();
		mvc.perform(groupForm(post("/account/groups/new"), "会員数違い", "", "memberCount", "-1").with(user(citizen)))
			.andExpect(content().string(Matchers.containsString("会員数は0以上の数を入力してください。")));
		mvc.perform(groupForm(post("/account/groups/new"), "会員数文字", "", "memberCount", "たくさん").with(user(citizen)))
			.andExpect(content().string(Matchers.containsString("会員数の値が正しくありません。")));
		mvc.perform(groupForm(post("/account/groups/new"), "未来", "", "foundingYear", "2999").with(user(citizen)))
			.andExpect(content().string(Matchers.containsString("設立年(西暦)は1868年から")));
		mvc.perform(groupForm(post("/account/groups/new"), "月だけ", "", "foundingYear", "").with(user(citizen)))
			.andExpect(content().string(Matchers.containsString("設立月を入力したときは、設立年(西暦)も入力してください。")));
		mvc.perform(groupForm(post("/account/groups/new"), "法人格違い", "", "legalForm", "shrine").with(user(citizen)))
			.andExpect(content().string(Matchers.containsString("法人格を一覧から選んでください。")));
		mvc.perform(groupForm(post("/account/groups/new"), "リンク違い", "", "socialLinks",
				"https://x.com/ok\nhttp://insecure.example.jp/").with(user(citizen)))
			.andExpect(content().string(Matchers.containsString("SNS・動画サイトなどのリンクの2行目が正しいアドレスではありません。")));
		mvc.perform(groupForm(post("/account/groups/new"), "リンク多すぎ", "", "socialLinks",
				"https://a.jp/1\nhttps://a.jp/2\nhttps://a.jp/3\nhttps://a.jp/4\nhttps://a.jp/5\nhttps://a.jp/6")
			.with(user(citizen)))
			.andExpect(content().string(Matchers.containsString("SNS・動画サイトなどのリンクは5件までにしてください。")));
		mvc.perform(groupForm(post("/account/groups/new"), "スクリプト", "", "activityDaysNote",
				"<script>alert(1)</script>", "foundingYear", "3000").with(user(citizen)))
			.andExpect(content().string(Matchers.containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("<script>alert(1)</script>"))));
		assertThat(directory.groupsOf(((SignedInPerson) citizen).accountId())).hasSize(before);
	}

	@Test
	void theAdministratorUploadsALogoThatIsServedOnlyWhereTheGroupIsVisible() throws Exception {
		UserDetails citizen = citizen();
		String name = "ロゴの会" + unique();
		long id = register(citizen, name, "");
		MockMultipartFile png = new MockMultipartFile("logo", "logo.png", "image/png",
				GroupProfileImageTests.jpegWithExif());
		mvc.perform(multipart("/account/groups/" + id + "/logo").file(png).with(csrf()).with(user(citizen)))
			.andExpect(redirectedUrl("/account/groups/" + id + "/logo"));
		mvc.perform(get("/account/groups/" + id + "/logo").with(user(citizen)))
			.andExpect(content().string(Matchers.containsString("id=\"current-logo\"")))
			.andExpect(content().string(Matchers.containsString("alt=\"" + name + "\"")));

		// Under review: the owner and staff see it; visitors and other residents get a 404.
		mvc.perform(get("/groups/" + id + "/logo")).andExpect(status().isNotFound());
		mvc.perform(get("/groups/" + id + "/logo").with(user(users.loadUserByUsername("member@example.jp"))))
			.andExpect(status().isNotFound());
		mvc.perform(get("/groups/" + id + "/logo").with(user(citizen)))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", Matchers.containsString("private")));

		directory.approve(id);
		var response = mvc.perform(get("/groups/" + id + "/logo"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/jpeg"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Cache-Control", Matchers.containsString("public")))
			.andReturn()
			.getResponse();
		String etag = response.getHeader("ETag");
		assertThat(etag).matches("\"[0-9a-f]{64}\"");
		assertThat(new String(response.getContentAsByteArray(), StandardCharsets.ISO_8859_1)).doesNotContain("Exif",
				"Tomoni-secret");
		mvc.perform(get("/groups/" + id + "/logo").header("If-None-Match", etag)).andExpect(status().isNotModified());
		mvc.perform(get("/groups/" + id))
			.andExpect(content().string(Matchers.containsString("id=\"group-logo\"")))
			.andExpect(content().string(Matchers.containsString("alt=\"" + name + "\"")))
			.andExpect(content().string(Matchers.containsString("\"logo\":\"http://localhost/groups/" + id + "/logo?v=")));
		mvc.perform(get("/api/groups/" + id)).andExpect(jsonPath("$.logo").value(Matchers.startsWith("http://localhost/groups/" + id + "/logo?v=")));

		// Another resident can neither replace nor remove it.
		UserDetails other = users.loadUserByUsername("member@example.jp");
		mvc.perform(multipart("/account/groups/" + id + "/logo").file(png).with(csrf()).with(user(other)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/account/groups/" + id + "/logo/delete").with(csrf()).with(user(other)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/groups/" + id + "/logo")).andExpect(status().isOk());

		// Refusals name the field and keep the logo as it was.
		mvc.perform(multipart("/account/groups/" + id + "/logo")
			.file(new MockMultipartFile("logo", "logo.png", "image/png", "not an image".getBytes(StandardCharsets.UTF_8)))
			.with(csrf())
			.with(user(citizen)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("ロゴ画像として読み取れないファイルです。")))
			.andExpect(content().string(Matchers.containsString("aria-invalid=\"true\"")));
		mvc.perform(multipart("/account/groups/" + id + "/logo")
			.file(new MockMultipartFile("logo", "big.png", "image/png", GroupProfileImageTests.image(4001, 10, "png", false)))
			.with(csrf())
			.with(user(citizen)))
			.andExpect(content().string(Matchers.containsString("ロゴ画像は縦横それぞれ4000ピクセルまでにしてください(選んだ画像は4001×10ピクセルです)。")));
		mvc.perform(multipart("/account/groups/" + id + "/logo")
			.file(new MockMultipartFile("logo", "huge.jpg", "image/jpeg", new byte[LogoImages.MAX_BYTES + 1]))
			.with(csrf())
			.with(user(citizen)))
			.andExpect(content().string(Matchers.containsString("ロゴ画像は2MBまでのファイルにしてください。")));
		mvc.perform(get("/groups/" + id + "/logo").header("If-None-Match", etag)).andExpect(status().isNotModified());

		mvc.perform(post("/account/groups/" + id + "/logo/delete").with(csrf()).with(user(citizen)))
			.andExpect(redirectedUrl("/account/groups/" + id + "/logo"));
		mvc.perform(get("/groups/" + id + "/logo")).andExpect(status().isNotFound());
	}

	@Test
	void aVisitorsMessageIsRelayedWithReplyToAndTheAddressNeverShown() throws Exception {
		String contactEmail = "relay-" + System.nanoTime() + "@example.jp";
		String name = "問い合わせの会" + unique();
		long id = register(citizen(), name, contactEmail);
		// Under review: no form.
		mvc.perform(get("/groups/" + id + "/contact")).andExpect(status().isNotFound());
		directory.approve(id);

		mvc.perform(get("/groups/" + id))
			.andExpect(content().string(Matchers.containsString("id=\"group-contact\"")))
			.andExpect(content().string(Matchers.not(Matchers.containsString(contactEmail))));
		String address = newAddress();
		mvc.perform(post("/groups/" + id + "/contact").with(csrf()).with(from(address))
			.param("senderName", "市民 太郎")
			.param("senderEmail", "taro@example.jp")
			.param("subject", "見学したい\r\nBcc: spam@example.jp")
			.param("message", "次回の活動を見学できますか。<script>alert(1)</script>")
			.param("website", ""))
			.andExpect(redirectedUrl("/groups/" + id + "/contact/sent"));
		mvc.perform(get("/groups/" + id + "/contact/sent"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(name)))
			.andExpect(content().string(Matchers.not(Matchers.containsString(contactEmail))));

		OutboxMailView mail = outbox.list(contactEmail, 0, 5).getContent().getFirst();
		assertThat(mail.recipient()).isEqualTo(contactEmail);
		assertThat(mail.replyTo()).isEqualTo("taro@example.jp");
		assertThat(mail.subject()).contains("見学したい Bcc: spam@example.jp").doesNotContain("\n", "\r");
		assertThat(mail.body()).contains("市民 太郎", "taro@example.jp", "<script>alert(1)</script>", name);

		// The audit log says that a message went to which group, never what it said or who wrote.
		mvc.perform(get("/admin/audit").param("action", "group.contact").with(user(users.loadUserByUsername("admin@example.jp"))))
			.andExpect(content().string(Matchers.containsString("group.contact-relayed")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("次回の活動を見学できますか"))))
			.andExpect(content().string(Matchers.not(Matchers.containsString("taro@example.jp"))));
	}

	@Test
	void badMessagesRobotsAndFloodsAreNotRelayed() throws Exception {
		String contactEmail = "flood-" + System.nanoTime() + "@example.jp";
		long id = register(citizen(), "連打の会" + unique(), contactEmail);
		directory.approve(id);
		String address = newAddress();

		mvc.perform(post("/groups/" + id + "/contact").with(csrf()).with(from(address))
			.param("senderName", "").param("senderEmail", "not-an-address").param("subject", "件名")
			.param("message", "あ".repeat(ContactForm.MAX_MESSAGE + 1)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("お名前を入力してください。")))
			.andExpect(content().string(Matchers.containsString("あなたのメールアドレスの形式が正しくありません")))
			.andExpect(content().string(Matchers.containsString("お問い合わせ内容は4,000文字以内で入力してください。")))
			.andExpect(content().string(Matchers.not(Matchers.containsString(contactEmail))));
		// A robot fills in the honeypot: told it was sent, nothing is.
		mvc.perform(post("/groups/" + id + "/contact").with(csrf()).with(from(address))
			.param("senderName", "bot").param("senderEmail", "bot@example.jp").param("subject", "buy")
			.param("message", "cheap").param("website", "https://spam.example/"))
			.andExpect(redirectedUrl("/groups/" + id + "/contact/sent"));
		assertThat(outbox.list(contactEmail, 0, 10).getTotalElements()).isZero();

		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/groups/" + id + "/contact").with(csrf()).with(from(address))
				.param("senderName", "花子").param("senderEmail", "hanako@example.jp").param("subject", "質問" + i)
				.param("message", "質問です。"))
				.andExpect(redirectedUrl("/groups/" + id + "/contact/sent"));
		}
		mvc.perform(post("/groups/" + id + "/contact").with(csrf()).with(from(address))
			.param("senderName", "花子").param("senderEmail", "hanako@example.jp").param("subject", "6通目")
			.param("message", "質問です。"))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(Matchers.containsString("受け付けを一時的に止めています")));
		assertThat(outbox.list(contactEmail, 0, 10).getTotalElements()).isEqualTo(5);
	}

	@Test
	void aGroupWithoutAContactAddressHasNoForm() throws Exception {
		long id = register(citizen(), "連絡先なし" + unique(), "");
		directory.approve(id);
		mvc.perform(get("/groups/" + id))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.not(Matchers.containsString("id=\"group-contact\""))));
		mvc.perform(get("/groups/" + id + "/contact")).andExpect(status().isNotFound());
		mvc.perform(post("/groups/" + id + "/contact").with(csrf()).with(from(newAddress()))
			.param("senderName", "花子").param("senderEmail", "hanako@example.jp").param("subject", "件名")
			.param("message", "本文")).andExpect(status().isNotFound());
	}
}
