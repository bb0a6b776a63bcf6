package jp.tomoni.matching;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MatchPostRepository extends JpaRepository<MatchPost, Long> {

	Optional<MatchPost> findByIdAndMunicipalityCode(long id, String municipalityCode);

	List<MatchPost> findByAccountIdOrderByCreatedAtDesc(long accountId);
}
