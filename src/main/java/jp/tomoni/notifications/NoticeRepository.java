package jp.tomoni.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NoticeRepository extends JpaRepository<Notice, Long> {

	Page<Notice> findByAccountIdOrderByCreatedAtDescIdDesc(long accountId, Pageable page);

	List<Notice> findByAccountIdOrderByCreatedAtDescIdDesc(long accountId);

	Optional<Notice> findByIdAndAccountId(long id, long accountId);

	long countByAccountIdAndReadAtIsNull(long accountId);

	@Modifying
	@Query("update Notice n set n.readAt = :at where n.accountId = :accountId and n.readAt is null")
	int readAll(long accountId, Instant at);

	@Modifying
	@Query("delete from Notice n where n.accountId = :accountId")
	int deleteByAccount(long accountId);
}
