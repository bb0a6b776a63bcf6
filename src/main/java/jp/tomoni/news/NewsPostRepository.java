package jp.tomoni.news;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NewsPostRepository extends JpaRepository<NewsPost, Long> {

	List<NewsPost> findByMunicipalityCodeOrderByUpdatedAtDesc(String municipalityCode);

	@Query("select p from NewsPost p where p.municipalityCode = ?1 and p.status = jp.tomoni.news.NewsPostStatus.PUBLISHED"
			+ " and p.publishedAt >= ?2 and p.publishedAt < ?3 order by p.publishedAt")
	List<NewsPost> publishedBetween(String municipalityCode, Instant from, Instant to);

	@Query("select p from NewsPost p where p.municipalityCode = ?1 and p.status = jp.tomoni.news.NewsPostStatus.PUBLISHED"
			+ " and ?2 member of p.groupIds order by p.publicationDate desc, p.id desc")
	List<NewsPost> publishedNaming(String municipalityCode, Long groupId, Limit limit);

	@Query("select p from NewsPost p where p.municipalityCode = ?1 and p.status = jp.tomoni.news.NewsPostStatus.PUBLISHED"
			+ " order by p.publicationDate desc, p.id desc")
	List<NewsPost> latestPublished(String municipalityCode, Limit limit);

	long countByMunicipalityCode(String municipalityCode);
}
