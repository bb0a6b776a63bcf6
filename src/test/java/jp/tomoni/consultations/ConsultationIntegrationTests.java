package jp.tomoni.consultations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.tomoni.TomoniIntegrationTest;
import jp.tomoni.shared.FiscalYear;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The consultation log through its pages: the counts of a 年度 match the records entered, by topic, channel, desk,
 * month and referral; personal details stay on the record's page, whose every view is audited; bad input is refused
 * in Japanese naming the field. Each test works in a 年度 of its own, since the test database is shared.
 */
@TomoniIntegrationTest
class ConsultationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Consultations consultations;

	@Autowired
	JdbcTemplate jdbc;

	private UserDetails staff() {
		return users.loadUserByUsername("staff@example.jp");
	}

	private MockHttpServletRequestBuilder form(String date, String channel, String... topics) {
		return form(Map.of("consultedOn", date, "channel", channel), topics);
	}

	/** The form as a desk fills it, with some values replaced. */
	private MockHttpServletRequestBuilder form(Map<String, String> values, String... topics) {
		Map<String, String> all = new LinkedHashMap<>(Map.of("deskCode", "support-centre", "consultedOn", "2017-05-01",
				"channel", "COUNTER", "consulterKind", "CIVIC_GROUP", "consulterName", "相模 花子", "consulterContact",
				"042-000-0000", "summary", "助成金の申請書の書き方について", "actionTaken", "書き方を説明した"));
		all.putAll(values);
		MockHttpServletRequestBuilder request = post("/backoffice/consultations/new").with(csrf()).with(user(staff()));
		all.forEach(request::param);
		for (String topic : topics) {
			request.param("topicCodes", topic);
		}
		return request;
	}

	private long record(MockHttpServletRequestBuilder request) throws Exception {
		String location = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path).with(user(staff()))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void theCountsOfAYearMatchTheRecordsByTopicChannelDeskMonthAndReferral() throws Exception {
		record(form("2019-04-10", "COUNTER", "founding"));
		record(form("2019-04-25", "PHONE", "founding", "funding"));
		record(form("2019-11-03", "PHONE", "funding").param("referralTypes[0]", "UNIVERSITY")
			.param("referralNames[0]", "相模原大学 地域連携センター"));
		record(form(Map.of("deskCode", "city-office", "consultedOn", "2020-03-31", "channel", "ONLINE"), "collaboration")
			.param("referralTypes[0]", "UNIVERSITY").param("referralNames[0]", "市内の大学")
			.param("referralTypes[1]", "DEPARTMENT").param("referralNames[1]", "環境政策課"));
		record(form("2020-04-01", "EMAIL", "founding")); // 2020年度: not counted in 2019年度

		Consultations.Stats stats = consultations.stats(new FiscalYear(2019), Locale.JAPANESE);
		assertThat(stats.total()).isEqualTo(4);
		assertThat(stats.months()).hasSize(12);
		assertThat(stats.months().getFirst().count()).isEqualTo(2);
		assertThat(stats.months().getLast().count()).isEqualTo(1);
		assertThat(stats.channels()).containsEntry(Channel.COUNTER, 1L).containsEntry(Channel.PHONE, 2L)
			.containsEntry(Channel.ONLINE, 1L).containsEntry(Channel.EMAIL, 0L);
		assertThat(stats.topics()).contains(new Consultations.Count("団体設立", 2), new Consultations.Count("資金", 2),
				new Consultations.Count("協働", 1), new Consultations.Count("広報", 0));
		assertThat(stats.desks()).contains(new Consultations.Count("市民活動サポートセンター", 3),
				new Consultations.Count("市の協働相談窓口", 1));
		assertThat(stats.referrals()).containsEntry(ReferralTarget.UNIVERSITY, 2L)
			.containsEntry(ReferralTarget.DEPARTMENT, 1L);

		String csv = mvc.perform(get("/backoffice/consultations/stats.csv").param("year", "2019").with(user(staff())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF年度,集計,項目,件数")
			.contains("令和元年度,合計,,4", "令和元年度,分野別,団体設立,2",
					"令和元年度,相談方法別,電話,2", "令和元年度,紹介先の種類別,大学,2",
					"令和元年度,月別,2019-04,2")
			.doesNotContain("相模 花子", "042-000-0000", "助成金の申請書");
		assertThat(page("/backoffice/consultations/stats?year=2019")).contains("令和元年度の相談: 4件");
	}

	@Test
	void personalDetailsAreOnlyOnTheRecordsPageAndEveryViewIsAudited() throws Exception {
		long id = record(form("2018-06-01", "COUNTER", "management"));

		String list = page("/backoffice/consultations?year=2018");
		assertThat(list).contains("/backoffice/consultations/" + id).doesNotContain("相模 花子", "助成金の申請書");

		long before = audits(id);
		assertThat(page("/backoffice/consultations/" + id)).contains("相模 花子", "042-000-0000", "助成金の申請書の書き方について");
		page("/backoffice/consultations/" + id + "/edit");
		assertThat(audits(id)).isEqualTo(before + 2);

		for (String email : List.of("citizen@example.jp", "reviewer@example.jp", "reporter@example.jp")) {
			mvc.perform(get("/backoffice/consultations/" + id).with(user(users.loadUserByUsername(email))))
				.andExpect(status().isForbidden());
		}
		assertThat(audits(id)).isEqualTo(before + 2);
	}

	private long audits(long id) {
		return jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'consultation.viewed' and record_id = ?", Long.class,
				Long.toString(id));
	}

	@Test
	void badInputIsRefusedInJapaneseNamingTheFieldAndNothingIsSaved() throws Exception {
		long before = jdbc.queryForObject("select count(*) from consultation", Long.class);
		assertThat(body(form("2999-01-01", "COUNTER", "founding"))).contains("相談日(consultedOn)に未来の日付は入力できません。");
		assertThat(body(form("2017-05-01", "COUNTER"))).contains("相談分野を1つ以上選んでください。");
		assertThat(body(form("2017-05-01", "COUNTER", "founding").param("followUpOn", "2017-04-01")))
			.contains("フォローアップ予定日(followUpOn)は相談日以降の日付にしてください。");
		assertThat(body(form("2017-05-01", "COUNTER", "founding").param("referralTypes[0]", "EXPERT")))
			.contains("紹介先1は、種類と名称を両方入力してください。");
		assertThat(body(form(Map.of("summary", ""), "founding")))
			.contains("相談内容を入力してください。");
		assertThat(body(form(Map.of("consultedOn", "5月1日"), "founding")))
			.contains("相談日は 2026-04-01 の形の日付で入力してください。");
		assertThat(jdbc.queryForObject("select count(*) from consultation", Long.class)).isEqualTo(before);
	}

	@Test
	void aRecordChangedMeanwhileIsNotOverwritten() throws Exception {
		long id = record(form("2017-07-07", "PHONE", "people"));
		long version = jdbc.queryForObject("select version from consultation where id = ?", Long.class, id);
		mvc.perform(post("/backoffice/consultations/" + id + "/edit").with(csrf()).with(user(staff()))
			.param("version", Long.toString(version)).param("deskCode", "support-centre").param("consultedOn", "2017-07-07")
			.param("channel", "PHONE").param("consulterKind", "RESIDENT").param("topicCodes", "people")
			.param("summary", "一度目の修正")).andExpect(status().is3xxRedirection());
		String refused = mvc.perform(post("/backoffice/consultations/" + id + "/edit").with(csrf()).with(user(staff()))
			.param("version", Long.toString(version)).param("deskCode", "support-centre").param("consultedOn", "2017-07-07")
			.param("channel", "PHONE").param("consulterKind", "RESIDENT").param("topicCodes", "people")
			.param("summary", "二度目の修正")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("この記録は、開いたあとでほかの人が変更しました。", "二度目の修正");
		assertThat(jdbc.queryForObject("select summary from consultation where id = ?", String.class, id))
			.isEqualTo("一度目の修正");
	}

	@Test
	void administratorsKeepTheDesksARetiredDeskStaysOnItsRecordsAndIsNoLongerOffered() throws Exception {
		UserDetails admin = users.loadUserByUsername("admin@example.jp");
		String code = "desk-" + System.nanoTime() % 1_000_000;
		mvc.perform(post("/admin/consultation-desks").with(csrf()).with(user(admin)).param("code", code)
			.param("name", "南区まちづくりセンター").param("nameEn", "Minami ward centre"))
			.andExpect(status().is3xxRedirection());
		assertThat(consultations.desks(Locale.JAPANESE)).extracting(Consultations.Choice::name).contains("南区まちづくりセンター");
		long id = record(form(Map.of("deskCode", code, "consultedOn", "2016-05-01"), "founding"));

		mvc.perform(post("/admin/consultation-desks/" + code + "/retire").with(csrf()).with(user(admin)))
			.andExpect(status().is3xxRedirection());
		assertThat(page("/backoffice/consultations/new")).doesNotContain("南区まちづくりセンター");
		assertThat(page("/backoffice/consultations/" + id + "/edit")).contains("南区まちづくりセンター");
		assertThat(body(form(Map.of("deskCode", code), "founding"))).contains("選んだ項目は使われなくなりました。");
		assertThat(consultations.stats(new FiscalYear(2016), Locale.JAPANESE).desks())
			.contains(new Consultations.Count("南区まちづくりセンター", 1));
	}

	@Test
	void theNextPageOfAYearKeepsTheYearAndTheFilters() throws Exception {
		long staffId = ((jp.tomoni.shared.SignedInPerson) staff()).accountId();
		for (int i = 0; i < 51; i++) {
			consultations.record(new ConsultationCommand("support-centre", java.time.LocalDate.of(2015, 6, 1),
					Channel.PHONE, ConsulterKind.RESIDENT, null, null, java.util.Set.of("people"), "相談 " + i, null,
					List.of(), null), staffId);
		}
		assertThat(page("/backoffice/consultations?year=2015&topic=people"))
			.contains("/backoffice/consultations?year=2015&amp;desk=&amp;topic=people&amp;page=1");
	}

	private String body(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}
}
