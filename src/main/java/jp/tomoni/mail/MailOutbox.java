package jp.tomoni.mail;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.tomoni.municipality.Municipalities;
import jp.tomoni.shared.PersonalDataContributor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Facade of the mail module. Every mail is written to the outbox first; when SMTP is configured
 * ({@code spring.mail.host}) it is also delivered, and the outcome is recorded on the outbox entry.
 */
@Service
public class MailOutbox implements PersonalDataContributor {

	private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

	private final OutboxMailRepository repository;

	private final ObjectProvider<JavaMailSender> sender;

	private final MailProperties properties;

	private final Municipalities municipalities;

	private final Clock clock;

	MailOutbox(OutboxMailRepository repository, ObjectProvider<JavaMailSender> sender, MailProperties properties,
			Municipalities municipalities, Clock clock) {
		this.repository = repository;
		this.sender = sender;
		this.properties = properties;
		this.municipalities = municipalities;
		this.clock = clock;
	}

	/** Keeps the mail in the outbox and delivers it when a mail server is configured. */
	@Transactional
	public void send(MailMessage message) {
		OutboxMail mail = repository.save(new OutboxMail(municipalities.current().code(), message, clock.instant()));
		JavaMailSender smtp = sender.getIfAvailable();
		if (smtp != null && !message.headers().isEmpty()) {
			deliverWithHeaders(smtp, message, mail);
		}
		else if (smtp != null) {
			SimpleMailMessage smtpMessage = new SimpleMailMessage();
			smtpMessage.setFrom(properties.from());
			smtpMessage.setTo(message.to());
			if (message.replyTo() != null) {
				smtpMessage.setReplyTo(message.replyTo());
			}
			smtpMessage.setSubject(message.subject());
			smtpMessage.setText(message.body());
			try {
				smtp.send(smtpMessage);
				mail.sent(clock.instant());
			}
			catch (MailException ex) {
				log.warn("Mail {} could not be delivered: {}", mail.id(), ex.getClass().getSimpleName());
				mail.failed(ex.getClass().getSimpleName());
			}
		}
	}

	/** Header fields need a MIME message; the plain SimpleMailMessage carries none. */
	private void deliverWithHeaders(JavaMailSender smtp, MailMessage message, OutboxMail mail) {
		try {
			smtp.send(mime -> {
				MimeMessageHelper helper = new MimeMessageHelper(mime, StandardCharsets.UTF_8.name());
				helper.setFrom(properties.from());
				helper.setTo(message.to());
				if (message.replyTo() != null) {
					helper.setReplyTo(message.replyTo());
				}
				helper.setSubject(message.subject());
				helper.setText(message.body());
				for (Map.Entry<String, String> header : message.headers().entrySet()) {
					mime.addHeader(header.getKey(), header.getValue());
				}
			});
			mail.sent(clock.instant());
		}
		catch (MailException ex) {
			log.warn("Mail {} could not be delivered: {}", mail.id(), ex.getClass().getSimpleName());
			mail.failed(ex.getClass().getSimpleName());
		}
	}

	/** The outbox, newest first, optionally filtered by part of the recipient address. */
	@Transactional(readOnly = true)
	public Page<OutboxMailView> list(String recipientFilter, int page, int size) {
		String code = municipalities.current().code();
		PageRequest pageRequest = PageRequest.of(Math.max(page, 0), size);
		Page<OutboxMail> mails = recipientFilter == null || recipientFilter.isBlank()
				? repository.findByMunicipalityCodeOrderByCreatedAtDescIdDesc(code, pageRequest)
				: repository.findByMunicipalityCodeAndRecipientContainingIgnoreCaseOrderByCreatedAtDescIdDesc(code,
						recipientFilter.strip(), pageRequest);
		return mails.map(OutboxMail::toView);
	}

	@Transactional(readOnly = true)
	public Optional<OutboxMailView> find(long id) {
		return repository.findById(id).map(OutboxMail::toView);
	}

	@Override
	public String section() {
		return "mail";
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Object> collect(PersonRef person) {
		List<Map<String, Object>> mails = repository.findByRecipientIgnoreCaseOrderByCreatedAtAsc(person.email())
			.stream()
			.map(OutboxMail::toView)
			.map(view -> {
				Map<String, Object> mail = new LinkedHashMap<>();
				mail.put("subject", view.subject());
				mail.put("createdAt", view.createdAt().toString());
				mail.put("delivery", view.delivery());
				return mail;
			})
			.toList();
		return Map.of("mailsSentToYou", mails);
	}

	@Override
	@Transactional
	public void erase(PersonRef person) {
		repository.deleteByRecipient(person.email());
	}
}
