package jp.tomoni.proposals;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ProposalReviewRepository extends JpaRepository<ProposalReview, Long> {

	@Query("select r from ProposalReview r where r.proposalId = ?1 and r.reviewerId = ?2")
	Optional<ProposalReview> of(long proposalId, long reviewerId);

	@Query("select r from ProposalReview r where r.callId = ?1 order by r.proposalId, r.reviewerId")
	List<ProposalReview> ofCall(long callId);

	@Query("select r from ProposalReview r where r.reviewerId = ?1 order by r.id")
	List<ProposalReview> ofReviewer(long reviewerId);

	/** The reviewer deleted their account: their declarations and scores stay, no longer naming them. */
	@Modifying
	@Query("update ProposalReview r set r.reviewerId = null where r.reviewerId = ?1")
	int forgetReviewer(long reviewerId);
}
