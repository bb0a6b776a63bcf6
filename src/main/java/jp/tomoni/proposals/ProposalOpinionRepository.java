package jp.tomoni.proposals;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ProposalOpinionRepository extends JpaRepository<ProposalOpinion, Long> {

	@Query("select o from ProposalOpinion o where o.proposalId = ?1 order by o.createdAt, o.id")
	List<ProposalOpinion> ofProposal(long proposalId);

	@Query("select count(o) from ProposalOpinion o where o.proposalId = ?1 and o.hiddenAt is null")
	long countShown(long proposalId);

	@Query("select o from ProposalOpinion o where o.proposalId = ?1 and o.accountId = ?2")
	Optional<ProposalOpinion> of(long proposalId, long accountId);

	@Query("select o from ProposalOpinion o where o.accountId = ?1 order by o.createdAt, o.id")
	List<ProposalOpinion> byAuthor(long accountId);

	/** The account is deleted: its opinions go with it (the text may say who wrote it). */
	@Modifying
	@Query("delete from ProposalOpinion o where o.accountId = ?1")
	int deleteByAuthor(long accountId);
}
