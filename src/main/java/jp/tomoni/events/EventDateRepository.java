package jp.tomoni.events;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface EventDateRepository extends ListCrudRepository<EventDate, Long> {

	/** The dates of public events overlapping [from, to], in order, with their events. */
	@Query("select d from CivicEventDate d join fetch d.event e where e.municipalityCode = :code "
			+ "and e.status = jp.tomoni.events.EventStatus.PUBLISHED and d.date <= :to "
			+ "and coalesce(d.endDate, d.date) >= :from order by d.date, d.startTime, e.id")
	List<EventDate> findPublished(@Param("code") String code, @Param("from") LocalDate from,
			@Param("to") LocalDate to);

	/**
	 * The same dates as {@link #findPublished}, as views read in one query: no entities, so neither their
	 * collections nor the persistence context's bookkeeping (a month holds thousands of dates with 100,000 events).
	 * Only published events: a date is cancelled when it is itself.
	 */
	@Query("select new jp.tomoni.events.EventOccurrenceView(e.id, d.id, e.name, e.nameKana, d.date, d.endDate, "
			+ "d.startTime, d.endTime, d.cancelled, e.categoryCode, e.summary, e.placeName, e.address, e.latitude, "
			+ "e.longitude) from CivicEventDate d join d.event e where e.municipalityCode = :code "
			+ "and e.status = jp.tomoni.events.EventStatus.PUBLISHED and d.date <= :to "
			+ "and coalesce(d.endDate, d.date) >= :from order by d.date, d.startTime, e.id")
	List<EventOccurrenceView> findPublishedViews(@Param("code") String code, @Param("from") LocalDate from,
			@Param("to") LocalDate to);

	@Query("select d from CivicEventDate d join fetch d.event e where e.municipalityCode = :code "
			+ "and e.status = jp.tomoni.events.EventStatus.PUBLISHED and d.date <= :to "
			+ "and coalesce(d.endDate, d.date) >= :from and e.placeId = :place order by d.date, d.startTime, e.id")
	List<EventDate> findPublishedAtPlace(@Param("code") String code, @Param("place") long place,
			@Param("from") LocalDate from, @Param("to") LocalDate to);

	@Query("select distinct d from CivicEventDate d join fetch d.event e left join e.coOrganiserGroupIds co "
			+ "where e.municipalityCode = :code and e.status = jp.tomoni.events.EventStatus.PUBLISHED "
			+ "and d.date <= :to and coalesce(d.endDate, d.date) >= :from "
			+ "and (e.organiserGroupId = :group or co = :group) order by d.date, d.startTime, e.id")
	List<EventDate> findPublishedOfGroup(@Param("code") String code, @Param("group") long group,
			@Param("from") LocalDate from, @Param("to") LocalDate to);

	@Query("select d from CivicEventDate d join fetch d.event e where e.municipalityCode = :code "
			+ "and e.status = jp.tomoni.events.EventStatus.PUBLISHED and d.date <= :to "
			+ "and coalesce(d.endDate, d.date) >= :from and e.categoryCode = :category "
			+ "order by d.date, d.startTime, e.id")
	List<EventDate> findPublishedInCategory(@Param("code") String code, @Param("category") String category,
			@Param("from") LocalDate from, @Param("to") LocalDate to);
}
