package jp.tomoni.localissues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import javax.imageio.ImageIO;

import jp.tomoni.TomoniIntegrationTest;
import jp.tomoni.accounts.AccountManagement;
import jp.tomoni.accounts.SignUpCommand;
import jp.tomoni.groups.GroupDirectory;
import jp.tomoni.groups.GroupMembers;
import jp.tomoni.groups.GroupStatus;
import jp.tomoni.groups.GroupSummary;
import jp.tomoni.shared.FiscalYear;
import jp.tomoni.shared.NoticeRequested;
import jp.tomoni.shared.NoticeTopic;
import jp.tomoni.shared.PersonalDataContributor.PersonRef;
import jp.tomoni.shared.Role;
import jp.tomoni.shared.SignedInPerson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * Local issues through their pages: an issue goes from posting through triage and a call to chosen partners, the
 * poster told of each status; who may see an unaccepted issue and its photo; refusals in Japanese naming the field;
 * the personal-data export and erasure.
 */
@TomoniIntegrationTest
@RecordApplicationEvents
class LocalIssueIntegrationTests {

	private static final String SECRET = "GPS 35.5710N 139.3707E Tomoni-secret-camera";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	/** A resident of one's own: the demo citizen may have registered a group in another test of the shared database. */
	private UserDetails freshResident() {
		String email = "issue-resident-" + System.nanoTime() + "@example.jp";
		accounts.signUp(new SignUpCommand(email, "sakura-no-hana-2026", "地域 花子", "チイキ ハナコ", "ちいき"));
		return users.loadUserByUsername(email);
	}

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	GroupDirectory groups;

	@Autowired
	GroupMembers members;

	@Autowired
	LocalIssues issues;

	@Autowired
	LocalIssuePersonalData personalData;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationEvents events;

	private UserDetails as(String email) {
		return users.loadUserByUsername(email);
	}

	private static long id(UserDetails user) {
		return ((SignedInPerson) user).accountId();
	}

	private MockMultipartHttpServletRequestBuilder postForm(String title, byte[] photo) {
		return postForm(title, photo, "hashimoto");
	}

	private MockMultipartHttpServletRequestBuilder postForm(String title, byte[] photo, String area) {
		return (MockMultipartHttpServletRequestBuilder) multipart("/account/issues/new").file(new MockMultipartFile("photo", "photo.jpg", "image/jpeg", photo))
			.with(csrf())
			.with(user(as("citizen@example.jp")))
			.param("title", title)
			.param("description", "公園の遊具が壊れていて、子どもがけがをしそうです。")
			.param("areaCode", area)
			.param("place", "橋本中央公園")
			.param("affected", "公園で遊ぶ子どもと保護者");

	}

	private long posted(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		String location = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private String page(String path, UserDetails user) throws Exception {
		return mvc.perform(get(path).with(user(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private String staffAction(long id, String action, Map<String, String> params) throws Exception {
		MockHttpServletRequestBuilder request = post("/backoffice/issues/" + id + "/" + action).with(csrf())
			.with(user(as("coordinator@example.jp")));
		params.forEach(request::param);
		return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private List<NoticeRequested> noticesTo(long recipient) {
		return events.stream(NoticeRequested.class).filter(n -> n.recipients().contains(recipient)).toList();
	}

	@Test
	void anIssueGoesFromPostingToChosenPartnersAndThePosterIsToldOfEachStatus() throws Exception {
		String title = "遊具が壊れている " + ThreadLocalRandom.current().nextInt(100_000);
		long id = posted(postForm(title, jpegWithExif()));
		long poster = id(as("citizen@example.jp"));

		// Until accepted: the poster and staff only, the photo likewise; its stored bytes carry no EXIF.
		assertThat(page("/issues/" + id, as("citizen@example.jp"))).contains(title, "投稿済み(確認待ち)");
		assertThat(page("/issues/" + id, as("staff@example.jp"))).contains(title);
		byte[] stored = jdbc.queryForObject("select image from local_issue_photo where issue_id = ?", byte[].class, id);
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("Exif", "Tomoni-secret");
		mvc.perform(get("/issues/" + id + "/photo").with(user(as("citizen@example.jp")))).andExpect(status().isOk());
		for (String other : List.of("member@example.jp", "group-admin@example.jp", "reviewer@example.jp")) {
			mvc.perform(get("/issues/" + id).with(user(as(other)))).andExpect(status().isNotFound());
			mvc.perform(get("/issues/" + id + "/photo").with(user(as(other)))).andExpect(status().isNotFound());
		}
		mvc.perform(get("/issues/" + id)).andExpect(status().isNotFound());
		mvc.perform(get("/issues/" + id + "/photo")).andExpect(status().isNotFound());
		assertThat(mvc.perform(get("/issues")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
			.doesNotContain(title);

		staffAction(id, "accept", Map.of("note", "公園課と相談します。"));
		assertThat(noticesTo(poster)).singleElement().satisfies(n -> {
			assertThat(n.topic()).isEqualTo(NoticeTopic.LOCAL_ISSUES);
			assertThat(n.subject()).contains(title, "受理");
			assertThat(n.body()).contains("公園課と相談します。");
			assertThat(n.link()).isEqualTo("/issues/" + id);
		});
		mvc.perform(get("/issues/" + id)).andExpect(status().isOk());
		mvc.perform(get("/issues/" + id + "/photo")).andExpect(status().isOk());
		assertThat(mvc.perform(get("/issues").param("area", "hashimoto")).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains(title);

		LocalDate today = LocalDate.now(clock.withZone(FiscalYear.JAPAN));
		assertThat(staffAction(id, "call", Map.of("callText", "遊具の点検と見守りの提案を募集します", "deadline", today.toString())))
			.contains("募集の締切日(deadline)は、今日(" + today + ")より後の日付にしてください。",
					"遊具の点検と見守りの提案を募集します");
		staffAction(id, "call", Map.of("callText", "遊具の点検と見守りの提案を募集します", "deadline", today.plusDays(10).toString()));
		assertThat(noticesTo(poster)).hasSize(2);

		UserDetails groupAdmin = as("group-admin@example.jp");
		GroupSummary group = groups.groupsOf(id(groupAdmin)).stream()
			.filter(g -> g.status() == GroupStatus.APPROVED).findFirst().orElseThrow();
		mvc.perform(post("/issues/" + id + "/proposals").with(csrf()).with(user(groupAdmin))
			.param("groupId", Long.toString(group.id())).param("summary", "会員が毎週見回ります"))
			.andExpect(status().is3xxRedirection());
		assertThat(page("/issues/" + id, groupAdmin)).contains("会員が毎週見回ります");
		assertThat(page("/issues/" + id, as("member@example.jp"))).doesNotContain("会員が毎週見回ります");
		assertThat(mvc.perform(get("/issues/" + id)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
			.doesNotContain("会員が毎週見回ります");
		// A resident who administers no group is refused; so is a second proposal of the same group.
		mvc.perform(post("/issues/" + id + "/proposals").with(csrf()).with(user(freshResident()))
			.param("groupId", Long.toString(group.id())).param("summary", "x")).andExpect(status().isForbidden());
		assertThat(mvc.perform(post("/issues/" + id + "/proposals").with(csrf()).with(user(groupAdmin))
			.param("groupId", Long.toString(group.id())).param("summary", "二つ目")).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("すでに提案しています");

		assertThat(staffAction(id, "partners", Map.of("chosen", "0", "partnerReasons[0]", "")))
			.contains("この課題はいま「解決策募集中」のため、この操作はできません。");
		staffAction(id, "close-call", Map.of());
		assertThat(staffAction(id, "partners", Map.of("chosen", "0", "partnerReasons[0]", " ")))
			.contains("を選んだ理由を入力してください。");
		staffAction(id, "partners", Map.of("chosen", "0", "partnerReasons[0]", "公園のそばで長く活動している"));

		assertThat(noticesTo(poster)).extracting(NoticeRequested::subject)
			.anySatisfy(s -> assertThat(s).contains("選考中"))
			.anySatisfy(s -> assertThat(s).contains("パートナー決定"))
			.hasSize(4);
		Set<Long> administrators = Set.copyOf(members.administratorsOf(group.id()));
		assertThat(events.stream(NoticeRequested.class).filter(n -> n.subject().contains("パートナーに選ばれました")))
			.singleElement()
			.satisfies(n -> assertThat(n.recipients()).containsExactlyInAnyOrderElementsOf(administrators));
		assertThat(mvc.perform(get("/issues/" + id)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains(group.name(), "公園のそばで長く活動している", "パートナー決定");
		assertThat(page("/account/issues", as("citizen@example.jp"))).contains(title, "パートナー決定");
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'local-issue' and record_id = ?",
				Long.class, Long.toString(id))).isGreaterThanOrEqualTo(6);
		assertThat(jdbc.queryForObject("select count(*) from local_issue_status_line where issue_id = ?", Long.class, id))
			.isEqualTo(5);
	}

	@Test
	void anOversizedPhotoIsRefusedInJapaneseNamingTheFieldAndNothingIsSaved() throws Exception {
		long before = jdbc.queryForObject("select count(*) from local_issue", Long.class);
		String body = mvc.perform(postForm("大きすぎる写真の課題", new byte[LocalIssues.PHOTO.maxBytes() + 1]))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).contains("写真(photo)は5MBまでのファイルにしてください。", "大きすぎる写真の課題", "橋本中央公園");
		String notImage = mvc.perform(postForm("画像でない写真", "<?php ?>".getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(notImage).contains("写真(photo)として読み取れないファイルです。");
		String missing = mvc.perform(postForm("", image(), ""))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(missing).contains("課題の題名を入力してください。", "地域を入力してください。");
		assertThat(jdbc.queryForObject("select count(*) from local_issue", Long.class)).isEqualTo(before);
	}

	@Test
	void outOfScopeNeedsAReasonWhichOnlyThePosterAndStaffRead() throws Exception {
		long id = posted(postForm("市の管轄外の課題", image()));
		long poster = id(as("citizen@example.jp"));
		assertThat(staffAction(id, "out-of-scope", Map.of("reason", ""))).contains("対象外とする理由(reason)を入力してください。");
		assertThat(staffAction(id, "duplicate", Map.of("duplicateOf", Long.toString(id))))
			.contains("公開中の課題はありません");
		staffAction(id, "out-of-scope", Map.of("reason", "県道のため県の土木事務所にお伝えください。"));
		assertThat(page("/issues/" + id, as("citizen@example.jp"))).contains("対象外", "県道のため県の土木事務所にお伝えください。");
		mvc.perform(get("/issues/" + id).with(user(as("member@example.jp")))).andExpect(status().isNotFound());
		assertThat(noticesTo(poster)).singleElement().satisfies(n -> assertThat(n.body()).contains("県道のため"));
		// Once triaged, it cannot be triaged again.
		assertThat(staffAction(id, "accept", Map.of())).contains("この課題はいま「対象外」のため、この操作はできません。");
	}

	@Test
	void thePostersDataIsExportedAndOnErasureUnpublishedIssuesGoAndPublicOnesLoseTheirPoster() {
		long account = 900_000_000L + ThreadLocalRandom.current().nextInt(1_000_000);
		Actor resident = new Actor(account, "消える人", Set.of(Role.CITIZEN));
		Actor staff = new Actor(id(as("coordinator@example.jp")), "職員", Set.of(Role.COORDINATOR));
		IssueCommand command = new IssueCommand("消去の確認", "説明", "hashimoto", null, "住民");
		long hidden = issues.post(resident, command, null);
		long shown = issues.post(resident, command, null);
		issues.accept(shown, staff, null);

		PersonRef person = new PersonRef(account, "gone@example.jp");
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> exported = (List<Map<String, Object>>) personalData.collect(person).get("posted");
		assertThat(exported).extracting(e -> e.get("id")).containsExactlyInAnyOrder(hidden, shown);

		personalData.erase(person);

		assertThat(jdbc.queryForObject("select count(*) from local_issue where id = ?", Long.class, hidden)).isZero();
		assertThat(jdbc.queryForObject("select poster_id from local_issue where id = ?", Long.class, shown)).isNull();
		assertThat(jdbc.queryForObject("select count(*) from local_issue_status_line where actor_id = ? or actor_name = ?",
				Long.class, account, "消える人")).isZero();
		assertThat(personalData.collect(person).get("posted")).asList().isEmpty();
	}

	static byte[] image() throws IOException {
		BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(30, 90, 160));
		g.fillRect(0, 0, 400, 600);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpeg", out);
		return out.toByteArray();
	}

	/** A JPEG with an APP1 "Exif" segment right after its start marker, carrying a camera's position. */
	static byte[] jpegWithExif() throws IOException {
		byte[] jpeg = image();
		byte[] payload = ("Exif\0\0MM\0*\0\0\0\b" + SECRET).getBytes(StandardCharsets.ISO_8859_1);
		ByteBuffer exif = ByteBuffer.allocate(4 + payload.length);
		exif.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (payload.length + 2)).put(payload);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpeg, 0, 2);
		out.write(exif.array());
		out.write(jpeg, 2, jpeg.length - 2);
		return out.toByteArray();
	}
}
