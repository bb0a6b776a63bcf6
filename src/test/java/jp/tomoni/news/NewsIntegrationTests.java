package jp.tomoni.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import jp.tomoni.TomoniIntegrationTest;
import jp.tomoni.audit.AuditLog;
import jp.tomoni.audit.AuditQuery;
import jp.tomoni.groups.GroupDirectory;
import jp.tomoni.groups.GroupSummary;
import jp.tomoni.mail.MailOutbox;
import jp.tomoni.shared.SignedInPerson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * News and case stories through the web as each role meets them: the review of a story with its mails and audit
 * entries, the public pages with their JSON-LD, the Atom feeds parsed as XML, the group page section, the search and
 * the newsletter's query.
 */
@TomoniIntegrationTest
class NewsIntegrationTests {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	GroupDirectory directory;

	@Autowired
	MailOutbox outbox;

	@Autowired
	AuditLog auditLog;

	@Autowired
	NewsSearch newsSearch;

	@Autowired
	Posts posts;

	@Autowired
	CaseStoryRepository stories;

	@Autowired
	NewsPostRepository news;

	@Autowired
	JsonMapper json;

	private UserDetails reporter() {
		return users.loadUserByUsername("reporter@example.jp");
	}

	private UserDetails coordinator() {
		return users.loadUserByUsername("coordinator@example.jp");
	}

	private static String unique() {
		StringBuilder suffix = new StringBuilder();
		for (int i = 0; i < 5; i++) {
			suffix.appendCodePoint(0x30A2 + ThreadLocalRandom.current().nextInt(40));
		}
		return suffix.toString();
	}

	private GroupSummary group(String name) {
		return directory.publicProfiles()
			.stream()
			.map(profile -> profile.summary())
			.filter(summary -> summary.name().equals(name))
			.findFirst()
			.orElseThrow();
	}

	private static MockHttpServletRequestBuilder storyForm(MockHttpServletRequestBuilder request, String title,
			String action, long groupId, boolean complete) {
		return request.with(csrf())
			.param("action", action)
			.param("title", title)
			.param("titleKana", "がいこくじんのにほんごきょうしつ")
			.param("partners", complete ? "国際交流ラウンジさがみ と 市の国際課" : "")
			.param("whatWasDone", "日本語教室を公民館で開きました。")
			.param("effect", "外国人住民30人が参加しました。")
			.param("wentWell", "通訳ボランティアの協力。")
			.param("difficulties", "会場の確保。")
			.param("improvements", "土曜日にも開く。")
			.param("fieldCodes", "11")
			.param("areaCodes", "chuo-district")
			.param("groupIds", Long.toString(groupId));
	}

	private long storyId(String title) {
		return stories.findAll().stream().filter(s -> s.title().equals(title)).findFirst().orElseThrow().id();
	}

	@Test
	void aStoryGoesThroughReviewToPublicationWithMailsAuditFeedJsonLdAndTheGroupPage() throws Exception {
		String title = "日本語教室の協働" + unique();
		long groupId = group("国際交流ラウンジさがみ").id();

		// Submitting with an empty section is refused, naming the section; nothing is saved.
		String refused = mvc.perform(storyForm(post("/account/stories/new"), title, "submit", groupId, false)
			.with(user(reporter()))).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("提出する前に「協働の相手(だれとだれが)」を書いてください。");
		assertThat(stories.findAll()).noneMatch(s -> s.title().equals(title));

		// The reporter submits it.
		var submitted = mvc.perform(storyForm(post("/account/stories/new"), title, "submit", groupId, true)
			.with(user(reporter()))).andReturn().getResponse();
		assertThat(submitted.getRedirectedUrl()).isEqualTo("/account/stories");
		long id = storyId(title);
		assertThat(stories.findById(id).orElseThrow().status()).isEqualTo(StoryStatus.SUBMITTED);

		// Not public yet; another person cannot open it.
		assertThat(status(get("/stories/" + id))).isEqualTo(404);
		assertThat(status(get("/account/stories/" + id).with(user(users.loadUserByUsername("citizen@example.jp")))))
			.isEqualTo(403);

		// The editor asks for changes: the reporter receives the comment by mail; the decision is audited.
		assertThat(mvc.perform(post("/backoffice/stories/" + id + "/request-changes").with(csrf())
			.param("comment", "")
			.with(user(coordinator()))).andReturn().getResponse().getContentAsString())
			.contains("修正してほしい点を入力してください。");
		mvc.perform(post("/backoffice/stories/" + id + "/request-changes").with(csrf())
			.param("comment", "参加者の声を成果に加えてください。")
			.with(user(coordinator())));
		assertThat(stories.findById(id).orElseThrow().status()).isEqualTo(StoryStatus.CHANGES_REQUESTED);
		var changesMail = outbox.list("reporter@example.jp", 0, 1).getContent().getFirst();
		assertThat(changesMail.subject()).isEqualTo("【ともに】協働事例の修正のお願い");
		assertThat(changesMail.body()).contains(title, "参加者の声を成果に加えてください。", "/account/stories/" + id + "/edit");
		assertThat(audited("story.changes-requested", id)).isTrue();

		// Publishing is refused while the story is with its author.
		assertThat(mvc.perform(post("/backoffice/stories/" + id + "/publish").with(csrf()).with(user(coordinator())))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("この協働事例は審査待ちではないため、この操作はできません。");

		// The reporter revises and resubmits; the editor publishes; the reporter is told.
		mvc.perform(storyForm(post("/account/stories/" + id + "/edit"), title, "submit", groupId, true)
			.with(user(reporter())));
		assertThat(stories.findById(id).orElseThrow().status()).isEqualTo(StoryStatus.SUBMITTED);
		mvc.perform(post("/backoffice/stories/" + id + "/publish").with(csrf()).with(user(coordinator())));
		assertThat(stories.findById(id).orElseThrow().status()).isEqualTo(StoryStatus.PUBLISHED);
		var publishedMail = outbox.list("reporter@example.jp", 0, 1).getContent().getFirst();
		assertThat(publishedMail.subject()).isEqualTo("【ともに】協働事例を公開しました");
		assertThat(publishedMail.body()).contains("/stories/" + id);
		assertThat(audited("story.published", id)).isTrue();

		// The public page: the sections under their headings, and schema.org Article.
		String page = mvc.perform(get("/stories/" + id)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("協働の相手(だれとだれが)", "取り組んだこと", "成果", "うまくいったこと", "苦労したこと", "次に改善したいこと",
				"日本語教室を公民館で開きました。");
		JsonNode article = jsonLd(page);
		assertThat(article.get("@type").asString()).isEqualTo("Article");
		assertThat(article.get("headline").asString()).isEqualTo(title);
		assertThat(article.get("author").get("name").asString()).isEqualTo("協働リポーター");
		assertThat(article.get("mentions").get(0).get("name").asString()).isEqualTo("国際交流ラウンジさがみ");
		assertThat(article.get("datePublished").asString()).matches("\\d{4}-\\d{2}-\\d{2}");

		// The group's page lists it.
		String groupPage = mvc.perform(get("/groups/" + groupId)).andReturn().getResponse().getContentAsString();
		assertThat(groupPage).contains("group-section-news", title, "/stories/" + id);

		// The Atom feed has it.
		Document feed = atom("/stories.atom");
		List<String> titles = entryTitles(feed);
		assertThat(titles).contains(title);
		Element entry = entry(feed, title);
		assertThat(entry.getElementsByTagNameNS(ATOM, "id").item(0).getTextContent()).endsWith("/stories/" + id);
		assertThat(((Element) entry.getElementsByTagNameNS(ATOM, "link").item(0)).getAttribute("href"))
			.endsWith("/stories/" + id);
		assertThat(entry.getElementsByTagNameNS(ATOM, "author").item(0).getTextContent()).contains("協働リポーター");
		assertThat(entry.getElementsByTagNameNS(ATOM, "updated").getLength()).isEqualTo(1);

		// Searchable by a かな query of its title's reading, and in the newsletter's query.
		assertThat(newsSearch.search("にほんごきょうしつ", 0, 50).hits())
			.anyMatch(hit -> hit.type() == PostType.STORY && hit.id() == id && hit.url().equals("/stories/" + id));
		assertThat(posts.publishedBetween(Instant.now().minusSeconds(600), Instant.now().plusSeconds(60), Set.of("11"),
				Set.of("chuo-district")))
			.anyMatch(p -> p.id() == id && p.type() == PostType.STORY && p.fieldCodes().contains("11"));
		assertThat(posts.publishedBetween(Instant.now().minusSeconds(600), Instant.now().plusSeconds(60), Set.of("07"),
				Set.of()))
			.noneMatch(p -> p.id() == id && p.type() == PostType.STORY);
	}

	@Test
	void aReporterSeesOnlyTheirOwnStoriesAndEditorsNoDrafts() throws Exception {
		String title = "下書きの事例" + unique();
		long groupId = group("国際交流ラウンジさがみ").id();
		mvc.perform(storyForm(post("/account/stories/new"), title, "save", groupId, false).with(user(reporter())));
		long id = storyId(title);
		assertThat(stories.findById(id).orElseThrow().status()).isEqualTo(StoryStatus.DRAFT);
		assertThat(mvc.perform(get("/account/stories").with(user(reporter()))).andReturn().getResponse().getContentAsString())
			.contains(title);
		// An editor does not see a draft; a visitor neither.
		assertThat(status(get("/backoffice/stories/" + id).with(user(coordinator())))).isEqualTo(404);
		assertThat(status(get("/stories/" + id))).isEqualTo(404);
		// Another reporter (a reporter account made for the test) gets a 404.
		assertThat(status(get("/account/stories/" + id + "/edit").with(user(otherReporter())))).isEqualTo(404);
		assertThat(status(post("/account/stories/" + id + "/withdraw").with(csrf()).with(user(otherReporter()))))
			.isEqualTo(404);
		// The author withdraws it.
		mvc.perform(post("/account/stories/" + id + "/withdraw").with(csrf()).with(user(reporter())));
		assertThat(stories.findById(id).orElseThrow().status()).isEqualTo(StoryStatus.WITHDRAWN);
	}

	/** A second reporter: the demo reporter's roles under another account id, enough for the object-level checks. */
	private UserDetails otherReporter() {
		return new TestReporter(reporter(), 987_654_321L);
	}

	@Test
	void editorsPublishNewsThatShowsInTheListFeedJsonLdAndGroupPageAndUnpublishIt() throws Exception {
		String title = "協働ニュース" + unique();
		long groupId = group("相模原市民活動サポートセンター").id();
		var created = mvc.perform(post("/backoffice/news/new").with(csrf())
			.with(user(coordinator()))
			.param("title", title)
			.param("titleKana", "")
			.param("body", "第一段落です。\n\n第二段落 https://example.jp/info <b>太字</b>")
			.param("publicationDate", "2099-01-01")
			.param("fieldCodes", "19")
			.param("areaCodes", "midori")
			.param("groupIds", Long.toString(groupId))).andReturn().getResponse();
		assertThat(created.getRedirectedUrl()).matches("/backoffice/news/\\d+/edit");
		long id = Long.parseLong(created.getRedirectedUrl().replaceAll("\\D", ""));
		assertThat(status(get("/news/" + id))).isEqualTo(404);

		mvc.perform(post("/backoffice/news/" + id + "/publish").with(csrf()).with(user(coordinator())));
		assertThat(audited("news.published", id)).isTrue();

		String list = mvc.perform(get("/news")).andReturn().getResponse().getContentAsString();
		assertThat(list).contains(title);
		// Newest first: the post dated 2099 comes before every demo post.
		assertThat(list.indexOf(title)).isLessThan(list.indexOf("協働サロンを開きました"));
		assertThat(mvc.perform(get("/news").param("field", "19")).andReturn().getResponse().getContentAsString())
			.contains(title);
		assertThat(mvc.perform(get("/news").param("field", "07")).andReturn().getResponse().getContentAsString())
			.doesNotContain(title);
		assertThat(mvc.perform(get("/news").param("area", "midori")).andReturn().getResponse().getContentAsString())
			.contains(title);

		String page = mvc.perform(get("/news/" + id)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("<a href=\"https://example.jp/info\" rel=\"nofollow noopener\">https://example.jp/info</a>")
			.contains("&lt;b&gt;太字&lt;/b&gt;")
			.doesNotContain("<b>太字</b>");
		JsonNode article = jsonLd(page);
		assertThat(article.get("@type").asString()).isEqualTo("NewsArticle");
		assertThat(article.get("headline").asString()).isEqualTo(title);
		assertThat(article.get("datePublished").asString()).isEqualTo("2099-01-01");
		assertThat(article.get("publisher").get("name").asString()).isEqualTo("相模原市");

		Document feed = atom("/news.atom");
		assertThat(feed.getDocumentElement().getLocalName()).isEqualTo("feed");
		assertThat(feed.getDocumentElement().getNamespaceURI()).isEqualTo(ATOM);
		assertThat(entryTitles(feed).getFirst()).isEqualTo(title);
		assertThat(feed.getDocumentElement().getElementsByTagNameNS(ATOM, "author").getLength()).isPositive();

		assertThat(mvc.perform(get("/groups/" + groupId)).andReturn().getResponse().getContentAsString()).contains(title,
				"/news/" + id);
		assertThat(newsSearch.search(title, 0, 10).hits()).anyMatch(hit -> hit.type() == PostType.NEWS && hit.id() == id);

		mvc.perform(post("/backoffice/news/" + id + "/unpublish").with(csrf()).with(user(coordinator())));
		assertThat(status(get("/news/" + id))).isEqualTo(404);
		assertThat(entryTitles(atom("/news.atom"))).doesNotContain(title);
		assertThat(mvc.perform(get("/groups/" + groupId)).andReturn().getResponse().getContentAsString())
			.doesNotContain(title);
	}

	@Test
	void theGroupPickerFindsGroupsAndKeepsTheChosenOnes() throws Exception {
		long chosen = group("相模台自治会").id();
		String page = mvc.perform(post("/backoffice/news/new").with(csrf())
			.with(user(coordinator()))
			.param("action", "findGroups")
			.param("title", "")
			.param("body", "")
			.param("publicationDate", "2026-06-01")
			.param("groupIds", Long.toString(chosen))
			.param("groupQuery", "こくさいこうりゅう")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("相模台自治会", "国際交流ラウンジさがみ")
			.doesNotContain("タイトルを入力してください");
		assertThat(page).containsPattern("id=\"group-" + chosen + "\"[^>]*checked");
	}

	@Test
	void unknownTagsAreRefusedNamingTheField() throws Exception {
		String page = mvc.perform(post("/backoffice/news/new").with(csrf())
			.with(user(coordinator()))
			.param("title", "タグの確認")
			.param("body", "本文")
			.param("publicationDate", "2026-06-01")
			.param("fieldCodes", "99")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("活動分野に、一覧にない値があります: 99");
	}

	private boolean audited(String action, long id) {
		return auditLog.search(new AuditQuery(null, action, null, Long.toString(id), null, null), 0, 10)
			.getContent()
			.stream()
			.anyMatch(entry -> entry.action().equals(action));
	}

	private int status(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getStatus();
	}

	private JsonNode jsonLd(String page) {
		Matcher matcher = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL)
			.matcher(page);
		assertThat(matcher.find()).isTrue();
		return json.readTree(matcher.group(1));
	}

	private Document atom(String path) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("application/atom+xml");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(response.getContentAsString(StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8)));
	}

	private static List<String> entryTitles(Document feed) {
		List<String> titles = new ArrayList<>();
		NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
		for (int i = 0; i < entries.getLength(); i++) {
			titles.add(((Element) entries.item(i)).getElementsByTagNameNS(ATOM, "title").item(0).getTextContent());
		}
		return titles;
	}

	private static Element entry(Document feed, String title) {
		NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
		for (int i = 0; i < entries.getLength(); i++) {
			Element entry = (Element) entries.item(i);
			if (entry.getElementsByTagNameNS(ATOM, "title").item(0).getTextContent().equals(title)) {
				return entry;
			}
		}
		throw new AssertionError("no entry " + title);
	}

	/** The demo reporter's authorities under another account id. */
	private record TestReporter(UserDetails delegate, long accountId) implements UserDetails, SignedInPerson {

		@Override
		public java.util.Collection<? extends org.springframework.security.core.GrantedAuthority> getAuthorities() {
			return delegate.getAuthorities();
		}

		@Override
		public String getPassword() {
			return delegate.getPassword();
		}

		@Override
		public String getUsername() {
			return "reporter-two@example.jp";
		}

		@Override
		public String email() {
			return "reporter-two@example.jp";
		}

		@Override
		public String displayName() {
			return "二人目の記者";
		}

		@Override
		public String municipalityCode() {
			return ((SignedInPerson) delegate).municipalityCode();
		}
	}
}
