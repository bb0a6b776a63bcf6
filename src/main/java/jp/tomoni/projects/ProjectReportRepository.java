package jp.tomoni.projects;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProjectReportRepository extends JpaRepository<ProjectReport, Long> {

	@Query("select r from ProjectReport r where r.projectId = ?1 order by r.createdAt, r.id")
	List<ProjectReport> ofProject(long projectId);

	@Query("select r from ProjectReport r where r.projectId = ?1 and r.status = jp.tomoni.projects.ReportStatus.SUBMITTED order by r.number")
	List<ProjectReport> submitted(long projectId);

	@Query("select r from ProjectReport r where r.projectId = ?1 and r.status = jp.tomoni.projects.ReportStatus.SUBMITTED and r.number = ?2")
	Optional<ProjectReport> submitted(long projectId, int number);

	@Query("select coalesce(max(r.number), 0) from ProjectReport r where r.projectId = ?1")
	int lastNumber(long projectId);

	@Query("select count(r) > 0 from ProjectReport r where r.projectId = ?1 and r.kind = jp.tomoni.projects.ReportKind.FINAL")
	boolean hasFinal(long projectId);

	@Query("select r from ProjectReport r where r.recordedBy = ?1 order by r.createdAt")
	List<ProjectReport> recordedBy(long accountId);
}
