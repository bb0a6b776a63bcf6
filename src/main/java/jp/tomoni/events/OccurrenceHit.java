package jp.tomoni.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FieldProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IdProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ProjectionConstructor;

/** A search hit read from the index's stored fields, so that a result page needs no database query. */
@ProjectionConstructor
record OccurrenceHit(@IdProjection Long dateId, @FieldProjection(path = "event.id") Long eventId,
		@FieldProjection(path = "event.name") String name, @FieldProjection(path = "event.nameKana") String nameKana,
		@FieldProjection LocalDate date, @FieldProjection LocalDate endDate, @FieldProjection LocalTime startTime,
		@FieldProjection LocalTime endTime, @FieldProjection Boolean cancelled,
		@FieldProjection(path = "event.categoryCode") String categoryCode,
		@FieldProjection(path = "event.summary") String summary,
		@FieldProjection(path = "event.placeName") String placeName,
		@FieldProjection(path = "event.address") String address,
		@FieldProjection(path = "event.latitude") BigDecimal latitude,
		@FieldProjection(path = "event.longitude") BigDecimal longitude) {

	EventOccurrenceView toView() {
		return new EventOccurrenceView(eventId, dateId, name, nameKana, date, endDate, startTime, endTime,
				Boolean.TRUE.equals(cancelled), categoryCode, summary, placeName, address, latitude, longitude);
	}
}
