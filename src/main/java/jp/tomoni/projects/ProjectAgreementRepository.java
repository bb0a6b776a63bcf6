package jp.tomoni.projects;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ProjectAgreementRepository extends JpaRepository<ProjectAgreement, Long> {

	List<ProjectAgreement> findByProjectIdOrderByVersionNoDesc(long projectId);

	Optional<ProjectAgreement> findFirstByProjectIdOrderByVersionNoDesc(long projectId);

	Optional<ProjectAgreement> findByProjectIdAndVersionNo(long projectId, int versionNo);

	@Query("select a from ProjectAgreement a where a.generatedBy = ?1 order by a.projectId, a.versionNo")
	List<ProjectAgreement> generatedBy(long accountId);

	/** The person deleted their account: the versions stay, naming nobody. */
	@Modifying
	@Query("update ProjectAgreement a set a.generatedBy = null, a.generatedByName = ?2 where a.generatedBy = ?1")
	int forgetGenerator(long accountId, String anonymousName);
}
