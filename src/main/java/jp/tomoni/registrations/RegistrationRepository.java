package jp.tomoni.registrations;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RegistrationRepository extends JpaRepository<Registration, Long> {

	/** Places taken on a date: the people of its registrations with a place. */
	@Query("select coalesce(sum(r.people), 0) from Registration r where r.dateId = :dateId and r.status = jp.tomoni.registrations.RegistrationStatus.REGISTERED")
	long placesTaken(@Param("dateId") long dateId);

	/** The waiting list of a date, first in line first (ids grow in the order of the date's lock). */
	@Query("select r from Registration r where r.dateId = :dateId and r.status = jp.tomoni.registrations.RegistrationStatus.WAITING order by r.id")
	List<Registration> waitingList(@Param("dateId") long dateId);

	boolean existsByDateIdAndActiveAccountId(long dateId, long activeAccountId);

	List<Registration> findByAccountIdOrderByCreatedAtDesc(long accountId);

	List<Registration> findByAccountId(long accountId);

	List<Registration> findByEventIdOrderByDateIdAscIdAsc(long eventId);

	List<Registration> findByDateIdAndStatusInOrderByIdAsc(long dateId, Collection<RegistrationStatus> statuses);

	List<Registration> findByEventIdAndStatusInOrderByIdAsc(long eventId, Collection<RegistrationStatus> statuses);

	@Query("select r from Registration r where r.dateId in :dateIds and r.status = jp.tomoni.registrations.RegistrationStatus.REGISTERED and r.remindedAt is null order by r.id")
	List<Registration> dueForReminder(@Param("dateIds") Collection<Long> dateIds);

	/** Marks the reminder sent unless it already was: 1 when this caller may send it, 0 when another did. */
	@Modifying(flushAutomatically = true)
	@Query("update Registration r set r.remindedAt = :now where r.id = :id and r.remindedAt is null")
	int markReminded(@Param("id") long id, @Param("now") Instant now);

	/** Per date of an event: status, number of registrations and people. */
	@Query("select r.dateId, r.status, count(r), coalesce(sum(r.people), 0) from Registration r where r.eventId = :eventId and r.status <> jp.tomoni.registrations.RegistrationStatus.CANCELLED group by r.dateId, r.status")
	List<Object[]> tally(@Param("eventId") long eventId);

	/** Per date among these: the number of registrations that hold a place or wait for one. */
	@Query("select r.dateId, count(r) from Registration r where r.dateId in :dateIds and r.status in (jp.tomoni.registrations.RegistrationStatus.REGISTERED, jp.tomoni.registrations.RegistrationStatus.WAITING) group by r.dateId")
	List<Object[]> heldOn(@Param("dateIds") Collection<Long> dateIds);

	@Modifying
	@Query("delete from Registration r where r.accountId = :accountId")
	int deleteByAccount(@Param("accountId") long accountId);
}
