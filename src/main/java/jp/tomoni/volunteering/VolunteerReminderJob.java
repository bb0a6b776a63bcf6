package jp.tomoni.volunteering;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The reminder the day before each shift, to everyone signed up: by default at 08:00 Japan time
 * ({@code tomoni.volunteering.reminder-cron}, {@code tomoni.volunteering.reminder-zone}; a cron of {@code -} switches
 * it off). Never twice per sign-up, see {@link Volunteering#sendReminders}. "Tomorrow" comes from the injected clock.
 */
@Component
class VolunteerReminderJob {

	private static final Logger log = LoggerFactory.getLogger(VolunteerReminderJob.class);

	private final Volunteering volunteering;

	private final Clock clock;

	private final ZoneId zone;

	VolunteerReminderJob(Volunteering volunteering, Clock clock,
			@Value("${tomoni.volunteering.reminder-zone:Asia/Tokyo}") ZoneId zone) {
		this.volunteering = volunteering;
		this.clock = clock;
		this.zone = zone;
	}

	@Scheduled(cron = "${tomoni.volunteering.reminder-cron:0 0 8 * * *}",
			zone = "${tomoni.volunteering.reminder-zone:Asia/Tokyo}")
	void run() {
		LocalDate tomorrow = LocalDate.now(clock.withZone(zone)).plusDays(1);
		int sent = volunteering.sendReminders(tomorrow);
		log.info("Volunteer shift reminders for {}: {} sent", tomorrow, sent);
	}
}
