package jp.tomoni.platform;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Names every request: an id (taken from a proxy's {@code X-Request-Id} when it is sane, otherwise new) goes into
 * the log lines of the request, the audit log and the response header.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Request-Id";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String incoming = request.getHeader(HEADER);
		String id = incoming != null && incoming.matches("[A-Za-z0-9._-]{8,64}") ? incoming
				: UUID.randomUUID().toString();
		MDC.put("requestId", id);
		MDC.put("request", request.getMethod() + " " + request.getRequestURI());
		response.setHeader(HEADER, id);
		request.setAttribute("requestId", id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove("requestId");
			MDC.remove("request");
		}
	}
}
