package jp.tomoni.places;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import jp.tomoni.TomoniIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The register through its pages, API and facade: visitors read published places (JSON-LD, map link, sections of
 * other modules), never hidden ones; staff register, change and hide places with Japanese refusals naming the
 * field; the facade answers other modules.
 */
@TomoniIntegrationTest
@Import(PlaceIntegrationTests.Sections.class)
class PlaceIntegrationTests {

	/** A section as the events module will add one. */
	@TestConfiguration
	static class Sections {

		@Bean
		PlacePageSection testSection() {
			return new PlacePageSection() {
				@Override
				public String headingKey() {
					return "place.page.contact";
				}

				@Override
				public List<PlaceEventLink> entriesAt(long placeId, LocalDate from, int limit) {
					return List.of(new PlaceEventLink("テストの催し" + placeId, "/events/1", from, null));
				}
			};
		}
	}

	@Autowired
	Places places;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	private long register(String name, String kana) {
		PlaceCommand command = new PlaceCommand(name, kana, null, "library", "神奈川県", "相模原市", "神奈川県相模原市南区1-1",
				"252-0303", null, new BigDecimal("35.53"), new BigDecimal("139.43"), "ononaka", "042-000-9999", null, null,
				"https://example.jp/", "火水木金", "9:00", "19:00", null, "説明です。", null, true, false, true, false, null, null,
				null, null, null);
		return places.create(command, null);
	}

	@Test
	void visitorsReadAPublishedPlaceAndNeverAHiddenOne() throws Exception {
		int n = ThreadLocalRandom.current().nextInt(1_000_000);
		long id = register("あおぞら図書館" + n, "アオゾラトショカン");
		String page = mvc.perform(get("/places/" + id)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("あおぞら図書館" + n)
			.contains("\"@type\":\"Library\"")
			.contains("\"GeoCoordinates\"")
			.contains("\"PostalAddress\"")
			.contains("https://www.openstreetmap.org/?mlat=35.53&amp;mlon=139.43")
			.contains("テストの催し" + id);
		String list = mvc.perform(get("/places").param("q", "あおぞら")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(list).contains("あおぞら図書館" + n);
		String api = mvc.perform(get("/api/places").param("q", "アオゾラ " + n).param("kind", "library"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(api).contains("\"total\":1").contains("\"nameKana\":\"アオゾラトショカン\"").contains("\"latitude\":35.53");
		assertThat(mvc.perform(get("/api/places/" + id)).andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(places.find(id)).get().extracting(PlaceSummary::kindCode).isEqualTo("library");
		assertThat(places.search("あおぞら " + n, 5)).extracting(PlaceSummary::id).containsExactly(id);

		places.hide(id, true, null);
		assertThat(mvc.perform(get("/places/" + id)).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/api/places/" + id)).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(places.find(id)).isEmpty();
		assertThat(places.published()).extracting(PlaceSummary::id).doesNotContain(id);
		assertThat(mvc.perform(get("/api/places").param("size", "1000")).andReturn().getResponse().getStatus())
			.isEqualTo(400);
	}

	@Test
	void staffAreToldInJapaneseWhichFieldIsWrong() throws Exception {
		var coordinator = user(users.loadUserByUsername("coordinator@example.jp"));
		String page = mvc.perform(post("/backoffice/places/new").with(csrf()).with(coordinator)
				.param("name", "").param("nameKana", "kana!").param("kindCode", "library").param("address", "相模原市1")
				.param("latitude", "95").param("longitude", "").param("corporateNumber", "1234567890123"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("名称を入力してください。").contains("名称のフリガナはひらがなまたはカタカナで入力してください。");

		String range = mvc.perform(post("/backoffice/places/new").with(csrf()).with(coordinator)
				.param("name", "範囲の会館").param("nameKana", "ハンイノカイカン").param("kindCode", "library")
				.param("address", "相模原市1").param("latitude", "95").param("longitude", "139"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(range).contains("緯度「95」は-90から90までの数にしてください。");

		var created = mvc.perform(post("/backoffice/places/new").with(csrf()).with(coordinator)
				.param("name", "ただしい会館").param("nameKana", "ただしいかいかん").param("kindCode", "community-hall")
				.param("address", "相模原市1").param("latitude", "35.5").param("longitude", "139.3"))
			.andReturn().getResponse();
		assertThat(created.getStatus()).isEqualTo(302);
		long id = Long.parseLong(created.getRedirectedUrl().replaceAll(".*/", ""));
		assertThat(places.detail(id, true, java.util.Locale.JAPANESE).values().nameKana()).isEqualTo("タダシイカイカン");
		assertThat(places.detail(id, true, java.util.Locale.JAPANESE).sourceKey()).isEqualTo(String.valueOf(id));

		var hidden = mvc.perform(post("/backoffice/places/" + id + "/hide").with(csrf()).with(coordinator)).andReturn().getResponse();
		assertThat(hidden.getStatus()).isEqualTo(302);
		assertThat(places.detail(id, true, java.util.Locale.JAPANESE).status()).isEqualTo(PlaceStatus.HIDDEN);
		var citizen = user(users.loadUserByUsername("citizen@example.jp"));
		assertThat(mvc.perform(post("/backoffice/places/" + id + "/publish").with(csrf()).with(citizen))
			.andReturn().getResponse().getStatus()).isEqualTo(403);
	}
}
