package jp.tomoni.mail;

/** A plain-text mail to one recipient, already written in the recipient's language. */
public record MailMessage(String to, String subject, String body) {
}
