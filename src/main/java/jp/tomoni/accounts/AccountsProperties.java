package jp.tomoni.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code tomoni.*} settings the accounts module reads.
 *
 * @param baseUrl the public address of the site, used in links sent by mail; when empty, the address the current
 *     request came to (set it in production, where a proxy may stand in front)
 * @param demoData whether demonstration accounts are created in an empty database
 * @param demoPassword the password of every demonstration account
 */
@ConfigurationProperties("tomoni")
record AccountsProperties(@DefaultValue("") String baseUrl,
		@DefaultValue("true") boolean demoData, @DefaultValue("tomoni-demo-2026") String demoPassword) {

	/** The site's address for links in mails. */
	String siteUrl() {
		if (!baseUrl.isBlank()) {
			return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		}
		return RequestContextHolder.getRequestAttributes() != null
				? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()
				: "http://localhost:8080";
	}
}
