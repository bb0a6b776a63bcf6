package jp.tomoni.proposals;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProposalAttachmentRepository extends JpaRepository<ProposalAttachment, Long> {

	/** Without their content: a list of names and sizes. */
	@Query("select new jp.tomoni.proposals.AttachmentView(a.id, a.fileName, a.contentType, a.sizeBytes) from ProposalAttachment a where a.proposalId = ?1 order by a.id")
	List<AttachmentView> listed(long proposalId);

	@Query("select count(a) from ProposalAttachment a where a.proposalId = ?1")
	long countOf(long proposalId);
}
