package jp.tomoni.registrations;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The reminder the day before each date, to everyone with a place: by default at 08:00 Japan time
 * ({@code tomoni.registrations.reminder-cron}, {@code tomoni.registrations.reminder-zone}; a cron of {@code -}
 * switches it off). Never twice per registration, see {@link EventRegistrations#sendReminders}. "Tomorrow" comes
 * from the injected clock.
 */
@Component
class RegistrationReminderJob {

	private static final Logger log = LoggerFactory.getLogger(RegistrationReminderJob.class);

	private final EventRegistrations registrations;

	private final Clock clock;

	private final ZoneId zone;

	RegistrationReminderJob(EventRegistrations registrations, Clock clock,
			@Value("${tomoni.registrations.reminder-zone:Asia/Tokyo}") ZoneId zone) {
		this.registrations = registrations;
		this.clock = clock;
		this.zone = zone;
	}

	@Scheduled(cron = "${tomoni.registrations.reminder-cron:0 0 8 * * *}",
			zone = "${tomoni.registrations.reminder-zone:Asia/Tokyo}")
	void run() {
		LocalDate tomorrow = EventRegistrations.dayAfter(clock.withZone(zone));
		int sent = registrations.sendReminders(tomorrow);
		log.info("Registration reminders for {}: {} sent", tomorrow, sent);
	}
}
