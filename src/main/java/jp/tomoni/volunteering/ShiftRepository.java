package jp.tomoni.volunteering;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ShiftRepository extends JpaRepository<Shift, Long> {

	/**
	 * Takes a place unless the shift is full: 1 when taken, 0 when full. Flushes the transaction's pending writes
	 * first, so that the shift's row, locked by this statement, is held only from here to the commit. Concurrent
	 * callers wait for each other's commit and then see its count (PostgreSQL re-checks the condition on the row it
	 * waited for, H2 likewise).
	 */
	@Modifying(flushAutomatically = true)
	@Query("update Shift s set s.taken = s.taken + 1 where s.id = :id and s.taken < s.capacity")
	int take(@Param("id") long id);

	/** Gives a place back (a cancelled or erased sign-up); like {@link #take}, the last statement before commit. */
	@Modifying(flushAutomatically = true)
	@Query("update Shift s set s.taken = s.taken - 1 where s.id = :id and s.taken > 0")
	int release(@Param("id") long id);

	List<Shift> findByOpportunityIdOrderByDateAscStartTimeAscIdAsc(long opportunityId);

	List<Shift> findByIdIn(Collection<Long> ids);

	/**
	 * The shifts a person holds a place on (sign-ups not cancelled). One parameter, no list: Hibernate reuses the
	 * query's translation, which it does not for an {@code in} list (the sign-up under load, docs/performance.md).
	 */
	@Query("select sh from Shift sh where sh.id in (select s.shiftId from SignUp s where s.accountId = :accountId"
			+ " and s.status = jp.tomoni.volunteering.SignUp.Status.SIGNED_UP)")
	List<Shift> heldBy(@Param("accountId") long accountId);

	List<Shift> findByDate(LocalDate date);
}
