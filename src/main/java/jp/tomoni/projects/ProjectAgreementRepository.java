package jp.tomoni.projects;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectAgreementRepository extends JpaRepository<ProjectAgreement, Long> {

	List<ProjectAgreement> findByProjectIdOrderByVersionNoDesc(long projectId);

	Optional<ProjectAgreement> findFirstByProjectIdOrderByVersionNoDesc(long projectId);

	Optional<ProjectAgreement> findByProjectIdAndVersionNo(long projectId, int versionNo);
}
