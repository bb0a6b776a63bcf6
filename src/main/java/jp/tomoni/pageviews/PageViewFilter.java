package jp.tomoni.pageviews;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts a page view for every successful GET of a public HTML page: after the response is written, its status is
 * 2xx and its type text/html. Back office, administration, account pages, the API, static files, feeds and
 * downloads, prefetches, htmx fragment requests and obvious robots are not counted. Nothing about the visitor is
 * read besides the User-Agent, which is only tested against a list of robots, never stored; no session or cookie is
 * created (docs/decisions/0043). Counting is a map update in memory ({@link PageViews#count}).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class PageViewFilter extends OncePerRequestFilter {

	private static final List<String> EXCLUDED_PREFIXES = List.of("/backoffice", "/admin", "/account", "/api",
			"/actuator", "/css/", "/js/", "/images/", "/webjars/", "/v3/api-docs", "/swagger-ui", "/error", "/login",
			"/logout", "/feeds", "/favicon");

	/** Paths of files and feeds, whatever they answer with. */
	private static final Pattern FILE = Pattern
		.compile(".*\\.(css|js|png|jpe?g|gif|svg|ico|webp|xml|atom|rss|ics|csv|json|txt|pdf|zip|map)$");

	/** Robots that say so. A person's browser never names these words. */
	private static final Pattern ROBOT = Pattern.compile(
			"bot|crawl|spider|slurp|archiver|facebookexternalhit|embedly|curl|wget|python|java/|go-http-client|okhttp|"
					+ "apache-httpclient|libwww|httpie|scrapy|lighthouse|pingdom|uptime",
			Pattern.CASE_INSENSITIVE);

	/** Absent in web-slice tests, which load filters but not services: then nothing is counted. */
	private final ObjectProvider<PageViews> pageViews;

	PageViewFilter(ObjectProvider<PageViews> pageViews) {
		this.pageViews = pageViews;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, response);
		if (counts(request, response)) {
			pageViews.ifAvailable(views -> views.count(normalise(request.getRequestURI(), request.getContextPath())));
		}
	}

	static boolean counts(HttpServletRequest request, HttpServletResponse response) {
		if (!"GET".equals(request.getMethod())) {
			return false;
		}
		int status = response.getStatus();
		if (status < 200 || status >= 300) {
			return false;
		}
		String type = response.getContentType();
		if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("text/html")) {
			return false;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (EXCLUDED_PREFIXES.stream().anyMatch(path::startsWith) || FILE.matcher(path.toLowerCase(Locale.ROOT)).matches()) {
			return false;
		}
		if (isPrefetch(request.getHeader("Purpose")) || isPrefetch(request.getHeader("Sec-Purpose"))
				|| isPrefetch(request.getHeader("X-Moz")) || request.getHeader("HX-Request") != null) {
			return false;
		}
		String agent = request.getHeader("User-Agent");
		return agent != null && !agent.isBlank() && !ROBOT.matcher(agent).find();
	}

	/** The path without context, query, matrix parameters or a trailing slash; ids are kept (per-page counts). */
	static String normalise(String uri, String contextPath) {
		String path = uri.substring(contextPath.length());
		int semicolon = path.indexOf(';');
		if (semicolon >= 0) {
			path = path.substring(0, semicolon);
		}
		if (path.length() > 1 && path.endsWith("/")) {
			path = path.substring(0, path.length() - 1);
		}
		if (path.isEmpty()) {
			path = "/";
		}
		return path.length() > PageViews.MAX_PATH ? path.substring(0, PageViews.MAX_PATH) : path;
	}

	private static boolean isPrefetch(@Nullable String header) {
		return header != null && header.toLowerCase(Locale.ROOT).contains("prefetch");
	}
}
