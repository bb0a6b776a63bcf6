package jp.tomoni.accounts;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;

interface AccountRepository extends ListCrudRepository<Account, Long> {

	Optional<Account> findByMunicipalityCodeAndEmailIgnoreCase(String municipalityCode, String email);

	boolean existsByMunicipalityCodeAndEmailIgnoreCase(String municipalityCode, String email);

	Page<Account> findByMunicipalityCode(String municipalityCode, Pageable pageable);

	long countByMunicipalityCode(String municipalityCode);
}
