package jp.tomoni.talent;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TalentEntryRepository extends JpaRepository<TalentEntry, Long> {

	Optional<TalentEntry> findByMunicipalityCodeAndAccountId(String municipalityCode, long accountId);

	List<TalentEntry> findByAccountId(long accountId);

	Optional<TalentEntry> findByIdAndMunicipalityCode(long id, String municipalityCode);

	@Query("select e.skillCodes from TalentEntry e where e.municipalityCode = :municipalityCode")
	List<Object> skillCodesOf(String municipalityCode);
}
