package jp.tomoni.news;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Absolute addresses for mails, feeds and JSON-LD: {@code tomoni.base-url}, or the address of the request. */
@Component
class SiteUrl {

	private final String baseUrl;

	SiteUrl(@Value("${tomoni.base-url:}") String baseUrl) {
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	String of(String path) {
		return root() + path;
	}

	private String root() {
		if (!baseUrl.isBlank()) {
			return baseUrl;
		}
		return RequestContextHolder.getRequestAttributes() != null
				? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString() : "http://localhost:8080";
	}
}
