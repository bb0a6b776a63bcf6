package jp.tomoni.newsletter;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The newsletter's schedule: the weekly digest (by default Monday 07:00 in Japan, {@code tomoni.newsletter.digest-cron};
 * {@code -} switches it off) and, every hour, the deletion of subscriptions whose confirmation link expired unused
 * ({@code tomoni.newsletter.purge-cron}). Time comes from the injected clock.
 */
@Component
class NewsletterJobs {

	private static final Logger log = LoggerFactory.getLogger(NewsletterJobs.class);

	private final Newsletter newsletter;

	private final Clock clock;

	NewsletterJobs(Newsletter newsletter, Clock clock) {
		this.newsletter = newsletter;
		this.clock = clock;
	}

	@Scheduled(cron = "${tomoni.newsletter.digest-cron:0 0 7 * * MON}", zone = "Asia/Tokyo")
	void weeklyDigest() {
		newsletter.sendDigest(clock.instant(), "SCHEDULE");
	}

	@Scheduled(cron = "${tomoni.newsletter.purge-cron:0 23 * * * *}", zone = "Asia/Tokyo")
	void purgeUnconfirmed() {
		int deleted = newsletter.purgeUnconfirmed(clock.instant());
		if (deleted > 0) {
			log.info("Newsletter: {} unconfirmed subscriptions deleted after their link expired", deleted);
		}
	}

	/** Scheduling on, whichever module's job is loaded first. */
	@Configuration(proxyBeanMethods = false)
	@EnableScheduling
	static class Scheduling {
	}
}
