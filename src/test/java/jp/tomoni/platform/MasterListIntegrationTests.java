package jp.tomoni.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jp.tomoni.TomoniIntegrationTest;
import jp.tomoni.audit.AuditEntryView;
import jp.tomoni.audit.AuditLog;
import jp.tomoni.audit.AuditQuery;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The administrators' pages of the event categories and the kinds of place (docs/decisions/0049), one shared page
 * for both: add, rename, reorder, retire and bring back, each audited; what is retired is no longer offered in the
 * forms; every refusal in Japanese. (Roles: RoleMatrixIntegrationTests.)
 */
@TomoniIntegrationTest
class MasterListIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	AuditLog auditLog;

	private MockHttpServletResponse as(String account, MockHttpServletRequestBuilder request) throws Exception {
		UserDetails person = users.loadUserByUsername(account);
		return mvc.perform(request.with(user(person)).with(csrf())).andReturn().getResponse();
	}

	private Document page(String account, String path) throws Exception {
		return Jsoup.parse(as(account, get(path)).getContentAsString(StandardCharsets.UTF_8));
	}

	private Document list(String base) throws Exception {
		return page("admin@example.jp", base);
	}

	private List<String> codes(String base) throws Exception {
		return list(base).select("tbody tr").stream().map(tr -> tr.id().substring("entry-".length())).toList();
	}

	private List<String> audited(String type, String code) {
		return auditLog.search(new AuditQuery(null, null, type, code, null, null), 0, 50)
			.getContent()
			.stream()
			.map(AuditEntryView::action)
			.toList();
	}

	/** base of the admin page, audit type, a form where the entries are offered, the element offering an entry. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "/admin/event-categories | event-category | /account/events/new | select[name=categoryCode] option[value=%s]",
			"/admin/place-kinds | place-kind | /backoffice/places/new | select[name=kindCode] option[value=%s]",
			"/admin/review-criteria | review-criterion | /backoffice/proposals/calls/new | input[name^=criterionCode][value=%s]",
			"/admin/suitability-items | suitability-item | /backoffice/proposals/calls/new | input[name=suitability][value=%s]",
			"/admin/departments | department | /backoffice/projects/new | select[name=departmentCode] option[value=%s]",
			"/admin/collaboration-forms | collaboration-form | /backoffice/projects/new | select[name=formCode] option[value=%s]" })
	void anAdministratorAddsRenamesMovesRetiresAndRestoresAnEntry(String base, String type, String form,
			String select) throws Exception {
		String code = "t" + Long.toString(System.nanoTime(), 36);
		String admin = "admin@example.jp";
		MockHttpServletResponse added = as(admin,
				post(base).param("code", code).param("name", "試しの項目").param("nameEn", "Trial entry"));
		assertThat(added.getRedirectedUrl()).isEqualTo(base);
		Document page = list(base);
		assertThat(page.select("#entry-" + code).text()).contains("試しの項目", "Trial entry", "使用中");
		assertThat(codes(base)).last().isEqualTo(code);
		assertThat(page("staff@example.jp", form).select(select.formatted(code)))
			.hasSize(1);

		as(admin, post(base + "/" + code).param("name", "改めた項目").param("nameEn", "Renamed entry"));
		assertThat(list(base).select("#entry-" + code).text()).contains("改めた項目", "Renamed entry");

		List<String> before = codes(base);
		as(admin, post(base + "/" + code + "/move").param("direction", "up"));
		List<String> after = codes(base);
		assertThat(after.indexOf(code)).isEqualTo(before.indexOf(code) - 1);
		assertThat(after).containsExactlyInAnyOrderElementsOf(before);

		as(admin, post(base + "/" + code + "/retire"));
		assertThat(list(base).select("#entry-" + code).text()).contains("廃止");
		assertThat(page("staff@example.jp", form).select(select.formatted(code)))
			.as("a retired entry is no longer offered")
			.isEmpty();
		as(admin, post(base + "/" + code + "/restore"));
		assertThat(list(base).select("#entry-" + code).text()).contains("使用中");

		assertThat(audited(type, code)).contains(type + ".created", type + ".renamed", type + ".moved",
				type + ".retired", type + ".restored");
		assertThat(list(base).select("form[action$=/delete]")).as("entries are retired, never deleted").isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "/admin/event-categories, seminar", "/admin/place-kinds, library", "/admin/departments, parks",
			"/admin/patronage-conditions, open", "/admin/collaboration-forms, commission",
			"/admin/collaboration-principles, autonomy", "/admin/review-criteria, feasibility",
			"/admin/suitability-items, local" })
	void refusalsAreExplainedInJapaneseNamingTheField(String base, String existing) throws Exception {
		String admin = "admin@example.jp";
		Document invalid = Jsoup.parse(as(admin, post(base).param("code", "Bad Code").param("name", "名前")
			.param("nameEn", "Name")).getContentAsString(StandardCharsets.UTF_8));
		assertThat(invalid.select("#code-error").text()).startsWith("コードは半角の英小文字、数字、ハイフンで40文字以内");
		assertThat(invalid.select("#code").attr("aria-invalid")).isEqualTo("true");

		Document taken = Jsoup.parse(as(admin, post(base).param("code", existing).param("name", "名前")
			.param("nameEn", "Name")).getContentAsString(StandardCharsets.UTF_8));
		assertThat(taken.select("#code-error").text()).isEqualTo("コード「" + existing + "」はすでに使われています。別のコードを入力してください。");

		Document noName = Jsoup.parse(as(admin, post(base + "/" + existing).param("name", " ").param("nameEn", "X"))
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(noName.select("#name-error").text()).isEqualTo("名前(日本語)を入力してください。");

		assertThat(as(admin, get(base + "/no-such-entry")).getStatus()).isEqualTo(404);
		assertThat(as(admin, post(base + "/no-such-entry/retire")).getStatus()).isEqualTo(404);
	}

	@org.junit.jupiter.api.Test
	void aCriterionKeepsItsDefaultWeightAndAnItemItsViewpoint() throws Exception {
		String admin = "admin@example.jp";
		String code = "w" + Long.toString(System.nanoTime(), 36);
		as(admin, post("/admin/review-criteria").param("code", code).param("name", "地域への波及").param("nameEn", "Spread"));
		assertThat(list("/admin/review-criteria").select("#entry-" + code).text()).contains("10");
		as(admin, post("/admin/review-criteria/" + code + "/weight").param("weight", "２５"));
		assertThat(list("/admin/review-criteria").select("#entry-" + code).text()).contains("25");
		assertThat(page("staff@example.jp", "/backoffice/proposals/calls/new")
			.select("input[name^=criterionCode][value=" + code + "]").parents().first().parent().select("input[name^=criterionWeight]")
			.val()).isEqualTo("25");
		var refused = mvc.perform(post("/admin/review-criteria/" + code + "/weight").param("weight", "0")
			.with(user(users.loadUserByUsername(admin))).with(csrf())).andReturn();
		assertThat(refused.getFlashMap().get("refusal")).isEqualTo("配点の初期値(weight)は1から100までの整数で入力してください。");
		assertThat(audited("review-criterion", code)).contains("review-criterion.weighted");

		assertThat(list("/admin/suitability-items").select("#entry-need-exists").text()).contains("効果の視点");
		String item = "i" + Long.toString(System.nanoTime(), 36);
		as(admin, post("/admin/suitability-items").param("code", item).param("name", "継続性が見込める事業").param("nameEn", "Lasting"));
		assertThat(list("/admin/suitability-items").select("#entry-" + item).text()).contains("性質上の視点");
		assertThat(page(admin, "/admin/suitability-items/" + item).select("#extra-aspect input[name=aspect]")).hasSize(2);
		as(admin, post("/admin/suitability-items/" + item + "/aspect").param("aspect", "EFFECT"));
		assertThat(list("/admin/suitability-items").select("#entry-" + item).text()).contains("効果の視点");
		assertThat(audited("suitability-item", item)).contains("suitability-item.regrouped");
	}
}
