package jp.tomoni.projects;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PartyEvaluationRepository extends JpaRepository<PartyEvaluation, Long> {

	List<PartyEvaluation> findByProjectId(long projectId);

	Optional<PartyEvaluation> findByProjectIdAndPartyKey(long projectId, String partyKey);

	/** How many party evaluations rate each principle (code, count), for the master list of principles. */
	@Query("select r.principleCode, count(r) from PartyEvaluation e join e.principles r group by r.principleCode")
	List<Object[]> countByPrinciple();
}
