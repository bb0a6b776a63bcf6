package jp.tomoni.pageviews;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class PageViewFilterTests {

	private static final String BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
			+ "Chrome/140.0.0.0 Safari/537.36";

	private static MockHttpServletRequest get(String path) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.addHeader("User-Agent", BROWSER);
		return request;
	}

	private static MockHttpServletResponse html(int status) {
		MockHttpServletResponse response = new MockHttpServletResponse();
		response.setStatus(status);
		response.setContentType("text/html;charset=UTF-8");
		return response;
	}

	@Test
	void aSuccessfulPublicHtmlPageCounts() {
		assertThat(PageViewFilter.counts(get("/groups/12"), html(200))).isTrue();
		assertThat(PageViewFilter.counts(get("/"), html(200))).isTrue();
	}

	@Test
	void otherMethodsStatusesAndTypesDoNotCount() {
		MockHttpServletRequest post = get("/newsletter");
		post.setMethod("POST");
		assertThat(PageViewFilter.counts(post, html(200))).isFalse();
		assertThat(PageViewFilter.counts(get("/groups/999"), html(404))).isFalse();
		assertThat(PageViewFilter.counts(get("/groups"), html(302))).isFalse();
		MockHttpServletResponse json = html(200);
		json.setContentType("application/json");
		assertThat(PageViewFilter.counts(get("/groups"), json)).isFalse();
	}

	@Test
	void backOfficeApiStaticFilesAndFeedsDoNotCount() {
		for (String path : new String[] { "/backoffice/page-views", "/admin/mail", "/api/groups", "/account/profile",
				"/css/tomoni.css", "/webjars/htmx.org/dist/htmx.min.js", "/groups/export.csv", "/feeds/news.atom",
				"/events.ics", "/login" }) {
			assertThat(PageViewFilter.counts(get(path), html(200))).as(path).isFalse();
		}
	}

	@Test
	void prefetchesFragmentsAndRobotsDoNotCount() {
		MockHttpServletRequest prefetch = get("/groups");
		prefetch.addHeader("Sec-Purpose", "prefetch;prerender");
		assertThat(PageViewFilter.counts(prefetch, html(200))).isFalse();
		MockHttpServletRequest purpose = get("/groups");
		purpose.addHeader("Purpose", "prefetch");
		assertThat(PageViewFilter.counts(purpose, html(200))).isFalse();
		MockHttpServletRequest htmx = get("/groups");
		htmx.addHeader("HX-Request", "true");
		assertThat(PageViewFilter.counts(htmx, html(200))).isFalse();
		for (String agent : new String[] { "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
				"curl/8.5.0", "python-requests/2.31", "Mozilla/5.0 (compatible; bingbot/2.0)", "" }) {
			MockHttpServletRequest robot = new MockHttpServletRequest("GET", "/groups");
			robot.addHeader("User-Agent", agent);
			assertThat(PageViewFilter.counts(robot, html(200))).as(agent).isFalse();
		}
		assertThat(PageViewFilter.counts(new MockHttpServletRequest("GET", "/groups"), html(200))).isFalse();
	}

	@Test
	void thePathIsNormalisedAndKeepsIds() {
		assertThat(PageViewFilter.normalise("/groups/12/", "")).isEqualTo("/groups/12");
		assertThat(PageViewFilter.normalise("/tomoni/groups;jsessionid=ABC", "/tomoni")).isEqualTo("/groups");
		assertThat(PageViewFilter.normalise("/tomoni", "/tomoni")).isEqualTo("/");
		assertThat(PageViewFilter.normalise("/" + "a".repeat(400), "")).hasSize(PageViews.MAX_PATH);
	}
}
