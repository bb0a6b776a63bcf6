package jp.tomoni.projects;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ProjectEvaluationRepository extends JpaRepository<ProjectEvaluation, Long> {

	@Query("select e from ProjectEvaluation e where e.committeeRecordedBy = ?1 or e.publishedBy = ?1 order by e.projectId")
	List<ProjectEvaluation> recordedOrPublishedBy(long accountId);

	/** The person deleted their account: the committee's evaluation stays, without who recorded it. */
	@Modifying
	@Query("update ProjectEvaluation e set e.committeeRecordedBy = null where e.committeeRecordedBy = ?1")
	int forgetCommitteeRecorder(long accountId);

	/** The person deleted their account: the evaluation stays published, without who published it. */
	@Modifying
	@Query("update ProjectEvaluation e set e.publishedBy = null where e.publishedBy = ?1")
	int forgetPublisher(long accountId);
}
