package jp.tomoni.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import jp.tomoni.municipality.Municipalities;
import jp.tomoni.municipality.MunicipalityView;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.util.ReflectionTestUtils;

class MailOutboxTests {

	private final OutboxMailRepository repository = mock(OutboxMailRepository.class);

	private final Municipalities municipalities = mock(Municipalities.class);

	private final AtomicReference<OutboxMail> saved = new AtomicReference<>();

	private final Clock clock = Clock.fixed(Instant.parse("2026-11-26T00:00:00Z"), ZoneId.of("Asia/Tokyo"));

	MailOutboxTests() {
		when(municipalities.current()).thenReturn(new MunicipalityView("141500", "相模原市", "サガミハラシ"));
		when(repository.save(any(OutboxMail.class))).thenAnswer(invocation -> {
			saved.set(invocation.getArgument(0));
			ReflectionTestUtils.setField(saved.get(), "id", 1L);
			return invocation.getArgument(0);
		});
	}

	@SuppressWarnings("unchecked")
	private MailOutbox outbox(JavaMailSender sender) {
		ObjectProvider<JavaMailSender> provider = mock(ObjectProvider.class);
		when(provider.getIfAvailable()).thenReturn(sender);
		return new MailOutbox(repository, provider, new MailProperties("no-reply@city.example.jp"), municipalities, clock);
	}

	private final MailMessage message = new MailMessage("taro@example.jp", "件名", "本文");

	@Test
	void withoutAMailServerTheMailIsOnlyKept() {
		outbox(null).send(message);
		assertThat(saved.get().toView().delivery()).isEqualTo("KEPT");
		assertThat(saved.get().toView().body()).isEqualTo("本文");
	}

	@Test
	void withAMailServerTheMailIsDeliveredAndMarkedSent() {
		JavaMailSender smtp = mock(JavaMailSender.class);
		outbox(smtp).send(message);
		ArgumentCaptor<SimpleMailMessage> sent = ArgumentCaptor.forClass(SimpleMailMessage.class);
		verify(smtp).send(sent.capture());
		assertThat(sent.getValue().getTo()).containsExactly("taro@example.jp");
		assertThat(sent.getValue().getFrom()).isEqualTo("no-reply@city.example.jp");
		assertThat(saved.get().toView().delivery()).isEqualTo("SENT");
		assertThat(saved.get().toView().sentAt()).isEqualTo(clock.instant());
	}

	@Test
	void aFailedDeliveryIsRecordedAndTheMailKept() {
		JavaMailSender smtp = mock(JavaMailSender.class);
		doThrow(new MailSendException("connection refused")).when(smtp).send(any(SimpleMailMessage.class));
		outbox(smtp).send(message);
		assertThat(saved.get().toView().delivery()).isEqualTo("FAILED");
	}
}
