package jp.tomoni.groups;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the 情報更新確認 reminders on a schedule: by default at 09:00 (Japan) on 1 May and 1 September
 * ({@code tomoni.groups.reminders.cron}; {@code -} switches it off). Safe to run on several instances and more than
 * once a round, see {@link GroupConfirmations#sendReminders}. Time comes from the injected clock.
 */
@Component
class GroupReminderJob {

	private static final Logger log = LoggerFactory.getLogger(GroupReminderJob.class);

	private final GroupConfirmations confirmations;

	private final Clock clock;

	GroupReminderJob(GroupConfirmations confirmations, Clock clock) {
		this.confirmations = confirmations;
		this.clock = clock;
	}

	@Scheduled(cron = "${tomoni.groups.reminders.cron:0 0 9 1 5,9 *}", zone = "Asia/Tokyo")
	void run() {
		GroupConfirmations.ReminderRun run = confirmations.sendReminders(clock.instant());
		log.info("情報更新確認 reminders for {} round {}: {} sent", run.year(), run.round(), run.sent());
	}

	/** Scheduling is off unless some configuration switches it on; this job is the first to need it. */
	@Configuration(proxyBeanMethods = false)
	@EnableScheduling
	static class Scheduling {
	}
}
