package jp.tomoni.accounts;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface AccountTokenRepository extends ListCrudRepository<AccountToken, Long> {

	Optional<AccountToken> findByTokenHash(String tokenHash);

	List<AccountToken> findByAccountIdOrderByCreatedAtAsc(Long accountId);

	@Modifying
	@Query("delete from AccountToken t where t.accountId = ?1")
	int deleteByAccountId(Long accountId);
}
