package jp.tomoni.volunteering;

import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PersonLockRepository extends JpaRepository<PersonLock, Long> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select l from PersonLock l where l.accountId = :accountId")
	Optional<PersonLock> lock(@Param("accountId") long accountId);

	@Modifying
	@Query("delete from PersonLock l where l.accountId = :accountId")
	int deleteByAccount(@Param("accountId") long accountId);
}
