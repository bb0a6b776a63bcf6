package jp.tomoni.volunteering;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ShiftRepository extends JpaRepository<Shift, Long> {

	/** {@code SELECT … FOR UPDATE}: waits until no other transaction holds the shift's row. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from Shift s where s.id = :id")
	Optional<Shift> lock(@Param("id") long id);

	List<Shift> findByOpportunityIdOrderByDateAscStartTimeAscIdAsc(long opportunityId);

	List<Shift> findByIdIn(Collection<Long> ids);

	List<Shift> findByDate(LocalDate date);
}
