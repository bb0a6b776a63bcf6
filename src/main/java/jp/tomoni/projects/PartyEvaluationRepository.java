package jp.tomoni.projects;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PartyEvaluationRepository extends JpaRepository<PartyEvaluation, Long> {

	List<PartyEvaluation> findByProjectId(long projectId);

	Optional<PartyEvaluation> findByProjectIdAndPartyKey(long projectId, String partyKey);

	/** How many party evaluations rate each principle (code, count), for the master list of principles. */
	@Query("select r.principleCode, count(r) from PartyEvaluation e join e.principles r group by r.principleCode")
	List<Object[]> countByPrinciple();

	@Query("select e from PartyEvaluation e where e.recordedBy = ?1 order by e.projectId, e.id")
	List<PartyEvaluation> recordedBy(long accountId);

	/** The person deleted their account: the evaluations stay, without who recorded them. */
	@Modifying
	@Query("update PartyEvaluation e set e.recordedBy = null where e.recordedBy = ?1")
	int forgetRecorder(long accountId);
}
