package jp.tomoni.talent;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface IntroductionRepository extends JpaRepository<Introduction, Long> {

	List<Introduction> findByEntryIdOrderByIntroducedOnDescIdDesc(long entryId);

	Optional<Introduction> findByIdAndMunicipalityCode(long id, String municipalityCode);
}
