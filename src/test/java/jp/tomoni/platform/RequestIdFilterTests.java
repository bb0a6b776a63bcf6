package jp.tomoni.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RequestIdFilterTests {

	private final RequestIdFilter filter = new RequestIdFilter();

	@Test
	void namesTheRequestInTheLogContextAndTheResponse() throws Exception {
		AtomicReference<String> idSeenByTheLog = new AtomicReference<>();
		AtomicReference<String> requestSeenByTheLog = new AtomicReference<>();
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/signup");
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, (req, res) -> {
			idSeenByTheLog.set(MDC.get("requestId"));
			requestSeenByTheLog.set(MDC.get("request"));
		});
		assertThat(idSeenByTheLog.get()).isNotBlank().isEqualTo(response.getHeader("X-Request-Id"));
		assertThat(requestSeenByTheLog.get()).isEqualTo("POST /signup");
		assertThat(request.getAttribute("requestId")).isEqualTo(idSeenByTheLog.get());
		assertThat(MDC.get("requestId")).as("cleared after the request").isNull();
	}

	@Test
	void keepsASaneIdFromTheProxyAndReplacesAnythingElse() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		request.addHeader("X-Request-Id", "proxy-1234abcd");
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, (req, res) -> {
		});
		assertThat(response.getHeader("X-Request-Id")).isEqualTo("proxy-1234abcd");

		MockHttpServletRequest forged = new MockHttpServletRequest("GET", "/");
		forged.addHeader("X-Request-Id", "bad\nheader<script>");
		MockHttpServletResponse forgedResponse = new MockHttpServletResponse();
		filter.doFilter(forged, forgedResponse, (req, res) -> {
		});
		assertThat(forgedResponse.getHeader("X-Request-Id")).doesNotContain("<", "\n").hasSize(36);
	}
}
