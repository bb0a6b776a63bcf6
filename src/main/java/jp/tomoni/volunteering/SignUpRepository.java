package jp.tomoni.volunteering;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SignUpRepository extends JpaRepository<SignUp, Long> {

	/** Active sign-ups of a shift, counted (the shift's {@code taken} keeps the same number). */
	@Query("select count(s) from SignUp s where s.shiftId = :shiftId and s.status = jp.tomoni.volunteering.SignUp.Status.SIGNED_UP")
	long taken(@Param("shiftId") long shiftId);

	/**
	 * Cancels the sign-up unless it already is: 1 when this caller cancelled it (and gives the place back), 0 when
	 * another request did. Two cancellations at once cannot both give the place back.
	 */
	@Modifying(flushAutomatically = true)
	@Query("update SignUp s set s.status = jp.tomoni.volunteering.SignUp.Status.CANCELLED, s.activeAccountId = null, s.cancelledAt = :now where s.id = :id and s.status = jp.tomoni.volunteering.SignUp.Status.SIGNED_UP")
	int cancel(@Param("id") long id, @Param("now") Instant now);

	List<SignUp> findByAccountIdOrderByCreatedAtDesc(long accountId);

	@Query("select s from SignUp s where s.accountId = :accountId and s.status = jp.tomoni.volunteering.SignUp.Status.SIGNED_UP")
	List<SignUp> activeOf(@Param("accountId") long accountId);

	List<SignUp> findByShiftIdInOrderByIdAsc(Collection<Long> shiftIds);

	@Query("select s from SignUp s where s.shiftId in :shiftIds and s.status = jp.tomoni.volunteering.SignUp.Status.SIGNED_UP and s.remindedAt is null order by s.id")
	List<SignUp> dueForReminder(@Param("shiftIds") Collection<Long> shiftIds);

	/** Marks the reminder sent unless it already was: 1 when this caller may send it, 0 when another did. */
	@Modifying(flushAutomatically = true)
	@Query("update SignUp s set s.remindedAt = :now where s.id = :id and s.remindedAt is null")
	int markReminded(@Param("id") long id, @Param("now") Instant now);

	@Modifying
	@Query("delete from SignUp s where s.accountId = :accountId")
	int deleteByAccount(@Param("accountId") long accountId);
}
