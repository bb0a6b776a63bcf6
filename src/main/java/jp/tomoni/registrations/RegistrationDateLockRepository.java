package jp.tomoni.registrations;

import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RegistrationDateLockRepository extends JpaRepository<RegistrationDateLock, Long> {

	/** {@code SELECT … FOR UPDATE}: waits until no other transaction holds the date's row. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select l from RegistrationDateLock l where l.dateId = :dateId")
	Optional<RegistrationDateLock> lock(@Param("dateId") long dateId);
}
