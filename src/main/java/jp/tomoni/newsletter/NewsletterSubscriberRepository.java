package jp.tomoni.newsletter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface NewsletterSubscriberRepository extends ListCrudRepository<NewsletterSubscriber, Long> {

	Optional<NewsletterSubscriber> findByMunicipalityCodeAndEmail(String municipalityCode, String email);

	Optional<NewsletterSubscriber> findByConfirmTokenHash(String confirmTokenHash);

	Optional<NewsletterSubscriber> findByManageToken(String manageToken);

	/** Locked for the digest, so that two runs at once (the schedule and "send now") never mail one person twice. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from NewsletterSubscriber s where s.id = ?1")
	Optional<NewsletterSubscriber> lockById(Long id);

	List<NewsletterSubscriber> findByMunicipalityCodeAndStatus(String municipalityCode, SubscriberStatus status);

	List<NewsletterSubscriber> findByEmail(String email);

	long countByMunicipalityCodeAndStatus(String municipalityCode, SubscriberStatus status);

	/** The ids of the active subscribers who have not had this week's digest yet. */
	@Query("select s.id from NewsletterSubscriber s where s.municipalityCode = ?1 and s.status = jp.tomoni.newsletter.SubscriberStatus.ACTIVE"
			+ " and (s.lastDigestWeek is null or s.lastDigestWeek < ?2) order by s.id")
	List<Long> awaitingDigest(String municipalityCode, LocalDate weekStart);

	@Modifying
	@Query("delete from NewsletterSubscriber s where s.status = jp.tomoni.newsletter.SubscriberStatus.PENDING"
			+ " and (s.confirmExpiresAt is null or s.confirmExpiresAt < ?1)")
	int deleteUnconfirmedBefore(Instant now);

	@Modifying
	@Query("delete from NewsletterSubscriber s where s.email = ?1")
	int deleteByEmail(String email);
}
