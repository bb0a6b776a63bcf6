package jp.tomoni.newsletter;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface DigestRunRepository extends ListCrudRepository<DigestRun, Long> {

	List<DigestRun> findTop20ByMunicipalityCodeOrderByStartedAtDesc(String municipalityCode);
}
