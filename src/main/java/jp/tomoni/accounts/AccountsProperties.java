package jp.tomoni.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tomoni.*} settings the accounts module reads.
 *
 * @param baseUrl the public address of the site, used in links sent by mail
 * @param demoData whether demonstration accounts are created in an empty database
 * @param demoPassword the password of every demonstration account
 */
@ConfigurationProperties("tomoni")
record AccountsProperties(@DefaultValue("http://localhost:8080") String baseUrl,
		@DefaultValue("true") boolean demoData, @DefaultValue("tomoni-demo-2026") String demoPassword) {
}
