package jp.tomoni.proposals;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ProposalRepository extends JpaRepository<Proposal, Long> {

	@Query("select p from Proposal p where p.callId = ?1 and p.status in ?2 order by p.submittedAt, p.id")
	List<Proposal> ofCall(long callId, Collection<ProposalStatus> statuses);

	/** The proposals of these groups, as lead or as co-proposer, latest change first. */
	@Query("select distinct p from Proposal p left join p.partners partner where p.municipalityCode = ?1 and (p.groupId in ?2 or partner.groupId in ?2) order by p.updatedAt desc")
	List<Proposal> ofGroups(String municipalityCode, Collection<Long> groupIds);

	@Query("select p from Proposal p where p.draftedBy = ?1 order by p.id")
	List<Proposal> draftedBy(long accountId);

	/** The account is deleted: the proposal stays with its group, without who drafted it. */
	@Modifying
	@Query("update Proposal p set p.draftedBy = null where p.draftedBy = ?1")
	int forgetDrafter(long accountId);
}
