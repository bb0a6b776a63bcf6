package jp.tomoni.matching;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InterestRepository extends JpaRepository<Interest, Long> {

	Optional<Interest> findByPostIdAndCounterpartTypeAndCounterpartId(long postId, CounterpartType type,
			long counterpartId);

	Optional<Interest> findByIdAndMunicipalityCode(long id, String municipalityCode);

	List<Interest> findByPostId(long postId);

	List<Interest> findByCounterpartTypeAndCounterpartIdIn(CounterpartType type, Collection<Long> ids);

	/** What coordinators follow: mutual interests and those where they were asked, not yet introduced. */
	@Query("""
			select i from Interest i where i.municipalityCode = :municipalityCode and i.introducedAt is null
			and (i.coordinatorAskedAt is not null or (i.postSideAt is not null and i.counterpartSideAt is not null))
			order by i.createdAt desc""")
	List<Interest> awaitingCoordinator(String municipalityCode);

	@Query("""
			select i from Interest i where i.municipalityCode = :municipalityCode and i.introducedAt is not null
			order by i.introducedAt desc""")
	List<Interest> introduced(String municipalityCode);

	List<Interest> findByPostSideByOrCounterpartSideBy(Long postSideBy, Long counterpartSideBy);
}
