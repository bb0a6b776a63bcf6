package jp.tomoni.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import jp.tomoni.TomoniIntegrationTest;
import jp.tomoni.places.PlaceSummary;
import jp.tomoni.places.Places;
import jp.tomoni.shared.SignedInPerson;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The place picker of the event form: search as you type (htmx) and the same search without JavaScript, the venue
 * taken from the chosen place, the links between the event's page and the place's page, clearing the choice, and
 * the refusals in Japanese.
 */
@TomoniIntegrationTest
class EventPlacePickerIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	EventManagement management;

	@Autowired
	Places places;

	private UserDetails staff() {
		return users.loadUserByUsername("staff@example.jp");
	}

	private PlaceSummary hashimoto() {
		return places.published()
			.stream()
			.filter(p -> p.name().equals("橋本地域交流センター"))
			.findFirst()
			.orElseThrow();
	}

	private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String name) {
		return request.with(csrf())
			.param("name", name)
			.param("categoryCode", "exchange")
			.param("attendanceMode", "IN_PERSON")
			.param("organiserName", "相模原市協働推進課")
			.param("startDate", EventPublishingIntegrationTests.today().plusDays(20).toString())
			.param("startTime", "13:00")
			.param("endTime", "15:00")
			.param("repeat", "NONE");
	}

	private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(user(staff()))).andReturn().getResponse();
	}

	private static Document html(MockHttpServletResponse response) throws Exception {
		return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
	}

	private long idOf(String name) {
		return management.managedBy(((SignedInPerson) staff()).accountId())
			.stream()
			.filter(e -> e.name().equals(name))
			.findFirst()
			.orElseThrow()
			.id();
	}

	@Test
	void searchAsYouTypeFindsPlacesByReadingAndKeepsTheChosenOne() throws Exception {
		PlaceSummary place = hashimoto();
		MockHttpServletResponse answer = perform(get("/account/events/place-choices").param("placeQuery", "はしもと")
			.header("HX-Request", "true"));
		assertThat(answer.getContentAsString(StandardCharsets.UTF_8)).as("an htmx answer is the fragment only")
			.doesNotContain("<html", "page-event-form");
		Document found = html(answer);
		assertThat(found.select("input[type=radio][name=placeId][value=" + place.id() + "]")).hasSize(1);
		assertThat(found.select("#placeId-none")).hasSize(1);
		assertThat(found.select("#places-found").text()).contains("件の場所が見つかりました");

		Document kept = html(perform(get("/account/events/place-choices").param("placeQuery", "ずっとないなまえ")
			.param("placeId", Long.toString(place.id()))
			.header("HX-Request", "true")));
		assertThat(kept.select("#placeId-" + place.id()).hasAttr("checked")).isTrue();
		assertThat(kept.select("#places-found").text()).contains("見つかりませんでした");

		assertThat(perform(get("/account/events/place-choices").param("placeQuery", "はしもと")).getStatus())
			.as("a plain request goes to the form").isEqualTo(302);
	}

	@Test
	void withoutJavaScriptTheSearchButtonShowsTheChoicesAndSavesNothing() throws Exception {
		String name = "場所を探すだけの会" + EventPublishingIntegrationTests.unique();
		Document page = html(perform(form(post("/account/events/new"), name).param("findPlace", "true")
			.param("placeQuery", "ハシモト")));
		assertThat(page.select("#page-event-form")).hasSize(1);
		assertThat(page.select("#placeId-" + hashimoto().id())).hasSize(1);
		assertThat(page.select("input[name=name]").val()).isEqualTo(name);
		assertThat(page.select(".error-message")).isEmpty();
		assertThat(management.managedBy(((SignedInPerson) staff()).accountId())).noneMatch(e -> e.name().equals(name));

		Document empty = html(perform(form(post("/account/events/new"), name).param("findPlace", "true")
			.param("placeQuery", " ")));
		assertThat(empty.select("#placeQuery-error").text()).isEqualTo("探す場所の名前かよみがなを入力してください。");
		assertThat(empty.select("#placeQuery").attr("aria-invalid")).isEqualTo("true");
	}

	@Test
	void theChosenPlaceGivesTheVenueAndThePagesLinkEachOtherUntilTheChoiceIsCleared() throws Exception {
		PlaceSummary place = hashimoto();
		String name = "登録された場所での交流会" + EventPublishingIntegrationTests.unique();
		MockHttpServletResponse created = perform(form(post("/account/events/new"), name)
			.param("placeId", Long.toString(place.id()))
			.param("placeName", "手で入力した名前")
			.param("address", "手で入力した住所"));
		assertThat(created.getStatus()).isEqualTo(302);
		long id = idOf(name);

		EventSummary saved = management.managedDetails(new EventActor(((SignedInPerson) staff()).accountId(), true), id)
			.summary();
		assertThat(saved.placeId()).isEqualTo(place.id());
		assertThat(saved.placeName()).isEqualTo(place.name());
		assertThat(saved.address()).isEqualTo(place.address());
		assertThat(saved.latitude()).isEqualByComparingTo(place.latitude());
		assertThat(saved.longitude()).isEqualByComparingTo(place.longitude());

		Document eventPage = html(mvc.perform(get("/events/" + id)).andReturn().getResponse());
		assertThat(eventPage.select("#event-place-link").attr("href")).isEqualTo("/places/" + place.id());
		Document placePage = html(mvc.perform(get("/places/" + place.id())).andReturn().getResponse());
		assertThat(placePage.select(".place-section a[href=\"/events/" + id + "\"]")).hasSize(1);

		Document edit = html(perform(get("/account/events/" + id + "/edit")));
		assertThat(edit.select("#placeId-" + place.id()).hasAttr("checked")).as("the edit form shows the choice")
			.isTrue();

		MockHttpServletResponse cleared = perform(form(post("/account/events/" + id + "/edit"), name).param("placeId", "")
			.param("placeName", "橋本公民館 第1会議室")
			.param("address", "相模原市緑区橋本1-1-1"));
		assertThat(cleared.getStatus()).isEqualTo(302);
		EventSummary typed = management.managedDetails(new EventActor(((SignedInPerson) staff()).accountId(), true), id)
			.summary();
		assertThat(typed.placeId()).isNull();
		assertThat(typed.placeName()).isEqualTo("橋本公民館 第1会議室");
		assertThat(html(mvc.perform(get("/events/" + id)).andReturn().getResponse()).select("#event-place-link"))
			.isEmpty();
		assertThat(html(mvc.perform(get("/places/" + place.id())).andReturn().getResponse())
			.select(".place-section a[href=\"/events/" + id + "\"]")).isEmpty();
	}

	@Test
	void anUnknownPlaceIsRefusedInJapaneseNamingTheField() throws Exception {
		String name = "ない場所の会" + EventPublishingIntegrationTests.unique();
		Document page = html(perform(form(post("/account/events/new"), name).param("placeId", "99999999")));
		assertThat(page.select("#placeQuery-error").text()).contains("選んだ会場(登録された場所)が見つかりません");
		assertThat(management.managedBy(((SignedInPerson) staff()).accountId())).noneMatch(e -> e.name().equals(name));
	}
}
