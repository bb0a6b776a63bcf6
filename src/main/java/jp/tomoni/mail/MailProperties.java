package jp.tomoni.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code tomoni.mail.*}: the sender address of outgoing mail. */
@ConfigurationProperties("tomoni.mail")
record MailProperties(@DefaultValue("no-reply@tomoni.invalid") String from) {
}
