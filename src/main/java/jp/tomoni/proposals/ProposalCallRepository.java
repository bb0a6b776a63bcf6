package jp.tomoni.proposals;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProposalCallRepository extends JpaRepository<ProposalCall, Long> {

	@Query("select c from ProposalCall c where c.municipalityCode = ?1 and c.status = ?2 order by c.submissionDeadline desc, c.id desc")
	List<ProposalCall> withStatus(String municipalityCode, CallStatus status);

	@Query("select c from ProposalCall c where c.municipalityCode = ?1 order by c.updatedAt desc, c.id desc")
	List<ProposalCall> all(String municipalityCode);

	/** How many calls publish each criterion of the master list, as [code, count]. */
	@Query("select cr.code, count(distinct c.id) from ProposalCall c join c.criteria cr where cr.code is not null group by cr.code")
	List<Object[]> criterionUses();

	/** How many calls ask each suitability item, as [code, count]. */
	@Query("select s, count(distinct c.id) from ProposalCall c join c.suitability s group by s")
	List<Object[]> suitabilityUses();

	/** How many calls each department set, as [code, count]. */
	@Query("select c.departmentCode, count(c) from ProposalCall c where c.departmentCode is not null group by c.departmentCode")
	List<Object[]> departmentUses();
}
