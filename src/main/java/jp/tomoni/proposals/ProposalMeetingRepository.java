package jp.tomoni.proposals;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ProposalMeetingRepository extends JpaRepository<ProposalMeeting, Long> {

	@Query("select m from ProposalMeeting m where m.proposalId = ?1 order by m.heldOn, m.id")
	List<ProposalMeeting> ofProposal(long proposalId);

	@Query("select m from ProposalMeeting m where m.recordedBy = ?1 order by m.id")
	List<ProposalMeeting> recordedBy(long accountId);

	/** The account is deleted: the record stays with the proposal, without who typed it. */
	@Modifying
	@Query("update ProposalMeeting m set m.recordedBy = null where m.recordedBy = ?1")
	int forgetRecorder(long accountId);
}
