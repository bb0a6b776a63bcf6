package jp.tomoni.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import jp.tomoni.TomoniIntegrationTest;
import jp.tomoni.audit.AuditEntryView;
import jp.tomoni.audit.AuditLog;
import jp.tomoni.audit.AuditQuery;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The vocabulary of collaboration: the shipped forms and principles of the demonstration municipality, each form's
 * default zone and commission flag kept by administrators, and the seeds' presets, which add what is missing and
 * never rename or remove. (Add, rename, reorder, retire: MasterListIntegrationTests; roles: RoleMatrixIntegrationTests.)
 */
@TomoniIntegrationTest
class CollaborationVocabularyIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CollaborationVocabulary vocabulary;

	@Autowired
	AuditLog auditLog;

	private MockHttpServletResponse asAdmin(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(user("admin@example.jp").roles("ADMIN")).with(csrf())).andReturn().getResponse();
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(asAdmin(get(path)).getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void theDemonstrationMunicipalityShipsYamaguchisNineFormsAndSagamiharasFivePrinciples() {
		assertThat(vocabulary.forms()).extracting(CollaborationFormView::code)
			.startsWith("co-hosting", "patronage", "executive-committee", "adopt", "business-cooperation", "commission",
					"grant", "policy-proposal", "information-exchange");
		assertThat(vocabulary.form("commission")).hasValueSatisfying(form -> {
			assertThat(form.name()).isEqualTo("協働委託");
			assertThat(form.commission()).isTrue();
			assertThat(form.defaultZone()).isEqualTo(Zone.JOINT);
		});
		assertThat(vocabulary.form("patronage")).hasValueSatisfying(form -> assertThat(form.commission()).isFalse());
		assertThat(vocabulary.principles()).extracting(CollaborationPrincipleView::name)
			.startsWith("相互理解", "目的共有", "役割合意と協力", "自立", "透明性の確保");
		assertThat(Zone.values()).filteredOn(Zone::collaborative)
			.containsExactly(Zone.CITIZEN_LED, Zone.JOINT, Zone.CITY_LED);
	}

	@Test
	void anAdministratorSetsAFormsDefaultZoneAndCommissionFlag() throws Exception {
		String code = "f" + Long.toString(System.nanoTime(), 36);
		asAdmin(post("/admin/collaboration-forms").param("code", code).param("name", "試しの形態").param("nameEn", "Trial form"));
		assertThat(vocabulary.form(code)).hasValueSatisfying(form -> {
			assertThat(form.defaultZone()).as("a new form starts where residents and the city act together")
				.isEqualTo(Zone.JOINT);
			assertThat(form.commission()).isFalse();
		});
		Document edit = page("/admin/collaboration-forms/" + code);
		assertThat(edit.select("input[name=defaultZone][checked]").val()).isEqualTo("JOINT");

		MockHttpServletResponse refused = asAdmin(
				post("/admin/collaboration-forms/" + code + "/settings").param("defaultZone", "NOWHERE"));
		assertThat(Jsoup.parse(refused.getContentAsString(StandardCharsets.UTF_8)).select("#defaultZone-error").text())
			.isEqualTo("既定の領域は、5つの領域の中から選んでください。");

		MockHttpServletResponse saved = asAdmin(post("/admin/collaboration-forms/" + code + "/settings")
			.param("defaultZone", "CITY_LED").param("commission", "true"));
		assertThat(saved.getRedirectedUrl()).isEqualTo("/admin/collaboration-forms");
		assertThat(vocabulary.form(code)).hasValueSatisfying(form -> {
			assertThat(form.defaultZone()).isEqualTo(Zone.CITY_LED);
			assertThat(form.commission()).isTrue();
		});
		assertThat(page("/admin/collaboration-forms").select("#entry-" + code).text()).contains("行政主導", "協働委託");
		assertThat(auditLog.search(new AuditQuery(null, null, "collaboration-form", code, null, null), 0, 10)
			.getContent()).extracting(AuditEntryView::action).contains("collaboration-form.configured");
	}

	@Test
	void aPrincipleHasADescriptionInTheMunicipalitysWords() throws Exception {
		String code = "p" + Long.toString(System.nanoTime(), 36);
		asAdmin(post("/admin/collaboration-principles").param("code", code).param("name", "試しの原則")
			.param("nameEn", "Trial principle"));
		Document tooLong = Jsoup.parse(asAdmin(post("/admin/collaboration-principles/" + code + "/description")
			.param("description", "あ".repeat(1001))).getContentAsString(StandardCharsets.UTF_8));
		assertThat(tooLong.select("#description-error").text()).isEqualTo("説明は1000文字以内で入力してください。");
		assertThat(tooLong.select("#description").text()).as("what was typed comes back").hasSize(1001);
		asAdmin(post("/admin/collaboration-principles/" + code + "/description").param("description", "互いに説明する。"));
		assertThat(vocabulary.principles()).filteredOn(p -> p.code().equals(code))
			.extracting(CollaborationPrincipleView::description)
			.containsExactly("互いに説明する。");
	}

	@Test
	void aPresetAddsWhatIsMissingAndNeverRenamesOrRemoves() throws Exception {
		int formsBefore = vocabulary.forms().size();
		MockHttpServletResponse loaded = asAdmin(post("/admin/collaboration-presets/fuchu"));
		assertThat(loaded.getRedirectedUrl()).isEqualTo("/admin/collaboration-presets");
		assertThat(vocabulary.principles()).extracting(CollaborationPrincipleView::code)
			.contains("mutual-understanding", "shared-purpose", "role-agreement", "autonomy", "disclosure", "equality",
					"evaluation");
		assertThat(vocabulary.principles()).filteredOn(p -> p.code().equals("equality"))
			.extracting(CollaborationPrincipleView::name, CollaborationPrincipleView::description)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("対等",
					"対等な協力関係にあるとの認識の下、役割分担を明確にして、それぞれが責任を持って取り組みます。"));
		assertThat(vocabulary.principles()).filteredOn(p -> p.code().equals("autonomy"))
			.extracting(CollaborationPrincipleView::name)
			.as("Sagamihara's wording is kept")
			.containsExactly("自立");
		assertThat(vocabulary.forms()).as("Fuchu's seven forms are ideas the list has already").hasSize(formsBefore);
		assertThat(vocabulary.form("commission")).hasValueSatisfying(f -> assertThat(f.name()).isEqualTo("協働委託"));

		CollaborationVocabulary.PresetLoaded again = vocabulary.loadPreset("fuchu");
		assertThat(again.forms()).isEmpty();
		assertThat(again.principles()).isEmpty();
		assertThat(auditLog.search(new AuditQuery(null, null, "collaboration-preset", "fuchu", null, null), 0, 10)
			.getContent()).extracting(AuditEntryView::action).contains("collaboration-preset.loaded");
		assertThat(page("/admin/collaboration-presets").select("#preset-saku").text()).contains("対等", "評価・検証");
		assertThat(asAdmin(post("/admin/collaboration-presets/atlantis")).getStatus()).isEqualTo(404);
	}
}
