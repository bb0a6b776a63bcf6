package jp.tomoni.events;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface EventRepository extends ListCrudRepository<Event, Long> {

	List<Event> findByMunicipalityCodeAndStatusOrderBySubmittedAtAsc(String municipalityCode, EventStatus status);

	Optional<Event> findBySourceAndSourceKey(String source, String sourceKey);

	@Query("select e from CivicEvent e where e.municipalityCode = :code and (e.createdBy = :account "
			+ "or e.organiserGroupId in :groups) and e.status <> jp.tomoni.events.EventStatus.CANCELLED "
			+ "order by e.updatedAt desc")
	List<Event> findManagedBy(@Param("code") String code, @Param("account") long account,
			@Param("groups") Collection<Long> groups);

	long countByMunicipalityCode(String municipalityCode);

	/** Events first published in [from, to): the weekly newsletter's new events. */
	@Query("select e from CivicEvent e where e.municipalityCode = :code and e.publishedAt >= :from "
			+ "and e.publishedAt < :to and e.status = jp.tomoni.events.EventStatus.PUBLISHED")
	List<Event> findPublishedBetween(@Param("code") String code, @Param("from") java.time.Instant from,
			@Param("to") java.time.Instant to);

	@Query("select max(e.updatedAt) from CivicEvent e where e.municipalityCode = :code")
	java.time.@org.jspecify.annotations.Nullable Instant lastUpdate(@Param("code") String code);
}
