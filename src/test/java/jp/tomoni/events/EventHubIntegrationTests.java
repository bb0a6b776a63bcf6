package jp.tomoni.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import jp.tomoni.TomoniIntegrationTest;
import jp.tomoni.groups.GroupCommand;
import jp.tomoni.groups.GroupDirectory;
import jp.tomoni.groups.Visibility;
import jp.tomoni.newsletter.DigestItem;
import jp.tomoni.newsletter.DigestSource;
import jp.tomoni.opendata.OpenDataset;
import jp.tomoni.places.Places;
import jp.tomoni.search.SearchSource;
import jp.tomoni.search.SiteSearch;
import jp.tomoni.shared.SignedInPerson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An event reaches every place of the information hub it belongs in: the site search (its own type), the weekly
 * digest, the open-data page, the organising group's page and the page of the place where it is held; places and
 * news are in the site search and on the open-data page too.
 */
@TomoniIntegrationTest
class EventHubIntegrationTests {

	@Autowired
	EventManagement management;

	@Autowired
	SiteSearch siteSearch;

	@Autowired
	List<DigestSource> digestSources;

	@Autowired
	List<OpenDataset> datasets;

	@Autowired
	Places places;

	@Autowired
	GroupDirectory directory;

	@Autowired
	UserDetailsService users;

	@Autowired
	MockMvc mvc;

	private long account(String email) {
		return ((SignedInPerson) users.loadUserByUsername(email)).accountId();
	}

	@Test
	void aPublishedEventIsInTheSearchTheDigestAndOnItsGroupsAndPlacesPages() throws Exception {
		StringBuilder word = new StringBuilder();
		for (int i = 0; i < 5; i++) {
			word.appendCodePoint(0x30A2 + ThreadLocalRandom.current().nextInt(40));
		}
		String name = word + "子育て講座";
		long group = directory.register(account("citizen@example.jp"),
				new GroupCommand(word + "の会", "テスト", "volunteer-group", null, Set.of("13"), Set.of("hashimoto"),
						"子育ての会です。", null, null, null, false, null, null, Visibility.PUBLIC, null,
						Visibility.PUBLIC));
		directory.approve(group);
		var place = places.published().getFirst();
		LocalDate day = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(5);
		long id = management.create(new EventActor(account("staff@example.jp"), true),
				new EventCommand(name, "テストイベント", "親子で学ぶ講座です。", "説明", "seminar", Set.of("13"), "hashimoto",
						"子育て中の親子", "無料", true, 20, AttendanceMode.IN_PERSON, null, place.id(), place.name(),
						null, place.address(), new BigDecimal("35.594800"), new BigDecimal("139.345100"), group, null,
						Set.of(), null, "協働 花子", "042-754-1111", "kyodo@example.jp", null, "電話で申込み", null,
						false, List.of(new EventDateCommand(day, null, LocalTime.of(10, 0), LocalTime.of(12, 0)))));

		SiteSearch.Result found = siteSearch.search(word + " こそだて", "events", 0, 10);
		assertThat(found.chosen().orElseThrow().hits()).extracting(SearchSource.Hit::url).contains("/events/" + id);

		Instant now = Instant.now();
		List<DigestItem> digest = digestSources.stream()
			.flatMap(source -> source.itemsBetween(now.minus(1, ChronoUnit.HOURS), now.plus(1, ChronoUnit.HOURS))
				.stream())
			.toList();
		assertThat(digest).anySatisfy(item -> {
			assertThat(item.title()).isEqualTo(name);
			assertThat(item.url()).isEqualTo("/events/" + id);
			assertThat(item.date()).isEqualTo(day);
			assertThat(item.fieldCodes()).containsExactly("13");
		});

		assertThat(mvc.perform(get("/groups/" + group)).andReturn().getResponse().getContentAsString()).contains(name);
		assertThat(mvc.perform(get("/places/" + place.id())).andReturn().getResponse().getContentAsString())
			.contains(name);
	}

	@Test
	void placesAndNewsAreSearchedAndEveryDatasetIsOnTheOpenDataPage() throws Exception {
		var place = places.published().getFirst();
		assertThat(siteSearch.search(place.name(), "places", 0, 10).chosen().orElseThrow().hits())
			.extracting(SearchSource.Hit::url)
			.contains("/places/" + place.id());
		assertThat(siteSearch.search("協働サロン", "news", 0, 10).chosen().orElseThrow().total()).isPositive();

		assertThat(datasets).extracting(OpenDataset::id).contains("groups", "events", "places");
		assertThat(mvc.perform(get("/opendata")).andReturn().getResponse().getContentAsString())
			.contains("/opendata/events.csv", "/opendata/places.csv", "/groups/export.csv");
	}
}
