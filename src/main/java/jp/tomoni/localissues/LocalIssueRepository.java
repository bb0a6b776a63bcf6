package jp.tomoni.localissues;

import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Issues of a municipality, filtered by status and area, newest first. */
interface LocalIssueRepository extends JpaRepository<LocalIssue, Long> {

	@Query("""
			select i from LocalIssue i
			where i.municipalityCode = :code and i.status in :statuses
			and (:area is null or i.areaCode = :area)
			order by i.updatedAt desc, i.id desc""")
	Page<LocalIssue> search(@Param("code") String code, @Param("statuses") Collection<IssueStatus> statuses,
			@Param("area") @Nullable String area, Pageable pageable);

	@Query("select i from LocalIssue i where i.municipalityCode = :code and i.posterId = :poster order by i.postedAt desc, i.id desc")
	List<LocalIssue> postedBy(@Param("code") String code, @Param("poster") long poster);

	List<LocalIssue> findByPosterId(long posterId);

	@Query("select distinct i from LocalIssue i join i.history l where l.actorId = :account")
	List<LocalIssue> actedOnBy(@Param("account") long account);

	@Query("select distinct i from LocalIssue i join i.proposals p where p.proposedBy = :account")
	List<LocalIssue> proposedBy(@Param("account") long account);

	@Query("select distinct i from LocalIssue i join i.proposals p where i.municipalityCode = :code and p.groupId in :groups order by i.id desc")
	List<LocalIssue> proposedByGroups(@Param("code") String code, @Param("groups") Collection<Long> groups);
}
