package jp.tomoni.news;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CaseStoryRepository extends JpaRepository<CaseStory, Long> {

	List<CaseStory> findByMunicipalityCodeAndAuthorAccountIdOrderByUpdatedAtDesc(String municipalityCode,
			Long authorAccountId);

	List<CaseStory> findByAuthorAccountId(Long authorAccountId);

	List<CaseStory> findByMunicipalityCodeAndStatusInOrderByUpdatedAtDesc(String municipalityCode,
			Collection<StoryStatus> statuses);

	@Query("select s from CaseStory s where s.municipalityCode = ?1 and s.status = jp.tomoni.news.StoryStatus.PUBLISHED"
			+ " and s.publishedAt >= ?2 and s.publishedAt < ?3 order by s.publishedAt")
	List<CaseStory> publishedBetween(String municipalityCode, Instant from, Instant to);

	@Query("select s from CaseStory s where s.municipalityCode = ?1 and s.status = jp.tomoni.news.StoryStatus.PUBLISHED"
			+ " and ?2 member of s.groupIds order by s.publishedAt desc, s.id desc")
	List<CaseStory> publishedNaming(String municipalityCode, Long groupId, Limit limit);

	@Query("select s from CaseStory s where s.municipalityCode = ?1 and s.status = jp.tomoni.news.StoryStatus.PUBLISHED"
			+ " order by s.publishedAt desc, s.id desc")
	List<CaseStory> latestPublished(String municipalityCode, Limit limit);

	long countByMunicipalityCode(String municipalityCode);
}
